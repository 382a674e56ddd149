#!/usr/bin/env bash
# Times `bitext diff` as a whole process against `git diff --no-index --word-diff=porcelain`
# on the criterion benchmark's generated inputs, in the same run. Needs hyperfine.
# Usage: scripts/bench-cli-diff.sh [OUT.md]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-target/bench-cli-diff.md}
cargo build --release --bin bitext
cargo run --release -q -p bitext-domain --example write_fixtures -- target/diff-fixtures
: > "$OUT"
for case in english_10k_words_1pct chinese_20k_chars_1pct english_100k_words_1pct unrelated_10k_words; do
    old=target/diff-fixtures/$case.old.txt
    new=target/diff-fixtures/$case.new.txt
    echo "### $case" >> "$OUT"
    hyperfine --warmup 3 --runs 30 -N -i --export-markdown target/hf.md \
        "target/release/bitext diff --format unified $old $new" \
        "target/release/bitext diff --format json $old $new" \
        "target/release/bitext diff --format html $old $new" \
        "git diff --no-index --word-diff=porcelain $old $new"
    cat target/hf.md >> "$OUT"
    echo >> "$OUT"
done
echo "results in $OUT"
