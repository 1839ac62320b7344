#!/usr/bin/env bash
# Runs the published app (Production settings) on a seeded unit for a load run, on 127.0.0.1 only:
#   tests/CaseManagement.Benchmarks/Load/serve.sh artifacts/bench/unit-100000-250000-1000000.db [PORT] [extra app settings…]
# It publishes a Release build into artifacts/publish, makes a throwaway key certificate for this machine under
# artifacts/bench (never for a real server: deploy/README.md), lets supervisors sign in without a second factor (the
# load tool signs in by password, and often: a higher sign-in limit per address) and turns on the Server-Timing header the load tool reads. Ctrl+C stops it.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 FILE.db [PORT] [--Setting=value …]" >&2; exit 2; }
cd "$(dirname "$0")/../../.."
db="$(realpath "$1")"; port="${2:-5080}"; shift $(( $# >= 2 ? 2 : 1 ))
out=artifacts/publish
if [ ! -f "$out/CaseManagement.Web.dll" ] || [ -n "$(find src migrations -newer "$out/CaseManagement.Web.dll" -name '*.cs' -o -newer "$out/CaseManagement.Web.dll" -name '*.cshtml' | head -1)" ]; then
  dotnet publish src/CaseManagement.Web -c Release -r linux-x64 --self-contained false -o "$out" -v q -nologo >/dev/null
fi
keys=artifacts/bench/load-keys.pfx
if [ ! -f "$keys" ]; then
  tmp=$(mktemp -d)
  openssl req -x509 -newkey rsa:2048 -sha256 -days 365 -nodes -subj "/CN=CaseManagement load run" -keyout "$tmp/k.key" -out "$tmp/k.crt" 2>/dev/null
  openssl pkcs12 -export -inkey "$tmp/k.key" -in "$tmp/k.crt" -out "$keys" -passout pass:load-run
  rm -rf "$tmp"
fi
cd "$out"
exec env ASPNETCORE_ENVIRONMENT=Production dotnet CaseManagement.Web.dll --urls "http://127.0.0.1:$port" \
  "--ConnectionStrings:CaseManagement=Data Source=$db" \
  "--DataProtection:Certificate=$(realpath ../bench/load-keys.pfx)" --DataProtection:CertificatePassword=load-run \
  --TwoFactor:RequiredRoles= --SignIn:PerAddressPerMinute=1000 --Diagnostics:ServerTiming=true --Logging:LogLevel:Default=Warning "$@"
