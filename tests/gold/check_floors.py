#!/usr/bin/env python3
"""Fails when an F1 of `claimcheck eval` on the drafts falls below its floor.

    python3 check_floors.py CLAIMCHECK GOLD.jsonl FLOORS.json [--all-floors X]

FLOORS.json maps a score to the lowest F1 allowed, e.g. {"cue.exact": 0.6, "link": 0.5}; the
names are paths into the JSON of `claimcheck eval --format json` ("cue.exact" is
report["cue"]["exact"]["f1"]). --all-floors X checks every named score against X instead, which
the CTest eval-floors-guard uses to show that this check can fail.

The floors sit about three points below the scores the cue-frame extractor measured when they
were set, so that a change that loses ground on our own drafts fails CI. Raise a floor whenever
the scores improve.
"""
import json
import subprocess
import sys


def measured_f1(report, name):
    node = report
    for key in name.split("."):
        node = node[key]
    return node["f1"]


def main(argv):
    if len(argv) not in (3, 5) or (len(argv) == 5 and argv[3] != "--all-floors"):
        print("usage: check_floors.py CLAIMCHECK GOLD.jsonl FLOORS.json [--all-floors X]", file=sys.stderr)
        return 2
    binary, gold, floors_path = argv[:3]
    with open(floors_path, encoding="utf-8") as file:
        floors = json.load(file)
    if len(argv) == 5:
        floors = {name: float(argv[4]) for name in floors}
    run = subprocess.run([binary, "eval", gold, "--format", "json"], capture_output=True, text=True)
    if run.returncode != 0:
        print(f"claimcheck eval failed (exit {run.returncode}):\n{run.stderr}", file=sys.stderr)
        return 2
    report = json.loads(run.stdout)
    failures = 0
    for name, floor in floors.items():
        f1 = measured_f1(report, name)
        if f1 < floor:
            failures += 1
            print(f"FAIL {name}: F1 {f1:.4f} is below its floor {floor}")
        else:
            print(f"ok   {name}: F1 {f1:.4f} (floor {floor})")
    if failures:
        print(f"{failures} of {len(floors)} scores below their floors: fix the regression, or lower a floor "
              f"in {floors_path} only with a reason in the commit message")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
