#!/usr/bin/env bash
# Fails when either provider's migrations lag behind the model, and writes the idempotent SQL Server script
# (artifacts/casemanagement-sqlserver.sql) to prove it generates. Needs no database server.
# Usage: migrations/check.sh [Debug|Release]   (builds the web project in that configuration first)
set -euo pipefail
cd "$(dirname "$0")/.."
configuration="${1:-Debug}"
sqlserver="--ConnectionStrings:CaseManagement=Server=design-time;Database=CaseManagement"
dotnet tool restore >/dev/null
dotnet build src/CaseManagement.Web -c "$configuration" -v q -nologo
for provider in Sqlite SqlServer; do
  extra=(); [ "$provider" = SqlServer ] && extra=("$sqlserver")
  dotnet ef migrations has-pending-model-changes --no-build --configuration "$configuration" \
    -p "migrations/CaseManagement.Migrations.$provider" -s src/CaseManagement.Web -- --Database:Provider=$provider "${extra[@]}"
done
mkdir -p artifacts
dotnet ef migrations script --idempotent --no-build --configuration "$configuration" -o artifacts/casemanagement-sqlserver.sql \
  -p migrations/CaseManagement.Migrations.SqlServer -s src/CaseManagement.Web -- --Database:Provider=SqlServer "$sqlserver"
echo "SQL Server script: artifacts/casemanagement-sqlserver.sql ($(wc -l < artifacts/casemanagement-sqlserver.sql) lines)"
