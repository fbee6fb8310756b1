#!/usr/bin/env python3
"""`make bench`: whole-process figures for claimcheck over the texts of the BBC benchmark corpus
(../shared/bench/bbc-news.jsonl beside the repository; skipped with a message when it is absent),
then the share of each stage. Every figure is the median of --runs runs, with min and max.

    python3 tests/bench/run_bench.py BUILD_DIR [--corpus FILE.jsonl] [--runs N] [--repeat K]

--repeat K checks the corpus K times over (as K copies of each text), to show that time grows
in proportion and memory does not.

Then the same 1 MB of the corpus, as one file, is checked by claimcheck and by proselint (Debian's
python3-proselint, which `make bench` installs), side by side; proselint runs with an empty cache
(it caches results per file), --proselint-runs times (default 1: it takes about a minute).
"""
import argparse
import shutil
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "bench", "bbc-news.jsonl"))


def run_once(command):
    """Wall seconds and peak RSS (KB) of one run of `command`."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit("bench: %s failed with exit status %d" % (" ".join(command), os.waitstatus_to_exitcode(status)))
    return seconds, usage.ru_maxrss


def report(label, command, runs, size, docs):
    samples = [run_once(command) for _ in range(runs)]
    times = [s for s, _ in samples]
    median = statistics.median(times)
    line = "%-24s median %7.3f s (min %.3f, max %.3f)  peak RSS %4d MB" % (
        label, median, min(times), max(times), max(r for _, r in samples) // 1024)
    if size:
        line += "  %6.2f MB/s  %6.0f docs/s" % (size / 1e6 / median, docs / median)
    print(line, flush=True)
    return median


def write_texts(corpus, folder, repeat):
    os.makedirs(folder)
    size = docs = 0
    with open(corpus, encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines]
    for copy in range(repeat):
        for i, text in enumerate(texts):
            with open(os.path.join(folder, "%d-%04d.txt" % (copy, i)), "w", encoding="utf-8") as out:
                out.write(text)
            size += len(text.encode("utf-8"))
            docs += 1
    return size, docs


def write_megabyte(corpus, path):
    """The first texts of the corpus, up to 1,000,000 bytes, as one plain-text file."""
    size = 0
    with open(corpus, encoding="utf-8") as lines, open(path, "w", encoding="utf-8") as out:
        for line in lines:
            text = json.loads(line)["text"] + "\n\n"
            room = 1_000_000 - size
            if room <= 0:
                break
            piece = text.encode("utf-8")[:room].decode("utf-8", "ignore")
            out.write(piece)
            size += len(piece.encode("utf-8"))
    return size


def compare_with_proselint(claimcheck, corpus, work, runs, proselint_runs):
    proselint = shutil.which("proselint")
    if not proselint:
        print("proselint: skipped: not installed (`make bench` installs python3-proselint)", flush=True)
        return
    text = os.path.join(work, "megabyte.txt")
    size = write_megabyte(corpus, text)
    print("the same %d bytes as one file:" % size, flush=True)
    ours = report("claimcheck", [claimcheck, "check", text, "--format", "json", "-o", os.devnull,
                                 "--fail-on", "never"], runs, size, 1)
    # A fresh cache folder per run: proselint would otherwise answer a second run from its cache.
    times = []
    for run in range(proselint_runs):
        cache = os.path.join(work, "proselint-cache-%d" % run)
        os.makedirs(cache)
        env = dict(os.environ, XDG_CACHE_HOME=cache, HOME=cache)
        start = time.perf_counter()
        subprocess.run([proselint, text], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - start)
    theirs = statistics.median(times)
    print("%-24s median %7.3f s (min %.3f, max %.3f, %d run(s))  %6.2f MB/s" % (
        "proselint", theirs, min(times), max(times), proselint_runs, size / 1e6 / theirs), flush=True)
    print("claimcheck is %.0f times as fast as proselint on this text" % (theirs / ours), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build")
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--proselint-runs", type=int, default=1)
    args = parser.parse_args()
    if not os.path.isfile(args.corpus):
        print("bench: skipped: no benchmark corpus at %s (it lives outside the repository)" % args.corpus)
        return 0
    claimcheck = os.path.join(args.build, "claimcheck")
    stages = os.path.join(args.build, "tests", "bench", "claimcheck_bench")
    with tempfile.TemporaryDirectory() as work:
        texts = os.path.join(work, "texts")
        size, docs = write_texts(args.corpus, texts, args.repeat)
        print("%d texts, %d bytes; %d runs each" % (docs, size, args.runs), flush=True)
        for fmt in ("json", "text"):
            report("check --format " + fmt, [claimcheck, "check", texts, "--format", fmt, "-o", os.devnull,
                                             "--fail-on", "never"], args.runs, size, docs)
        draft = os.path.join(work, "draft.txt")
        with open(os.path.join(texts, sorted(os.listdir(texts))[0]), encoding="utf-8") as first, \
                open(draft, "w", encoding="utf-8") as out:
            out.write(first.read()[:1000])
        report("1 KB draft (20 runs)", [claimcheck, "check", draft, "--format", "json", "--fail-on", "never"], 20, 0, 0)
        compare_with_proselint(claimcheck, args.corpus, work, args.runs, args.proselint_runs)
        print("stage shares (in one process, JSON report):", flush=True)
        return subprocess.call([stages, "--corpus", texts, "--runs", str(args.runs)])


if __name__ == "__main__":
    sys.exit(main())
