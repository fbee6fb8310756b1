#!/usr/bin/env python3
"""Loads HTML reports in headless Chromium and checks what the browser made of them.

    browser_check.py sample CLAIMCHECK OUTDIR [--update-screenshot]
        the report of samples/council-budget.md: highlights with their findings, source entity
        and explanation, the source chart; a screenshot OUTDIR/report-screenshot.png (with
        --update-screenshot also copied to tests/report/report-screenshot.png, which README.md
        shows; the top level of the repository is fixed by DESIGN.md, so it lives here)
    browser_check.py hostile CLAIMCHECK OUTDIR
        a draft with <script>, <img onerror>, </script> and <!-- in it: nothing from it runs or
        becomes an element, and its text reads back exactly
    browser_check.py batch CLAIMCHECK OUTDIR
        a draft with no findings, one with hundreds, and a batch of 200 small drafts: the
        page's summary, index and lists count what the JSON report counts

Chromium is required: without it the check fails (the Makefile installs Debian's chromium).
The DOM is read with --dump-dom after the page has loaded.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

from report_tools import (HOSTILE_DRAFT, SAMPLES, SOURCE_DIR, CheckFailed, expect, finding_counts, json_report,
                          main, many_findings_draft, parse_html, run_claimcheck, small_story, write_drafts)

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--mute-audio"]
PAGE_TITLE = "claimcheck report"
SCREENSHOT_SIZE = "1280,1500"


def chromium():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    raise CheckFailed("chromium is not installed: `make deps` installs Debian's chromium package")


def run_chromium(args, page):
    with tempfile.TemporaryDirectory() as profile:
        command = [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, "file://" + page]
        try:
            run = subprocess.run(command, capture_output=True, timeout=180)
        except subprocess.TimeoutExpired:
            raise CheckFailed(f"chromium did not finish loading {page} in 180 s (a dialog left open?)")
    expect(run.returncode == 0, f"chromium exited {run.returncode}: {run.stderr.decode(errors='replace')[-2000:]}")
    return run.stdout.decode("utf-8")


def dump_dom(page):
    return parse_html(run_chromium(["--dump-dom"], page))


def screenshot(page, png):
    run_chromium([f"--screenshot={png}", f"--window-size={SCREENSHOT_SIZE}"], page)
    with open(png, "rb") as file:
        expect(file.read(8) == b"\x89PNG\r\n\x1a\n", f"{png} is not a PNG")
    expect(os.path.getsize(png) > 20000, f"{png} is too small to show a report")


def render(binary, paths, out_dir, name, cwd=None):
    page = os.path.join(out_dir, name)
    with open(page, "w", encoding="utf-8") as file:
        file.write(run_claimcheck(binary, paths, "html", cwd))
    return page


def title_of(dom):
    titles = dom.find_all("title")
    return titles[0].text_content() if titles else None


def check_summary(dom, report):
    severities, rules = finding_counts(report)
    summary = dom.find_all("p", cls="summary")
    expect(len(summary) == 1, "the page has no summary line")
    attrs = summary[0].attrs
    expect(attrs.get("data-documents") == str(len(report["documents"])), f"summary documents {attrs}")
    for severity, count in severities.items():
        expect(attrs.get(f"data-{severity}") == str(count), f"summary {severity}: {attrs.get(f'data-{severity}')} "
                                                             f"but the JSON report has {count}")
    for row in dom.find_all("tr", cls="rule-row"):
        expect(row.attrs["data-count"] == str(rules.get(row.attrs["data-rule"])), f"rule row {row.attrs}")
    expect(len(dom.find_all("tr", cls="rule-row")) == len(rules), "the rule table misses a rule")


def check_index(dom, report):
    """The batch index: one row per story; its per-severity and per-rule counts add up."""
    _, rules = finding_counts(report)
    rows = dom.find_all("tr", cls="story-row")
    expect(len(rows) == len(report["documents"]), f"{len(rows)} index rows for {len(report['documents'])} stories")
    column_totals = {}
    for row, document in zip(rows, report["documents"]):
        expect(row.attrs["data-path"] == document["path"], f"index row {row.attrs['data-path']} out of order")
        expect(row.attrs["data-findings"] == str(len(document["findings"])), f"index row {document['path']}")
        for cell in row.find_all("td"):
            if "data-rule" in cell.attrs:
                column_totals[cell.attrs["data-rule"]] = column_totals.get(cell.attrs["data-rule"], 0) + int(
                    cell.attrs["data-count"])
    expect(column_totals == rules, f"index columns add up to {column_totals}, the JSON report to {rules}")


def element_ids(dom):
    return {node.attrs["id"]: node for node in dom.walk() if "id" in node.attrs}


def check_story(section, document, ids):
    """A story's findings list links every finding to a highlight whose tooltip explains it."""
    items = [li for li in section.find_all("li") if li.parent.tag == "ol" and "findings" in li.parent.classes()]
    expect(len(items) == len(document["findings"]), f"{document['path']}: {len(items)} listed findings for "
                                                    f"{len(document['findings'])}")
    for item, finding in zip(items, document["findings"]):
        expect(item.attrs.get("data-rule") == finding["rule"], f"{document['path']}: list order differs")
        links = item.find_all("a")
        expect(links, f"{document['path']}: finding {finding['rule']} has no link to its sentence")
        target = ids.get(links[0].attrs["href"].lstrip("#"))
        expect(target is not None and "s" in target.classes(), f"{document['path']}: broken link {links[0].attrs}")
        tip = target.find_all("span", cls="tip")
        expect(tip and finding["message"] in tip[0].text_content(), f"{document['path']}: tooltip lacks the finding")


