#!/usr/bin/env python3
"""Runs each fuzz target for a while, one after another, and prints a table of what each did.

    run_fuzz.py BUILD_DIR SECONDS [TARGET ...]

Each target runs on its own corpus BUILD_DIR/fuzz-corpus/<target>/ (kept between runs, so that
the next run starts where this one stopped), seeded from BUILD_DIR/fuzz-seeds/<target>/, with a
10 s timeout per input. A crash, hang or leak is written to BUILD_DIR/fuzz-artifacts/ and the
target's whole log to BUILD_DIR/fuzz-logs/<target>.log. The exit status is 1 when any target
found a problem.
"""
import os
import re
import subprocess
import sys
from pathlib import Path

TARGETS = ["load_text", "load_markdown", "load_html", "load_docx", "load_jsonl", "rule_pack", "config", "check"]
DICTIONARIES = {"load_html": "html.dict", "load_docx": "docx.dict", "rule_pack": "yaml.dict", "config": "yaml.dict"}
HERE = Path(__file__).resolve().parent

# "#123456	DONE   cov: 2310 ft: 9876 corp: 512/88Kb ..." (libFuzzer's status lines)
STATUS = re.compile(r"^#(\d+)\s+\w+\s+cov: (\d+) ft: (\d+) corp: (\d+)/")
EXECUTED = re.compile(r"^stat::number_of_executed_units: (\d+)")
ARTIFACT = re.compile(r"Test unit written to (\S+)")


def fuzz(build: Path, target: str, seconds: int) -> dict:
    corpus = build / "fuzz-corpus" / target
    seeds = build / "fuzz-seeds" / target
    artifacts = build / "fuzz-artifacts"
    logs = build / "fuzz-logs"
    for folder in (corpus, artifacts, logs):
        folder.mkdir(parents=True, exist_ok=True)
    command = [str(build / "tests" / "fuzz" / f"fuzz_{target}"), f"-max_total_time={seconds}", "-timeout=10",
               "-rss_limit_mb=2560", "-print_final_stats=1", f"-artifact_prefix={artifacts}/{target}-"]
    if target in DICTIONARIES:
        command.append(f"-dict={HERE / DICTIONARIES[target]}")
    command += [str(corpus), str(seeds)]
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=1:halt_on_error=1:abort_on_error=0")
    env.setdefault("UBSAN_OPTIONS", "halt_on_error=1:print_stacktrace=1")
    log_path = logs / f"{target}.log"
    with open(log_path, "w") as log:
        status = subprocess.run(["nice", "-n", "10", *command], stdout=log, stderr=subprocess.STDOUT, env=env).returncode
    result = {"target": target, "execs": 0, "cov": 0, "ft": 0, "corp": 0, "files": 0, "status": status, "artifact": ""}
    for line in log_path.read_text(errors="replace").splitlines():
        if match := STATUS.match(line):
            result.update(cov=int(match[2]), ft=int(match[3]), corp=int(match[4]))
        elif match := EXECUTED.match(line):
            result["execs"] = int(match[1])
        elif match := ARTIFACT.search(line):
            result["artifact"] = match[1]
    result["files"] = sum(1 for _ in corpus.iterdir())
    return result


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    build, seconds = Path(sys.argv[1]).resolve(), int(sys.argv[2])
    targets = sys.argv[3:] or TARGETS
    # corp: inputs in libFuzzer's reduced corpus at the end; files: inputs kept in the corpus folder.
    print(f"{'target':<14} {'execs':>12} {'cov':>7} {'ft':>8} {'corp':>7} {'files':>7}  result", flush=True)
    failed = False
    for target in targets:
        r = fuzz(build, target, seconds)
        ok = r["status"] == 0
        failed |= not ok
        outcome = "ok" if ok else f"FAILED (exit {r['status']}) {r['artifact'] or 'see ' + str(build / 'fuzz-logs' / (target + '.log'))}"
        print(f"{target:<14} {r['execs']:>12} {r['cov']:>7} {r['ft']:>8} {r['corp']:>7} {r['files']:>7}  {outcome}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
