#!/usr/bin/env bash
# Runs the sample validator (samples/StudentPortfolio.Samples.Validator) and checks its exit codes and JSON output:
#   golden export (samples/data/submission-114-1.json)          -> 1, exactly its two deliberate SP-C006 errors
#   generated clean file (generate --violations 0)              -> 0
#   samples/data/submission-with-violations.json                -> 1 (and 0 errors would be a failure)
#   samples/data/bad/truncated.json                             -> 2 (bad input)
#   warnings only (a stricter policy file)                      -> 0, and 1 with --fail-on warning
#   usage errors (unknown --format value, missing file, --threads abc/1.5/2147483648, --policy "")  -> 2
#   --policy /dev/zero                                           -> 2 at once, naming PortfolioPolicy.MaxBytes
#   closed stdout -> 3 (the report, not the input file, is blamed); closed stderr -> the run's own exit code
#   SIGINT / SIGTERM during a run -> 130 / 143; with --format json stdout is still one complete JSON document
#   a file name and header values with ESC, BEL, OSC, RTL override and a national ID -> escaped, masked, shortened
#   --format html on the violations sample and the golden export -> one self-contained, well-formed page with the
#     summary, the two inline-SVG charts and the students' issues; no script, no external URL, no unmasked ID
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
project=samples/StudentPortfolio.Samples.Validator
dotnet build "$project" -c Release -nologo -v q
app() { dotnet run -c Release --no-build --project "$project" -- "$@"; }

expect() { # expect CODE DESCRIPTION -- ARGS...
  local want=$1 what=$2; shift 3
  set +e; app "$@" >"$work/out" 2>"$work/err"; local got=$?; set -e
  if [ "$got" -ne "$want" ]; then
    echo "validator sample: $what: expected exit $want, got $got" >&2; cat "$work/out" "$work/err" >&2; exit 1
  fi
  echo "validator sample: $what -> exit $got"
}

expect 1 "golden export (deliberate SP-C006)" -- validate samples/data/submission-114-1.json --format json
python3 - "$work/out" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
counts = {c["code"]: c["count"] for c in doc["summary"]["countsByCode"]}
assert counts == {"SP-C006": 2}, counts
assert doc["summary"]["studentsRead"] == 3 and doc["summary"]["fatal"] is None, doc["summary"]
assert "A123456789" not in open(sys.argv[1], encoding="utf-8").read(), "unmasked national ID in the output"
PY
expect 1 "golden export, text" -- validate samples/data/submission-114-1.json
grep -q "SP-C006" "$work/out"

dotnet build benchmarks/StudentPortfolio.Benchmarks -c Release -nologo -v q
dotnet run -c Release --no-build --project benchmarks/StudentPortfolio.Benchmarks -- generate --students 300 --seed 11 --violations 0 --out "$work/clean.json" >/dev/null
expect 0 "generated clean file" -- validate "$work/clean.json" --threads 2
expect 0 "generated clean file, fail on warning" -- validate "$work/clean.json" --fail-on warning --threads 1

# A policy file whose outcome upload minimum (severity warning) no generated student reaches: warnings only.
sed '0,/"uploads": { "min": null/s//"uploads": { "min": 50/' src/StudentPortfolio.Domain/Policies/Presets/national.json >"$work/strict.json"
grep -q '"min": 50' "$work/strict.json"
expect 0 "warnings only" -- validate "$work/clean.json" --policy "$work/strict.json" --format json
python3 -c "import json,sys; s=json.load(open(sys.argv[1],encoding='utf-8'))['summary']; assert s['errors']==0 and s['warnings']>0, s" "$work/out"
expect 1 "warnings only, --fail-on warning" -- validate "$work/clean.json" --policy "$work/strict.json" --fail-on warning

expect 1 "violations sample" -- validate samples/data/submission-with-violations.json --format json
python3 - "$work/out" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
assert doc["summary"]["errors"] > 0 and doc["students"], doc["summary"]
PY

check_html() { # check_html FILE MIN-STUDENTS
python3 - "$1" "$2" <<'PY'
import re, sys, xml.etree.ElementTree as ET
path, min_students = sys.argv[1], int(sys.argv[2])
text = open(path, encoding="utf-8").read()
root = ET.fromstring(text[text.index("<html"):])  # well-formed (the page is also XML)
tags = {e.tag for e in root.iter()}
allowed = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "section", "table", "tr", "th", "td", "p", "br",
           "svg", "g", "rect", "text", "details", "summary"}
assert tags <= allowed, f"unexpected elements (unescaped text?): {tags - allowed}"
ids = [s.get("id") for s in root.iter("section")]
assert ids == ["summary", "by-rule", "by-class", "students"], ids
svgs = list(root.iter("svg"))
assert len(svgs) == 2 and all(list(s.iter("rect")) for s in svgs), "two inline SVG bar charts with bars"
for e in root.iter():
    for name, value in e.attrib.items():
        assert not re.search(r"(https?:)?//", value), f"external reference in {e.tag}@{name}: {value}"
        assert not name.startswith("on"), f"event handler {e.tag}@{name}"
