#!/usr/bin/env python3
"""Builds drafts.jsonl (the gold format of `claimcheck eval`) from the marked-up drafts.txt.

Offsets are computed here, never counted by hand: every {TAGS|text} span becomes a [start, end]
pair of UTF-8 byte offsets into the article's text, end exclusive. The markup is described at
the top of drafts.txt.

    python3 make_drafts.py            # writes drafts.jsonl
    python3 make_drafts.py --check    # exit 1 when drafts.jsonl is not what drafts.txt gives
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "drafts.txt"
TARGET = HERE / "drafts.jsonl"
ROLES = {"s": "source", "c": "cue", "q": "content"}
HEADER = re.compile(r"^=== ([a-z0-9-]+) ===$")
TAG = re.compile(r"^([scq])([1-9][0-9]*)$")


class DraftError(Exception):
    pass


def split_articles(lines):
    """(id, first line number, body lines) for each article; '#' lines before the first are comments."""
    articles = []
    for number, line in enumerate(lines, 1):
        header = HEADER.match(line)
        if header:
            articles.append((header.group(1), number + 1, []))
        elif articles:
            articles[-1][2].append(line)
        elif line.strip() and not line.startswith("#"):
            raise DraftError(f"drafts.txt:{number}: text before the first '=== id ===' line")
    return articles


def parse_markup(marked, where):
    """The plain text and, per (role, attribution number), the byte spans of its pieces."""
    text = bytearray()
    spans = {}
    position = 0
    while True:
        opening = marked.find("{", position)
        if opening < 0:
            text += marked[position:].encode()
            break
        text += marked[position:opening].encode()
        bar = marked.find("|", opening)
        closing = marked.find("}", opening)
        if bar < 0 or closing < bar or "{" in marked[opening + 1:closing]:
            raise DraftError(f"{where}: unbalanced or nested markup near {marked[opening:opening + 40]!r}")
        piece = marked[bar + 1:closing]
        if not piece or piece != piece.strip():
            raise DraftError(f"{where}: span {piece!r} is empty or has blanks at an end")
        start = len(text)
        text += piece.encode()
        for tag in marked[opening + 1:bar].split("+"):
            match = TAG.match(tag)
            if not match:
                raise DraftError(f"{where}: bad tag {tag!r} (write s1, c1, q1 or s1+s2)")
            spans.setdefault((ROLES[match.group(1)], int(match.group(2))), []).append([start, len(text)])
        position = closing + 1
    return text.decode(), spans


def attributions_of(spans, where):
    numbers = sorted({number for _, number in spans})
    if numbers != list(range(1, len(numbers) + 1)):
        raise DraftError(f"{where}: attributions must be numbered 1 to N without gaps, got {numbers}")
    out = []
    for number in numbers:
        pieces = {role: sorted(spans.get((role, number), [])) for role in ("cue", "source", "content")}
        if len(pieces["cue"]) != 1 or not pieces["content"]:
            raise DraftError(f"{where}: attribution {number} needs one cue piece and some content")
        out.append({**pieces, "implicit_source": not pieces["source"]})
    return out


def build():
    lines = SOURCE.read_text(encoding="utf-8").split("\n")
    records = []
    for article_id, first_line, body in split_articles(lines):
        where = f"drafts.txt:{first_line} ({article_id})"
        text, spans = parse_markup("\n".join(body).strip("\n"), where)
        records.append({"id": article_id, "text": text, "attributions": attributions_of(spans, where)})
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), records


def main():
    try:
        jsonl, records = build()
    except DraftError as error:
        print(f"make_drafts.py: {error}", file=sys.stderr)
        return 2
    summary = f"{len(records)} articles, {sum(len(r['attributions']) for r in records)} attributions"
    if "--check" in sys.argv[1:]:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != jsonl:
            print("drafts.jsonl is not what drafts.txt gives: run python3 tests/gold/make_drafts.py", file=sys.stderr)
            return 1
        print(f"drafts.jsonl matches drafts.txt ({summary})")
        return 0
    TARGET.write_text(jsonl, encoding="utf-8")
    print(f"wrote {TARGET.name}: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
