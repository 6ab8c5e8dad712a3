#!/usr/bin/env bash
# The five vendor flows (samples/StudentPortfolio.VendorFlows: portfolio on save, certification, export + bulk + receipt,
# transfer with an exchange package, DI with a fake clock, a school's own rule in both paths) as a test project against the packed package from a local feed.
set -euo pipefail
cd "$(dirname "$0")/../.."
version="0.1.0-flows.$(date +%s)"
rm -rf artifacts/flows-feed artifacts/flows-packages
dotnet pack src/StudentPortfolio.Domain -c Release -o artifacts/flows-feed -p:Version="$version" -nologo -v q
proj=samples/StudentPortfolio.VendorFlows/StudentPortfolio.VendorFlows.csproj
dotnet build "$proj" -c Release -p:StudentPortfolioVersion="$version" -p:RestorePackagesPath="$PWD/artifacts/flows-packages" \
  -p:RestoreAdditionalProjectSources="$PWD/artifacts/flows-feed" -nologo -v q
dotnet test --project "$proj" -c Release --no-build
echo "vendor flows: passed"
