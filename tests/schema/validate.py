#!/usr/bin/python3
"""Validate a claimcheck JSON report against contract v1.

usage: validate.py [FILE|-] [--schema SCHEMA]

Reads FILE (or stdin when FILE is '-' or missing), checks it against report-v1.schema.json
(beside this script) and against the invariants a schema cannot state: every end offset is at
or after its start, and the summary counts what the documents hold. Prints one line per
problem, `$.documents[0].findings[1].severity: 'fatal' is not one of [...]`, and exits 1 when
there is any; 2 when the input is not JSON or the schema cannot be read; 0 when valid.
"""
import argparse
import json
import os
import sys

import jsonschema
from jsonschema.exceptions import best_match

HERE = os.path.dirname(os.path.abspath(__file__))


def json_path(parts):
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def schema_problems(report, schema):
    validator = jsonschema.Draft202012Validator(schema)
    problems = []
    for error in sorted(validator.iter_errors(report), key=lambda e: list(map(str, e.absolute_path))):
        # oneOf/anyOf errors say only "not valid under any"; the deepest sub-error says why.
        if error.context:
            error = best_match(error.context)
        problems.append(f"{json_path(error.absolute_path)}: {error.message}")
    return problems


def ranges(document, index):
    """(path, start, end) of every byte range of one document."""
    base = ["documents", index]
    for i, finding in enumerate(document["findings"]):
        yield base + ["findings", i], finding["start"], finding["end"]
    for i, attribution in enumerate(document["attributions"]):
        path = base + ["attributions", i]
        yield path + ["cue"], attribution["cue"]["start"], attribution["cue"]["end"]
        if attribution["source"] is not None:
            yield path + ["source"], attribution["source"]["start"], attribution["source"]["end"]
        for j, content in enumerate(attribution["content"]):
            yield path + ["content", j], content["start"], content["end"]


def invariant_problems(report):
    problems = []
    counts = {"error": 0, "warning": 0, "info": 0}
    for index, document in enumerate(report["documents"]):
        for path, start, end in ranges(document, index):
            if end < start:
                problems.append(f"{json_path(path)}: end {end} is before start {start}")
        for i, finding in enumerate(document["findings"]):
            counts[finding["severity"]] += 1
            if (finding["end_line"], finding["end_column"]) < (finding["line"], finding["column"]):
                problems.append(f"{json_path(['documents', index, 'findings', i])}: "
                                "end_line/end_column is before line/column")
    summary = report["summary"]
    if summary["documents"] != len(report["documents"]):
        problems.append(f"$.summary.documents: {summary['documents']} but the report has "
                        f"{len(report['documents'])} documents")
    for severity, count in counts.items():
        if summary["findings"][severity] != count:
            problems.append(f"$.summary.findings.{severity}: {summary['findings'][severity]} but the "
                            f"documents hold {count} {severity} findings")
    return problems


def main():
    parser = argparse.ArgumentParser(description="Validate a claimcheck JSON report (contract v1).")
    parser.add_argument("file", nargs="?", default="-", help="report file, or - for stdin (default)")
    parser.add_argument("--schema", default=os.path.join(HERE, "report-v1.schema.json"))
    args = parser.parse_args()
    try:
        with open(args.schema, encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
    except (OSError, ValueError, jsonschema.SchemaError) as e:
        print(f"validate.py: error: cannot use schema {args.schema}: {e}", file=sys.stderr)
        return 2
    name = "<stdin>" if args.file == "-" else args.file
    try:
        if args.file == "-":
            report = json.load(sys.stdin)
        else:
            with open(args.file, encoding="utf-8") as f:
                report = json.load(f)
    except (OSError, ValueError) as e:
        print(f"validate.py: error: {name} is not a readable JSON report: {e}", file=sys.stderr)
        return 2
    problems = schema_problems(report, schema)
    if not problems:
        problems = invariant_problems(report)
    for problem in problems:
        print(f"{name}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
