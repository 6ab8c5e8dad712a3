#!/usr/bin/env bash
# Runs the unit and property tests against the library's net8.0 asset on the .NET 8 runtime. Only the .NET 10 runtime is
# installed, so the tests are built self-contained for linux-x64 with the .NET 8 runtime pack from the package feed
# (tests/Directory.Build.props, StudentPortfolioTestFramework=net8.0; output under artifacts/net8) and run directly.
set -euo pipefail
cd "$(dirname "$0")/../.."
for project in Unit Property; do
  dotnet build "tests/$project" -p:StudentPortfolioTestFramework=net8.0 -nologo -v q
done
run() { # run ASSEMBLY-NAME
  local exe="artifacts/net8/$1/bin/Debug/net8.0/linux-x64/$1" log
  log=$(mktemp)
  set +e; "$exe" >"$log" 2>&1; local rc=$?; set -e
  tail -n 3 "$log"
  grep -q '64-bit .NET 8\.0\.' "$log" || { echo "$1 did not run on .NET 8" >&2; rm -f "$log"; exit 1; }
  grep -Eq 'Total: [1-9][0-9]*, Errors: 0, Failed: 0' "$log" || { echo "$1: no tests ran, or some failed" >&2; cat "$log" >&2; rm -f "$log"; exit 1; }
  rm -f "$log"
  [ "$rc" -eq 0 ] || { echo "$1 exited with $rc on .NET 8" >&2; exit 1; }
}
run StudentPortfolio.Domain.UnitTests
run StudentPortfolio.Domain.PropertyTests
echo "net8.0 tests: passed"
