#!/usr/bin/env bash
# Smoke run of the benchmarks so they never rot: the generator on a small file, then every benchmark once in
# BenchmarkDotNet's dry job on the 1k-student file only (SP_BENCH_STUDENTS). Timings are not checked here.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SP_BENCH_STUDENTS=1000
export SP_BENCH_DATA="$work/data"
project=benchmarks/StudentPortfolio.Benchmarks
dotnet build "$project" -c Release -nologo -v q
dotnet run -c Release --no-build --project "$project" -- generate --students 200 --seed 7 --violations 0.05 --out "$work/generated.json"
dotnet run -c Release --no-build --project "$project" -- --filter '*' --job dry --artifacts "$work/artifacts"
echo "benchmarks: dry run passed"
