#!/bin/sh
# Throughput and memory of `claimcheck check` on a JSON Lines archive:
#   - speed-up of --jobs 2 over --jobs 1 (best of three runs each, so another process on the
#     machine weighs less; the target is at least 1.7 on two free cores);
#   - peak resident memory for the archive and for the archive four times over (records are
#     streamed, so the two should be about equal).
# Usage: tests/bench/jobs_scaling.sh [BINARY] [ARCHIVE]
# Defaults: build/claimcheck and ../shared/bench/bbc-news.jsonl (2,225 articles). Not part of
# `make test`: timings on a shared machine are not something a test can assert.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
binary=${1:-$here/../../build/claimcheck}
archive=${2:-$here/../../../shared/bench/bbc-news.jsonl}
if [ ! -f "$archive" ]; then
  echo "jobs_scaling: no archive at $archive (pass one as the second argument)" >&2
  exit 2
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# Prints "SECONDS KILOBYTES" of one run (GNU time's %e and %M).
measure() {
  /usr/bin/time -f '%e %M' -o "$scratch/time" "$binary" check "$@" --format json --fail-on never >"$scratch/out" 2>/dev/null
  cat "$scratch/time"
}

best_seconds() {
  best=
  for _ in 1 2 3; do
    s=$(measure "$@" | cut -d' ' -f1)
    best=$(python3 -c "print(min(x for x in [$s, ${best:-$s}]))")
  done
  echo "$best"
}

records=$(wc -l <"$archive")
one=$(best_seconds --jobs 1 "$archive")
two=$(best_seconds --jobs 2 "$archive")
for _ in 1 2 3 4; do cat "$archive"; done >"$scratch/four.jsonl"
rss_one=$(measure --jobs 2 "$archive" | cut -d' ' -f2)
rss_four=$(measure --jobs 2 "$scratch/four.jsonl" | cut -d' ' -f2)
python3 - "$records" "$one" "$two" "$rss_one" "$rss_four" <<'PY'
import sys
records, one, two, rss_one, rss_four = int(sys.argv[1]), *map(float, sys.argv[2:])
print(f"records: {records}")
print(f"--jobs 1: {one:.2f} s ({records / one:.0f} documents/s)")
print(f"--jobs 2: {two:.2f} s ({records / two:.0f} documents/s), speed-up {one / two:.2f}x")
print(f"peak RSS, --jobs 2: {rss_one / 1024:.1f} MiB for {records} records, {rss_four / 1024:.1f} MiB for {4 * records}")
PY
