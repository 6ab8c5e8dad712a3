#!/usr/bin/env bash
# Adds every new public member of the library to PublicAPI.Unshipped.txt (the RS0016 messages carry the exact
# lines), then rebuilds. Removed members (RS0017) must be deleted from the file by hand.
set -uo pipefail
cd "$(dirname "$0")/.."
proj=src/StudentPortfolio.Domain/StudentPortfolio.Domain.csproj
api=src/StudentPortfolio.Domain/PublicAPI.Unshipped.txt
for _ in 1 2 3; do
  out=$(dotnet build "$proj" -nologo -v q -p:TreatWarningsAsErrors=false 2>&1)
  new=$(printf '%s\n' "$out" | grep -o "RS0016: Symbol '.*' is not part of the declared public API" \
        | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" | sort -u)
  [ -z "$new" ] && break
  { tail -n +2 "$api"; printf '%s\n' "$new"; } | sort -u > "$api.tmp"
  { echo '#nullable enable'; cat "$api.tmp"; } > "$api"; rm -f "$api.tmp"
done
dotnet build "$proj" -nologo -v q 2>&1 | grep -E 'error|warn' | sort -u | head -30
echo "public API lines: $(($(wc -l < "$api") - 1))"
