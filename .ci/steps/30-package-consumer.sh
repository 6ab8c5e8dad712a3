#!/usr/bin/env bash
# Packs the library into a local feed and runs a sample that consumes it only as a NuGet package,
# published trimmed with warnings as errors (so trimming/AOT warnings in the package fail CI).
set -euo pipefail
cd "$(dirname "$0")/../.."
version="0.1.0-ci.$(date +%s)"
rm -rf artifacts/feed artifacts/consumer artifacts/packages
dotnet pack src/StudentPortfolio.Domain -c Release -o artifacts/feed -p:Version="$version" -nologo -v q
proj=samples/StudentPortfolio.Samples.PackageConsumer/StudentPortfolio.Samples.PackageConsumer.csproj
# A private packages folder so a re-packed version never comes from a stale cache.
dotnet publish "$proj" -c Release -r linux-x64 --self-contained -p:PublishTrimmed=true \
  -p:TreatWarningsAsErrors=true -p:StudentPortfolioVersion="$version" \
  -p:RestorePackagesPath="$PWD/artifacts/packages" -o artifacts/consumer -nologo -v q
(cd samples && ../artifacts/consumer/StudentPortfolio.Samples.PackageConsumer)

# A .NET 8 application pinning Microsoft.Extensions.DependencyInjection(.Abstractions) 8.0.0: restore must not fail with
# NU1605 (the package's net8.0 dependency is the 8.0 line), and it runs self-contained on the .NET 8 runtime pack.
net8=samples/StudentPortfolio.Samples.Net8Consumer/StudentPortfolio.Samples.Net8Consumer.csproj
dotnet publish "$net8" -c Release -r linux-x64 --self-contained -p:StudentPortfolioVersion="$version" \
  -p:RestorePackagesPath="$PWD/artifacts/packages" -o artifacts/net8-consumer -nologo -v q
artifacts/net8-consumer/StudentPortfolio.Samples.Net8Consumer