style = "".join(s.text or "" for s in root.iter("style"))
assert "url(" not in style and "@import" not in style, "external style resource"
assert not re.search(r"[A-Za-z][12890A-Da-d][0-9]{8}", text), "unmasked national ID in the page"
students = list(root.iter("details"))
assert len(students) >= min_students, f"{len(students)} students listed, expected at least {min_students}"
print(f"html report: {len(students)} students, {sum(1 for _ in svgs[0].iter('rect'))} rules charted, well-formed and self-contained")
PY
}
expect 1 "violations sample, html" -- validate samples/data/submission-with-violations.json --format html
check_html "$work/out" 1
expect 1 "golden export, html" -- validate samples/data/submission-114-1.json --format html --policy songshan
check_html "$work/out" 1
grep -q "SP-C006" "$work/out"

expect 2 "truncated file" -- validate samples/data/bad/truncated.json
expect 2 "truncated file, json" -- validate samples/data/bad/truncated.json --format json
python3 -c "import json,sys; d=json.load(open(sys.argv[1],encoding='utf-8')); assert d['summary']['fatal']['code']=='SP-B002', d['summary']['fatal']" "$work/out"
expect 2 "unknown format" -- validate samples/data/submission-114-1.json --format xml
expect 2 "missing file" -- validate "$work/no-such-file.json"
expect 2 "bad policy file" -- validate samples/data/submission-114-1.json --policy "$work/no-such-policy.json"
expect 2 "no command" --
for t in abc 1.5 2147483648 0; do expect 2 "--threads $t" -- validate samples/data/submission-114-1.json --threads "$t"; grep -q "whole number from 1 to 256" "$work/err"; done
expect 2 "empty --policy" -- validate samples/data/submission-114-1.json --policy ""
expect 2 "--policy /dev/zero" -- validate samples/data/submission-114-1.json --policy /dev/zero
grep -q "PortfolioPolicy.MaxBytes" "$work/err"

set +e
app validate samples/data/submission-114-1.json --format json >&- 2>"$work/err"; got=$?
set -e
[ "$got" -eq 3 ] && grep -q "standard output" "$work/err" && ! grep -q "cannot read" "$work/err" || { echo "closed stdout: exit $got" >&2; cat "$work/err" >&2; exit 1; }
echo "validator sample: closed stdout -> exit 3"
set +e
app validate samples/data/submission-114-1.json 2>&- >"$work/out"; got=$?
set -e
[ "$got" -eq 1 ] && grep -q "SP-C006" "$work/out" || { echo "closed stderr: exit $got" >&2; exit 1; }
echo "validator sample: closed stderr -> exit 1 with the report"

# Escapes and masking: ESC, BEL, an OSC title sequence and RTL override in the file name and header values.
name=$(printf 'a\033]0;owned\007b\033[31mF131104093\342\200\256evil.json')
python3 - "$work/$name" <<'PY'
import json, sys
d = json.load(open("samples/data/submission-114-1.json", encoding="utf-8"))
# A long value, under the 64 KiB a header member may take (a larger one is SP-X012 and exit 2 whatever the buffer).
d["school"] = "\u001b[2J041305\u202eA123456789" + "x" * 60000
d["generatedAt"] = "2026\u0007F131104093"
open(sys.argv[1], "w", encoding="utf-8").write(json.dumps(d))
PY
for format in text json html; do
  expect 1 "hostile file name and header, $format" -- validate "$work/$name" --format "$format"
  python3 - "$work/out" "$work/err" "$format" <<'PY'
import sys
for path in sys.argv[1:3]:
    raw = open(path, "rb").read()
    text = raw.decode("utf-8")
    assert b"\x1b" not in raw and b"\x07" not in raw, f"{path}: a terminal control character reached the output"
    # JSON carries the value faithfully (its consumer is a program); text, HTML and stderr escape bidi controls.
    assert "\u202e" not in text or (sys.argv[3] == "json" and path == sys.argv[1]), f"{path}: RTL override reached the output"
    assert "F131104093" not in text and "A123456789" not in text, f"{path}: unmasked national ID"
    if sys.argv[3] == "text" and path == sys.argv[1]:
        assert "F13****093" in text and "60,021 characters" in text, text[:400]
PY
done

# Signals: a file large enough to still be running after a second.
python3 - "$work/big.json" <<'PY'
import json, sys
d = json.load(open("samples/data/submission-114-1.json", encoding="utf-8"))
d["students"] = d["students"] * 8000
open(sys.argv[1], "w", encoding="utf-8").write(json.dumps(d, ensure_ascii=False))
PY
exe=samples/StudentPortfolio.Samples.Validator/bin/Release/net10.0/sp-validate
python3 - "$exe" "$work/big.json" <<'PY'
import json, signal, subprocess, sys, time
for sig, code in ((signal.SIGINT, 130), (signal.SIGTERM, 143)):
    for fmt in ("json", "text"):
        p = subprocess.Popen([sys.argv[1], "validate", sys.argv[2], "--format", fmt, "--threads", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        time.sleep(1.0)
        p.send_signal(sig)
        out, err = p.communicate(timeout=60)
        if p.returncode != code and b"validated" in err:
            print(f"validator sample: {sig.name} {fmt}: the run finished before the signal; not checked")
            continue
        assert p.returncode == code, (sig.name, fmt, p.returncode, err.decode()[-300:])
        assert b"interrupted" in err, err
        if fmt == "json":
            assert json.loads(out)["interrupted"] is True
        print(f"validator sample: {sig.name} {fmt} -> exit {code}, output {'complete JSON' if fmt == 'json' else 'empty'}")
PY
echo "validator sample: passed"
