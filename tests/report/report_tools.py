"""Helpers shared by the report checks run from CTest (check_formats.py, browser_check.py).

Everything here is standard library: the checks must run on a clean Debian machine with only
the packages the Makefile installs.
"""
import html.parser
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.path.dirname(os.path.dirname(HERE))
SAMPLES = os.path.join(SOURCE_DIR, "samples")
HOSTILE_DRAFT = os.path.join(HERE, "fixtures", "hostile-draft.txt")


class CheckFailed(Exception):
    """A failed expectation; main() prints it and exits 1."""


def expect(condition, message):
    if not condition:
        raise CheckFailed(message)


def run_claimcheck(binary, paths, fmt, cwd=None, options=()):
    """The report of `claimcheck check PATHS --format FMT [OPTIONS]`, as text. Findings never fail it."""
    command = [binary, "check", *paths, "--format", fmt, "--fail-on", "never", *options]
    run = subprocess.run(command, capture_output=True, cwd=cwd)
    if run.returncode != 0:
        raise CheckFailed(f"{' '.join(command)} exited {run.returncode}: {run.stderr.decode(errors='replace')}")
    return run.stdout.decode("utf-8")


def json_report(binary, paths, cwd=None):
    return json.loads(run_claimcheck(binary, paths, "json", cwd))


def sample_paths():
    return sorted(os.path.join(SAMPLES, name) for name in os.listdir(SAMPLES))


def write_drafts(folder, drafts):
    """Writes {file name: text} into folder; returns the paths in name order."""
    paths = []
    for name, text in sorted(drafts.items()):
        path = os.path.join(folder, name)
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)
        paths.append(path)
    return paths


def many_findings_draft(sentences):
    """A draft (our own wording) in which every sentence raises at least one finding."""
    lines = ["Bridge repairs to cost more, critics say", ""]
    for i in range(sentences):
        lines.append(f"Critics say repairs to span {i} will cost £{i + 3} million, more than any other bridge.")
        lines.append("")
    return "\n".join(lines)


def small_story(i):
    """The i-th of a batch of small drafts, varied so that the rules fire in different mixes."""
    kinds = [
        f"Ferry route {i} to reopen in May\n\nThe route will reopen on {i % 28 + 1} May, the harbour authority said.\n",
        f"Market {i} to close early\n\nExperts say the market loses £{i} a week, more than it did last year.\n",
        f"Road {i} resurfacing delayed\n\nIt is believed the contractor has gone bust. A council spokesman said the work would resume.\n",
        f"Library {i} opening hours\n\nThe library will open on Sundays from June, said Ana Ruiz, the head librarian.\n"
        f"\"We have listened to readers,\" she said.\n",
    ]
    return kinds[i % len(kinds)]


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = dict(attrs)
        self.parent = parent
        self.children = []
        self.text = []  # text and child nodes in order, for text()

    def classes(self):
        return (self.attrs.get("class") or "").split()

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def find_all(self, tag=None, cls=None, **attrs):
        return [node for node in self.walk()
                if (tag is None or node.tag == tag) and (cls is None or cls in node.classes())
                and all(node.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())]

    def text_content(self):
        return "".join(part if isinstance(part, str) else part.text_content() for part in self.text)


VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                 "track", "wbr"}


class TreeBuilder(html.parser.HTMLParser):
    """A forgiving HTML tree: enough to count elements and read their text and attributes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", [], None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        self.current.text.append(node)
        if tag not in VOID_ELEMENTS:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        self.current.text.append(node)

    def handle_endtag(self, tag):
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.current = node.parent

    def handle_data(self, data):
        self.current.text.append(data)


def parse_html(text):
    builder = TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root


def finding_counts(report):
    """(per-severity totals, per-rule totals) of a JSON report's findings."""
    severities = {"error": 0, "warning": 0, "info": 0}
    rules = {}
    for document in report["documents"]:
        for finding in document["findings"]:
            severities[finding["severity"]] += 1
            rules[finding["rule"]] = rules.get(finding["rule"], 0) + 1
    return severities, rules


def main(checks, argv):
    """Runs checks[argv[1]](*argv[2:]); prints PASS/FAIL and returns the exit status."""
    if len(argv) < 2 or argv[1] not in checks:
        print(f"usage: {os.path.basename(argv[0])} {'|'.join(checks)} ARGS…", file=sys.stderr)
        return 2
    try:
        checks[argv[1]](*argv[2:])
    except CheckFailed as failure:
        print(f"FAIL {argv[1]}: {failure}", file=sys.stderr)
        return 1
    print(f"PASS {argv[1]}")
    return 0
