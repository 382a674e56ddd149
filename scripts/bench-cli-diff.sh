#!/usr/bin/env bash
# Times `bitext diff` as a whole process against `git diff --no-index --word-diff=porcelain`
# on the criterion benchmark's generated inputs, in the same run, and prints each format's
# time as a ratio to git's (issue 13's target is 0.8 or less). Needs hyperfine and python3.
# Usage: scripts/bench-cli-diff.sh [OUT.md] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-target/bench-cli-diff.md}
RUNS=${2:-100}
cargo build --release --bins
cargo run --release -q -p bitext-domain --example write_fixtures -- target/diff-fixtures
{
    echo "| case | unified | json | html | git | unified / git | json / git | html / git |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} > "$OUT"
for case in english_10k_words_1pct chinese_20k_chars_1pct english_100k_words_1pct unrelated_10k_words; do
    old=target/diff-fixtures/$case.old.txt
    new=target/diff-fixtures/$case.new.txt
    hyperfine --warmup 10 --runs "$RUNS" -N -i --export-json target/hf.json \
        "target/release/bitext diff --format unified $old $new" \
        "target/release/bitext diff --format json $old $new" \
        "target/release/bitext diff --format html $old $new" \
        "git diff --no-index --word-diff=porcelain $old $new" > /dev/null
    python3 - "$case" >> "$OUT" <<'PY'
import json, sys
r = [x["mean"] * 1e3 for x in json.load(open("target/hf.json"))["results"]]
git = r[3]
print(f"| {sys.argv[1]} | " + " | ".join(f"{t:.2f} ms" for t in r) + " | "
      + " | ".join(f"{t / git:.2f}" for t in r[:3]) + " |")
PY
done
cat "$OUT"
