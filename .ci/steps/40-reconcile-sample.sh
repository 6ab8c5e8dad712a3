#!/usr/bin/env bash
# Runs the reconciliation sample on the shipped synthetic batch and receipt (issue 4 acceptance) and checks its exit
# codes: 0 when the report is printed, 1 with --strict because the sample receipt has findings, 2 for bad input.
set -uo pipefail
cd "$(dirname "$0")/../.."
proj=samples/StudentPortfolio.Samples.Reconcile
batch=samples/data/batch-114-1.json
receipt=samples/data/receipt-114-1.json
dotnet build "$proj" -nologo -v q || exit 1

out=$(dotnet run --no-build --project "$proj" -- "$batch" "$receipt"); rc=$?
printf '%s\n' "$out"
[ "$rc" -eq 0 ] || { echo "reconcile sample exited with $rc, expected 0" >&2; exit 1; }
printf '%s\n' "$out" | grep -q '^Summary: 3 received, 1 missing, 1 unexpected, 1 changed$' \
  || { echo "reconcile sample printed an unexpected summary" >&2; exit 1; }
if printf '%s\n' "$out" | grep -Eq '[A-Z][0-9]{9}'; then echo "reconcile sample printed an unmasked national ID" >&2; exit 1; fi

dotnet run --no-build --project "$proj" -- "$batch" "$receipt" --strict > /dev/null; rc=$?
[ "$rc" -eq 1 ] || { echo "--strict exited with $rc, expected 1" >&2; exit 1; }

dotnet run --no-build --project "$proj" -- "$batch" "$batch" > /dev/null 2>&1; rc=$?
[ "$rc" -eq 2 ] || { echo "a batch given as receipt exited with $rc, expected 2" >&2; exit 1; }
echo "reconcile sample OK"
