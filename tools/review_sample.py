#!/usr/bin/env python3
"""Draws a reproducible random sample of one check's findings for a precision review.

    review_sample.py REPORT.json ARCHIVE.jsonl RULE SEED [N] [SEVERITY] [--text-field F]

REPORT.json is `claimcheck check ARCHIVE.jsonl --input-format jsonl --format json` of the same
archive (documents in archive order). The sample is Python's random.Random(SEED).sample over the
findings of RULE (at SEVERITY, when given), so a reviewer drawing with the same seed reads the same
findings. Each is printed with the 220 characters before it, so that the reviewer sees the source
named just before, the way an editor reading the draft would.
"""
import argparse
import json
import random
import sys


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("report")
    parser.add_argument("archive")
    parser.add_argument("rule")
    parser.add_argument("seed", type=int)
    parser.add_argument("n", type=int, nargs="?", default=30)
    parser.add_argument("severity", nargs="?")
    parser.add_argument("--text-field", default="text")
    args = parser.parse_args()

    with open(args.report, encoding="utf-8") as file:
        documents = json.load(file)["documents"]
    with open(args.archive, encoding="utf-8") as file:
        texts = [json.loads(line).get(args.text_field, "") for line in file if line.strip()]
    if len(texts) != len(documents):
        print(f"review_sample: {args.report} has {len(documents)} documents but {args.archive} has {len(texts)} "
              "records; check the archive the report was made from", file=sys.stderr)
        return 2
    findings = [(index, finding) for index, document in enumerate(documents) for finding in document["findings"]
                if finding["rule"] == args.rule and (args.severity is None or finding["severity"] == args.severity)]
    sample = random.Random(args.seed).sample(findings, min(args.n, len(findings)))
    print(f"{len(sample)} of {len(findings)} {args.rule} findings (seed {args.seed})\n")
    for number, (index, finding) in enumerate(sample, 1):
        text = texts[index].encode("utf-8")
        start = finding["start"]
        before = text[max(0, start - 300):start].decode("utf-8", "ignore").replace("\n", " / ")
        print(f"[{number}] record {index + 1} {finding['severity']}: {finding['message']}")
        print(f"    before: ...{before[-220:]}")
        print(f"    flagged: {finding['sentence']}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
