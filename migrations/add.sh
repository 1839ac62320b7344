#!/usr/bin/env bash
# Adds a migration with the same name to both providers: migrations/add.sh AddCases
# No database is contacted; the SQL Server connection string is only there to select the provider.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: migrations/add.sh <MigrationName>" >&2; exit 2; }
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/CaseManagement.Web -v q -nologo
dotnet ef migrations add "$1" --no-build -p migrations/CaseManagement.Migrations.Sqlite -s src/CaseManagement.Web \
  -- --Database:Provider=Sqlite
dotnet ef migrations add "$1" --no-build -p migrations/CaseManagement.Migrations.SqlServer -s src/CaseManagement.Web \
  -- --Database:Provider=SqlServer "--ConnectionStrings:CaseManagement=Server=design-time;Database=CaseManagement"
