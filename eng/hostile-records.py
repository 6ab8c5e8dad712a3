#!/usr/bin/env python3
"""Writes a submission document of STUDENTS students, each with PER outcome records that carry one bad value each: the
worst case of the issue caps and of a bulk run's peak memory (docs/limits.md). SHAPE chooses the record:
  value   {"id":"O1","term":"x","title":"…"}   one SP-X008 per record (a bad term); 26-31 bytes a record plus PAD
  number  1                                    one SP-X004 per record (not an object); 2 bytes a record
PAD (default 0) adds a title of that many bytes to each value record. The student's size is printed. The worst case
within the default limits: value records just under 100,000 objects per student filling 16 MiB (PER 99990 PAD 130);
past the object limit (PER 560000) a student is SP-X020 at once; number records are bounded by the 16 MiB only
(PER 8000000).

Usage: python3 eng/hostile-records.py STUDENTS PER SHAPE OUT.json [PAD]
"""
import sys
students, per, shape, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
pad = int(sys.argv[5]) if len(sys.argv) > 5 else 0
title = ',"title":"%s"' % ("t" * pad) if pad else ""
if shape == "value":
    records = ",".join('{"id":"O%d","term":"x"%s}' % (i, title) for i in range(per))
elif shape == "number":
    records = ",".join("1" for _ in range(per))
else:
    sys.exit("SHAPE must be value or number")
def student(n):
    ids = ["A123456789", "F131104093"]
    return ('{"nationalId":"%s","birthDate":"2008-05-01","name":"王","school":"041305","studentNumber":"S%d","grade":2,"className":"商二甲",'
            '"cadres":[],"courses":[],"outcomes":[' % (ids[n % 2], n) + records + '],"performances":[],"autobiography":null,'
            '"enrollment":[{"date":"2024-08-01","kind":"admit","school":"041305","counterpartSchool":null,"programme":"301"}]}')
with open(path, "w", encoding="utf-8") as out:
    out.write('{"schemaVersion":"1.0","school":"041305","academicYear":114,"semester":1,"contentKinds":["basicData","courseOutcomes"],'
              '"generatedAt":"2026-01-20T08:00:00Z","students":[')
    for n in range(students):
        if n:
            out.write(",")
        s = student(n)
        out.write(s)
    out.write("]}")
print(f"{students} students of {len(s.encode('utf-8')):,} bytes, {per:,} records each")
