#!/usr/bin/env python3
"""The API of `claimcheck serve`, over HTTP against a server on a free port.

    api_check.py CLAIMCHECK

- POST /api/check with samples/council-budget.md as JSON: the report equals what
  `claimcheck check draft.md --format json` writes for the same bytes (pasted Markdown is
  reported as draft.md); the same file as a multipart upload too.
- A body over --max-body answers 413, a malformed upload or JSON body 400, a truncated .docx 400, a .jsonl upload 415,
  each with a JSON {"error": ...} that says what to do.
- GET /api/rules lists every check with its explanation and standard; /healthz and / answer.
- 50 concurrent checks of different drafts each get their own correct report.
"""
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

from serve_tools import Server

SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(SOURCE_DIR, "samples", "council-budget.md")
SMALL_BODY_LIMIT = 4096
CONCURRENT = 50


def request(url, data=None, headers=None):
    """(status, parsed JSON or text) of a request; HTTP errors are answers too."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method="POST" if data is not None else "GET")
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            status, body, kind = response.status, response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        status, body, kind = error.code, error.read(), error.headers.get("Content-Type", "")
    text = body.decode("utf-8")
    return status, json.loads(text) if kind.startswith("application/json") else text


def post_json(url, payload):
    return request(url + "/api/check", json.dumps(payload).encode(), {"Content-Type": "application/json"})


def multipart(filename, content, field="file"):
    boundary = "claimcheck-test-boundary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{filename}\"\r\n"
            f"Content-Type: application/octet-stream\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
    return body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def cli_report(binary, text, name):
    """What `claimcheck check NAME --format json` writes for `text`."""
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, name), "w", encoding="utf-8") as file:
            file.write(text)
        run = subprocess.run([binary, "check", name, "--format", "json", "--fail-on", "never"], cwd=folder,
                             capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def expect_error(answer, status, words):
    expect(answer[0] == status, f"expected {status}, got {answer[0]}: {answer[1]!r}")
    expect(isinstance(answer[1], dict) and words in answer[1].get("error", ""),
           f"the {status} answer should say '{words}': {answer[1]!r}")


def check_round_trip(binary, url, sample_text):
    status, report = post_json(url, {"text": sample_text, "format": "markdown"})
    expect(status == 200, f"POST /api/check answered {status}: {report!r}")
    expect(report == cli_report(binary, sample_text, "draft.md"), "the pasted report differs from `claimcheck check`")
    expect(report["documents"][0]["findings"], "the sample should raise findings")
    on_file = json.loads(subprocess.run([binary, "check", SAMPLE, "--format", "json", "--fail-on", "never"],
                                        capture_output=True, text=True, check=True).stdout)
    on_file["documents"][0]["path"] = "draft.md"
    expect(report == on_file, "the pasted report differs from `claimcheck check samples/council-budget.md` but for the path")
    status, uploaded = request(url + "/api/check", *multipart("council-budget.md", sample_text.encode()))
    expect(status == 200 and uploaded == report, f"the uploaded report differs from the pasted one ({status})")
    status, plain = post_json(url, {"text": sample_text, "format": "text"})
    expect(status == 200 and plain == cli_report(binary, sample_text, "draft.txt"), "plain text differs from the CLI")
    print(f"round trip: {len(report['documents'][0]['findings'])} findings, as `claimcheck check` reports them")


def check_refusals(url):
    expect_error(post_json(url, {"text": "x" * (SMALL_BODY_LIMIT * 2)}), 413, "--max-body")
    expect_error(request(url + "/api/check", b"{\"text\": ", {"Content-Type": "application/json"}), 400, "JSON")
    expect_error(post_json(url, {"txt": "no text field"}), 400, "\"text\"")
    expect_error(post_json(url, {"text": "A draft.", "format": "docx"}), 400, "\"format\"")
    body, headers = multipart("story.md", b"Officials said so.")
    expect_error(request(url + "/api/check", body[:-30], headers), 400, "upload")
    expect_error(request(url + "/api/check", *multipart("story.md", b"Officials said so.", field="draft")), 400, "\"file\"")
    expect_error(request(url + "/api/check", *multipart("story.docx", b"PK\x03\x04")), 400, "not a readable Word document")
    expect_error(request(url + "/api/check", *multipart("archive.jsonl", b"{}")), 415, ".docx")
    expect_error(request(url + "/api/check", *multipart("story.txt", b"GIF89a\0\0")), 400, "binary file")
    expect_error(request(url + "/nowhere"), 404, "/api/check")
    # Bytes that are not UTF-8 are replaced and the draft checked, the replacement in its errors.
    status, report = request(url + "/api/check", *multipart("story.md", b"Experts said caf\xe9 prices rose."))
    expect(status == 200, f"an upload with a Latin-1 byte answered {status}")
    document = report["documents"][0]
    expect([finding["rule"] for finding in document["findings"]] == ["vague-source"], f"findings: {document['findings']}")
    expect(document["errors"] == [{"line": 1, "column": 17, "message": "invalid UTF-8 (byte 0xE9) replaced by U+FFFD: "
                                   "save the file as UTF-8 (the rest of it was checked)"}], f"errors: {document.get('errors')}")
    print("refusals: 413, 400 (JSON, fields, multipart, binary), 415 and 404 all answer with a JSON message; "
          "invalid UTF-8 is replaced and listed in the report's errors")


def check_rules_and_page(url):
    status, rules = request(url + "/api/rules")
    expect(status == 200, f"/api/rules answered {status}")
    ids = {rule["id"] for rule in rules["rules"]}
    expect({"vague-source", "unattributed-claim", "agentless-attribution"} <= ids, f"/api/rules lacks checks: {ids}")
    for rule in rules["rules"]:
        expect(rule["severity"] in ("error", "warning", "info") and rule["explanation"] and rule["standard"],
               f"rule {rule['id']} lacks a severity, explanation or standard")
    expect(request(url + "/healthz") == (200, {"status": "ok"}), "/healthz is not ok")
    status, page = request(url + "/")
    expect(status == 200 and "<textarea" in page and "/page.js" in page, "/ does not serve the page")
    for path in ("/page.js", "/page.css", "/report.css"):
        expect(request(url + path)[0] == 200, f"{path} is not served")
    print(f"rules: {len(ids)} checks with explanations; /healthz, / and its files answer")


def concurrent_drafts(sample_text):
    """50 different drafts: the sample with a numbered sentence in front, so each report differs."""
    return [f"Councillor Number{i} said the vote was {i} to nothing.\n\n{sample_text}" for i in range(CONCURRENT)]


def check_concurrency(binary, url, sample_text):
    drafts = concurrent_drafts(sample_text)
    answers = [None] * len(drafts)

    def post(i):
        answers[i] = post_json(url, {"text": drafts[i], "format": "markdown"})

    threads = [threading.Thread(target=post, args=(i,)) for i in range(len(drafts))]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    for i in (0, len(drafts) // 2, len(drafts) - 1):
        expect(answers[i] == (200, cli_report(binary, drafts[i], "draft.md")), f"concurrent answer {i} is wrong")
    for i, (status, report) in enumerate(answers):
        expect(status == 200, f"concurrent request {i} answered {status}: {report!r}")
        first = report["documents"][0]["attributions"][0]["sentence"]
        expect(f"Number{i}" in first, f"concurrent request {i} got another draft's report: {first!r}")
    print(f"concurrency: {len(drafts)} simultaneous checks answered correctly in {elapsed:.2f} s")


def main():
    binary = os.path.abspath(sys.argv[1])
    with open(SAMPLE, encoding="utf-8") as file:
        sample_text = file.read()
    with Server(binary, "--max-body", str(SMALL_BODY_LIMIT)) as url:
        check_refusals(url)
    with Server(binary) as url:
        check_rules_and_page(url)
        check_round_trip(binary, url, sample_text)
        check_concurrency(binary, url, sample_text)
    print("PASS")


if __name__ == "__main__":
    main()
