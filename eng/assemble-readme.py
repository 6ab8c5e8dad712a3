#!/usr/bin/env python3
"""Assembles README.md from eng/readme/*.md and the README sections of docs/*.md.

Usage: python3 eng/assemble-readme.py   (run after editing a docs README section or eng/readme/*.md)
"""
import re, sys, pathlib
root = pathlib.Path(__file__).resolve().parent.parent
parts = [(root / "eng" / "readme" / name).read_text(encoding="utf-8") for name in ("10-head.md", "20-quick-start.md", "90-tail.md")]
order = ["docs/policies.md", "docs/transfers.md", "docs/export-format.md", "docs/workflow.md",
         "docs/bulk-validation.md", "docs/limits.md", "docs/integration.md"]
sections = []
for rel in order:
    path = root / rel
    if not path.exists():
        continue
    text = path.read_text(encoding="utf-8")
    m = re.search(r"<!-- README section[^\n]*-->\n(.*?)<!-- End of README section[^\n]*-->", text, re.S)
    if not m:
        raise SystemExit(f"no README section in {rel}")
    body = m.group(1).strip() + "\n"
    body = body.replace(" (README section)", "")
    # Links in a docs page are relative to docs/: make them relative to the repository root first.
    body = re.sub(r"\]\((?!https?://|#|mailto:)([^)]+)\)", lambda m: "](" + str(pathlib.PurePosixPath("docs", m.group(1))) + ")", body)
    sections.append(body)
# "Installation" belongs right after the two commands, before the quick start.
install = ""
for i, body in enumerate(sections):
    m = re.search(r"^## Installation\n.*?(?=^## )", body, re.S | re.M)
    if m:
        install = m.group(0).rstrip() + "\n\n"
        sections[i] = body[:m.start()] + body[m.end():]
readme = parts[0] + install + parts[1] + "\n".join(sections) + "\n" + parts[2]
# The README is also the package's readme on the registry, where relative links break: make every link absolute.
repo = re.search(r"<RepositoryUrl>([^<]+)</RepositoryUrl>", (root / "Directory.Build.props").read_text(encoding="utf-8")).group(1).rstrip("/")
readme = re.sub(r"\]\((?!https?://|#|mailto:)([^)]+)\)", lambda m: f"]({repo}/blob/main/{m.group(1)})", readme)
(root / "README.md").write_text(readme, encoding="utf-8")
print("README.md:", len(readme.splitlines()), "lines")