def check_stories(dom, report):
    sections = dom.find_all("section", cls="story")
    expect(len(sections) == len(report["documents"]), f"{len(sections)} story sections")
    ids = element_ids(dom)
    for section, document in zip(sections, report["documents"]):
        check_story(section, document, ids)


def check_structure(dom, report):
    expect(title_of(dom) == PAGE_TITLE, f"the title is {title_of(dom)!r}")
    check_summary(dom, report)
    check_stories(dom, report)
    if len(report["documents"]) > 1:
        check_index(dom, report)


def check_source_chart(dom, report):
    sources = report["documents"][0]["sources"]
    charts = dom.find_all("svg", cls="chart")
    expect(len(charts) == 1, f"{len(charts)} source charts")
    bars = charts[0].find_all("rect", cls="bar")
    expect(len(bars) == min(12, len(sources)), f"{len(bars)} bars for {len(sources)} sources")
    most = max(source["attributions"] for source in sources)
    expect(bars[0].attrs["data-count"] == str(most), "the first bar is not the most-quoted source")
    expect(float(bars[0].attrs["width"]) > 0, "the longest bar has no width")
    rows = dom.find_all("tr", cls="source-row")
    expect(len(rows) == len(sources), f"{len(rows)} source table rows for {len(sources)} sources")


def check_highlights(dom):
    highlights = dom.find_all("span", cls="s")
    kinds = {cls for node in highlights for cls in node.classes() if cls.startswith("hl-")}
    expect({"hl-unattributed", "hl-single", "hl-weak", "hl-note", "hl-fine"} <= kinds, f"highlight kinds {kinds}")
    explained = [node for node in dom.find_all("span", cls="tip-why") if node.text_content().strip()]
    expect(explained, "no tooltip carries a rule's explanation")
    expect(any("\u2192" in node.text_content() for node in dom.find_all("span", cls="tip-src")),
           "no tooltip names a source entity")


def screenshot_page(page, dom):
    """A copy of the page that shows the first finding's tooltip, as a hover would."""
    first = dom.find_all("ol", cls="findings")[0].find_all("a")[0].attrs["href"]
    with open(page, encoding="utf-8") as file:
        text = file.read()
    shown = text.replace("</style>", f"{first} > .tip {{ display: block; }}\n</style>", 1)
    copy = page.replace(".html", "-hover.html")
    with open(copy, "w", encoding="utf-8") as file:
        file.write(shown)
    return copy


