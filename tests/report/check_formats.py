#!/usr/bin/env python3
"""Checks the machine-readable report formats against their specifications and the JSON report.

    check_formats.py sarif CLAIMCHECK SCHEMA.json   SARIF validates against the SARIF 2.1.0 schema;
                                                    regions match the JSON findings
    check_formats.py junit CLAIMCHECK SCHEMA.xsd    JUnit validates (xmllint) against the XSD
    check_formats.py csv CLAIMCHECK                 CSV parses back into the JSON findings
    check_formats.py github CLAIMCHECK              workflow commands decode into the JSON findings
    check_formats.py markdown CLAIMCHECK            draft text cannot act as Markdown or HTML; line
                                                    links start with --link-base

Each runs over every sample, the samples together, and tests/report/fixtures/hostile-draft.txt
(script tags, quotes, commas, pipes, '%' and '::' in the draft text). Exit 0 on success, 1 on a
failed check, 2 on bad arguments.
"""
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

import jsonschema

from report_tools import (HOSTILE_DRAFT, SAMPLES, SOURCE_DIR, CheckFailed, expect, json_report, main, run_claimcheck,
                          sample_paths)

SEVERITY_TO_SARIF = {"error": "error", "warning": "warning", "info": "note"}
SEVERITY_TO_GITHUB = {"error": "error", "warning": "warning", "info": "notice"}


def inputs():
    """Each argument list to check: every sample alone, the samples folder, the hostile draft."""
    return [[path] for path in sample_paths()] + [[SAMPLES], [HOSTILE_DRAFT]]


def findings_with_documents(report):
    for document in report["documents"]:
        for finding in document["findings"]:
            yield document, finding


def code_points(data):
    return len(data.decode("utf-8", errors="replace"))


def check_region(document, finding, region, where):
    expected = {"startLine": finding["line"], "startColumn": finding["column"], "endLine": finding["end_line"],
                "endColumn": finding["end_column"], "byteOffset": finding["start"],
                "byteLength": finding["end"] - finding["start"]}
    for key, value in expected.items():
        expect(region.get(key) == value, f"{where}: region.{key} is {region.get(key)}, the JSON says {value}")
    with open(document["path"], "rb") as file:
        original = file.read()
    char_offset = code_points(original[:finding["start"]])
    char_length = code_points(original[finding["start"]:finding["end"]])
    expect(region.get("charOffset") == char_offset, f"{where}: charOffset {region.get('charOffset')} != {char_offset}")
    expect(region.get("charLength") == char_length, f"{where}: charLength {region.get('charLength')} != {char_length}")


def check_sarif_log(log, report, where):
    run = log["runs"][0]
    expect(run.get("columnKind") == "unicodeCodePoints", f"{where}: columnKind is {run.get('columnKind')}")
    rules = run["tool"]["driver"]["rules"]
    pairs = list(findings_with_documents(report))
    expect(len(run["results"]) == len(pairs), f"{where}: {len(run['results'])} results for {len(pairs)} findings")
    for i, (result, (document, finding)) in enumerate(zip(run["results"], pairs)):
        at = f"{where} result {i}"
        expect(result["ruleId"] == finding["rule"], f"{at}: ruleId {result['ruleId']} != {finding['rule']}")
        expect(rules[result["ruleIndex"]]["id"] == finding["rule"], f"{at}: ruleIndex points at another rule")
        expect("help" in rules[result["ruleIndex"]], f"{at}: rule {finding['rule']} has no help text")
        expect(result["level"] == SEVERITY_TO_SARIF[finding["severity"]], f"{at}: level {result['level']}")
        expect(result["message"]["text"] == finding["message"], f"{at}: message differs from the JSON")
        location = result["locations"][0]["physicalLocation"]
        check_region(document, finding, location["region"], at)


def check_sarif(binary, schema_path):
    with open(schema_path, encoding="utf-8") as file:
        schema = json.load(file)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    for paths in inputs():
        where = " ".join(os.path.basename(p) for p in paths)
        log = json.loads(run_claimcheck(binary, paths, "sarif"))
        errors = sorted(validator.iter_errors(log), key=lambda e: list(map(str, e.absolute_path)))
        expect(not errors, f"{where}: " + "; ".join(f"{e.json_path}: {e.message}" for e in errors[:5]))
        check_sarif_log(log, json_report(binary, paths), where)


def check_junit(binary, xsd_path):
    xmllint = shutil.which("xmllint")
    expect(xmllint is not None, "xmllint is not installed (Debian package libxml2-utils; `make deps` installs it)")
    with tempfile.TemporaryDirectory() as folder:
        for paths in inputs():
            where = " ".join(os.path.basename(p) for p in paths)
            report_path = os.path.join(folder, "junit.xml")
            with open(report_path, "w", encoding="utf-8") as file:
                file.write(run_claimcheck(binary, paths, "junit"))
            lint = subprocess.run([xmllint, "--noout", "--schema", xsd_path, report_path], capture_output=True,
                                  text=True)
            expect(lint.returncode == 0, f"{where}: xmllint says: {lint.stderr.strip()}")
            check_junit_counts(ElementTree.parse(report_path).getroot(), json_report(binary, paths), where)


