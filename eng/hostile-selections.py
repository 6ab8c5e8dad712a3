#!/usr/bin/env python3
"""Writes a submission document of STUDENTS students, each with PER selected outcomes sharing one content hash: the
worst case of the duplicate-selection rule (SP-S002) and of the per-student issue cap (docs/limits.md).

Usage: python3 eng/hostile-selections.py STUDENTS PER OUT.json   (PER 46000 stays under the 16 MiB student limit)
"""
import sys
students, per = int(sys.argv[1]), int(sys.argv[2])
out = open(sys.argv[3], "w", encoding="utf-8")
h = "a" * 64
def outcome(i):
    return ('{"id":"O%d","term":"114-1","courseCode":"113041305ABCDEFGHIJKLMN","kind":"regular","origin":null,"title":"r","description":"d","files":[],'
            '"certification":{"status":"certified","certifiedHash":"%s"},"selected":true,"contentHash":"%s"}') % (i, h, h)
def student(n):
    ids = ["A123456789", "F131104093"]
    return ('{"nationalId":"%s","birthDate":"2008-05-01","name":"王","school":"041305","studentNumber":"S1","grade":2,"cadres":[],"courses":[],"outcomes":[' % ids[n % 2]
            + ",".join(outcome(i) for i in range(per)) + '],"performances":[],"autobiography":null,"enrollment":[{"date":"2024-08-01","kind":"admit","school":"041305","counterpartSchool":null,"programme":"301"}]}')
out.write('{"schemaVersion":"1.0","school":"041305","academicYear":114,"semester":1,"contentKinds":["basicData","courseOutcomes"],"generatedAt":"2026-01-20T08:00:00Z","students":[')
for n in range(students):
    if n: out.write(",")
    out.write(student(n))
out.write("]}")