def check_sample(binary, out_dir, *flags):
    sample = "samples/council-budget.md"  # relative, as a user would type it (and the screenshot shows it)
    page = render(binary, [sample], out_dir, "report-sample.html", cwd=SOURCE_DIR)
    dom = dump_dom(page)
    report = json_report(binary, [sample], cwd=SOURCE_DIR)
    check_structure(dom, report)
    check_highlights(dom)
    check_source_chart(dom, report)
    png = os.path.join(out_dir, "report-screenshot.png")
    screenshot(screenshot_page(page, dom), png)
    if "--update-screenshot" in flags:
        shutil.copy(png, os.path.join(SOURCE_DIR, "tests", "report", "report-screenshot.png"))
    print(f"screenshot: {png}")


HOSTILE_TEXTS = ["<script>alert(1)</script>", "<script>document.title='pwned'</script>",
                 "<img src=x onerror=\"document.title='pwned'\">", "\"closing </script> tag\" and <!-- comments -->"]


def check_raw_page(text):
    expect(text.count("<script") == 1, "the page has a <script> element besides its JSON data block")
    expect("<img" not in text and "<!--" not in text, "the draft's <img> or <!-- reached the page unescaped")


def check_detector_works(out_dir):
    """Control: a page that does run an injected script shows up as such in the dumped DOM."""
    control = os.path.join(out_dir, "report-control.html")
    with open(control, "w", encoding="utf-8") as file:
        file.write(f"<!DOCTYPE html><title>{PAGE_TITLE}</title><p>{HOSTILE_TEXTS[1]}</p>")
    expect(title_of(dump_dom(control)) == "pwned", "the control page's script did not run: the check is blind")


def check_hostile(binary, out_dir):
    check_detector_works(out_dir)
    page = render(binary, [HOSTILE_DRAFT], out_dir, "report-hostile.html")
    with open(page, encoding="utf-8") as file:
        check_raw_page(file.read())
    dom = dump_dom(page)
    report = json_report(binary, [HOSTILE_DRAFT])
    check_structure(dom, report)  # includes: the title is still the page's own
    expect(not dom.find_all("img"), "an <img> element from the draft exists")
    scripts = dom.find_all("script")
    expect(len(scripts) == 1 and scripts[0].attrs.get("type") == "application/json", "a script element from the draft")
    handlers = [(node.tag, name) for node in dom.walk() for name in node.attrs if name.lower().startswith("on")]
    expect(not handlers, f"event handler attributes in the page: {handlers}")
    story_text = dom.find_all("div", cls="story-text")[0].text_content()
    for text in HOSTILE_TEXTS:
        expect(text in story_text, f"the draft's text {text!r} does not read back as text")
    data = json.loads(scripts[0].text_content())
    expect(data["documents"][0]["findings"] == report["documents"][0]["findings"], "the embedded JSON differs")


def check_batch(binary, out_dir):
    clean = os.path.join(SAMPLES, "clean-brief.txt")
    page = render(binary, [clean], out_dir, "report-clean.html")
    dom = dump_dom(page)
    check_structure(dom, json_report(binary, [clean]))
    expect(dom.find_all("p", cls="no-findings"), "a story with no findings does not say so")
    with tempfile.TemporaryDirectory() as folder:
        busy = write_drafts(folder, {"busy.txt": many_findings_draft(150)})
        report = json_report(binary, busy)
        expect(len(report["documents"][0]["findings"]) >= 200, "the busy draft has fewer than 200 findings")
        check_structure(dump_dom(render(binary, busy, out_dir, "report-busy.html")), report)
    with tempfile.TemporaryDirectory() as folder:
        write_drafts(folder, {f"story-{i:03}.txt": small_story(i) for i in range(200)})
        report = json_report(binary, [folder])
        expect(len(report["documents"]) == 200, f"{len(report['documents'])} documents in the batch")
        check_structure(dump_dom(render(binary, [folder], out_dir, "report-batch.html")), report)


if __name__ == "__main__":
    sys.exit(main({"sample": check_sample, "hostile": check_hostile, "batch": check_batch}, sys.argv))