def check_junit_counts(root, report, where):
    cases = root.findall("./testsuite/testcase")
    expect(len(cases) == len(report["documents"]), f"{where}: {len(cases)} test cases for "
                                                   f"{len(report['documents'])} documents")
    for case, document in zip(cases, report["documents"]):
        failures = case.findall("failure")
        expect(case.get("name") == document["path"], f"{where}: test case {case.get('name')} != {document['path']}")
        expect(len(failures) == (1 if document["findings"] else 0), f"{where}: {document['path']}: failure count")
        for failure, finding in zip(failures, document["findings"]):
            expect(finding["message"] in failure.text, f"{where}: a finding is missing from the failure text")
    expected_failures = sum(1 for document in report["documents"] if document["findings"])
    expect(root.get("failures") == str(expected_failures), f"{where}: failures=\"{root.get('failures')}\"")


CSV_HEADER = ["file", "line", "column", "end_line", "end_column", "rule", "severity", "message", "source", "sentence"]


def csv_row(document, finding):
    return [document["path"], str(finding["line"]), str(finding["column"]), str(finding["end_line"]),
            str(finding["end_column"]), finding["rule"], finding["severity"], finding["message"],
            finding["source"] or "", finding["sentence"]]


def check_csv(binary):
    for paths in inputs():
        where = " ".join(os.path.basename(p) for p in paths)
        text = run_claimcheck(binary, paths, "csv")
        expect(text.endswith("\r\n"), f"{where}: the last record does not end in CRLF")
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
        expect(rows[0] == CSV_HEADER, f"{where}: header is {rows[0]}")
        expected = [csv_row(document, finding) for document, finding in findings_with_documents(
            json_report(binary, paths))]
        expect(len(rows) - 1 == len(expected), f"{where}: {len(rows) - 1} rows for {len(expected)} findings")
        for i, (row, want) in enumerate(zip(rows[1:], expected)):
            expect(row == want, f"{where}: row {i + 1} is {row}, the JSON finding is {want}")


GITHUB_COMMAND = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")


def github_unescape(text):
    for escaped, plain in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, plain)
    return text


def check_github_lines(text, report, where):
    lines = text.splitlines()
    pairs = list(findings_with_documents(report))
    expect(len(lines) == len(pairs), f"{where}: {len(lines)} commands for {len(pairs)} findings")
    for line, (document, finding) in zip(lines, pairs):
        match = GITHUB_COMMAND.match(line)
        expect(match is not None, f"{where}: not a workflow command: {line}")
        properties = dict(item.split("=", 1) for item in match.group(2).split(","))
        properties = {key: github_unescape(value) for key, value in properties.items()}
        expected = {"file": document["path"], "line": str(finding["line"]), "col": str(finding["column"]),
                    "endLine": str(finding["end_line"]), "endColumn": str(finding["end_column"]),
                    "title": finding["rule"]}
        expect(properties == expected, f"{where}: properties {properties} != {expected}")
        expect(match.group(1) == SEVERITY_TO_GITHUB[finding["severity"]], f"{where}: command {match.group(1)}")
        expect(github_unescape(match.group(3)) == finding["message"], f"{where}: message differs: {line}")


def check_github(binary):
    for paths in inputs():
        check_github_lines(run_claimcheck(binary, paths, "github"), json_report(binary, paths),
                           " ".join(os.path.basename(p) for p in paths))
    # A path with ':' ',' '%' in it must still be one property.
    with tempfile.TemporaryDirectory() as folder:
        awkward = os.path.join(folder, "toll, harbour: 100%.txt")
        shutil.copy(HOSTILE_DRAFT, awkward)
        check_github_lines(run_claimcheck(binary, [awkward], "github"), json_report(binary, [awkward]), awkward)


def check_markdown(binary):
    base = "https://example.org/newsroom/blob/main/"
    draft = os.path.relpath(HOSTILE_DRAFT, SOURCE_DIR)  # as a repository path, the way CI passes it
    text = run_claimcheck(binary, [draft], "markdown", cwd=SOURCE_DIR, options=["--link-base", base])
    report = json_report(binary, [draft], cwd=SOURCE_DIR)
    for raw in ("<script", "<img", "<!--", "@everyone", "*starred*", "| piped |"):
        expect(not re.search(r"(?<!\\)" + re.escape(raw), text), f"the draft's {raw!r} reached the Markdown unescaped")
    for escaped in ("&lt;script&gt;", "\\@everyone", "\\*starred\\*", "\\| piped \\|"):
        expect(escaped in text, f"expected {escaped!r} in the Markdown")
    findings = [line for line in text.splitlines() if line.startswith("- [")]
    expect(len(findings) == len(report["documents"][0]["findings"]), f"{len(findings)} finding lines")
    for line, finding in zip(findings, report["documents"][0]["findings"]):
        link = f"]({base}{draft}#L{finding['line']})"
        expect(link in line, f"no link {link} in {line}")
    for line in text.splitlines():
        if line.startswith("| ") and not line.startswith("| Rule"):
            cells = re.split(r"(?<!\\)\|", line)
            expect(len(cells) == 7, f"a rule table row does not have 5 cells: {line}")


if __name__ == "__main__":
    sys.exit(main({"sarif": check_sarif, "junit": check_junit, "csv": check_csv, "github": check_github,
                   "markdown": check_markdown}, sys.argv))
