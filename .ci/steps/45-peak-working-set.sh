#!/usr/bin/env bash
# Peak working set of the sample validator on generated files, with its default threads (one per processor):
#   1,000 and 20,000 generated students (2 % with policy violations) -> exit 1 and a peak resident set under 120 MB.
# The bulk path streams, so the peak must not grow with the file: the 20,000-student file (about 360 MB) may not
# peak more than 40 MB above the 1,000-student one. The peak is the process's own (ru_maxrss of the validator, run
# directly rather than through `dotnet run`, whose host would be measured instead).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
limit_mb=120
dotnet build samples/StudentPortfolio.Samples.Validator -c Release -nologo -v q
dotnet build benchmarks/StudentPortfolio.Benchmarks -c Release -nologo -v q
validator=samples/StudentPortfolio.Samples.Validator/bin/Release/net10.0/sp-validate
[ -x "$validator" ] || { echo "peak working set: $validator was not built" >&2; exit 1; }

peaks=()
for students in 1000 20000; do
  dotnet run -c Release --no-build --project benchmarks/StudentPortfolio.Benchmarks -- \
    generate --students "$students" --seed 20240501 --violations 0.02 --out "$work/students.json" >/dev/null
  peak=$(python3 - "$validator" "$work/students.json" "$limit_mb" <<'PY'
import resource, subprocess, sys, time
validator, path, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
started = time.monotonic()
run = subprocess.run([validator, "validate", path, "--format", "json"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
wall = time.monotonic() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
peak = usage.ru_maxrss // 1024
if run.returncode != 1:
    sys.exit(f"peak working set: {path}: expected exit 1 (policy violations), got {run.returncode}\n{run.stderr.decode()}")
print(f"{peak}", end="")
print(f"peak working set: {path}: {peak} MB (limit {limit} MB), {wall:.1f} s wall, "
      f"{usage.ru_utime + usage.ru_stime:.1f} s CPU", file=sys.stderr)
if peak >= limit:
    sys.exit(f"peak working set: {peak} MB is not under {limit} MB")
PY
  )
  echo "peak working set: $students students -> $peak MB"
  peaks+=("$peak")
done
if [ $((peaks[1] - peaks[0])) -gt 40 ]; then
  echo "peak working set grows with the file: ${peaks[0]} MB for 1,000 students, ${peaks[1]} MB for 20,000" >&2
  exit 1
fi
