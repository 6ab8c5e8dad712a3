#!/usr/bin/env bash
# Keeps src/StudentPortfolio.Domain/PublicAPI.Unshipped.txt in step with the code: adds every new public member
# (the RS0016 messages carry the exact lines), drops members that no longer exist (RS0017) and duplicates (RS0025),
# then rebuilds and prints any remaining error.
set -uo pipefail
cd "$(dirname "$0")/.."
proj=src/StudentPortfolio.Domain/StudentPortfolio.Domain.csproj
api=src/StudentPortfolio.Domain/PublicAPI.Unshipped.txt
for _ in 1 2 3; do
  out=$(dotnet build "$proj" -nologo --no-incremental -p:TreatWarningsAsErrors=false 2>&1)
  new=$(printf '%s\n' "$out" | grep -o "RS0016: Symbol '.*' is not part of the declared public API" \
        | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" | sort -u)
  gone=$(printf '%s\n' "$out" | grep -o "RS0017: Symbol '.*' is part of the declared API" \
        | sed -E "s/^RS0017: Symbol '(.*)' is part of the declared API$/\1/" | sort -u)
  [ -z "$new" ] && [ -z "$gone" ] && ! printf '%s\n' "$out" | grep -q RS0025 && break
  { tail -n +2 "$api"; printf '%s\n' "$new"; } | grep -v '^$' | sort -u \
    | grep -vxF -f <(printf '%s\n' "$gone" | grep -v '^$'; echo '#nullable enable') > "$api.tmp" || true
  { echo '#nullable enable'; cat "$api.tmp"; } > "$api"; rm -f "$api.tmp"
done
dotnet build "$proj" -nologo -v q 2>&1 | grep -E 'error|warn' | sort -u | head -30
echo "public API lines: $(($(wc -l < "$api") - 1))"
