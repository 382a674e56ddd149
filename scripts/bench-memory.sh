#!/usr/bin/env bash
# The translation memory at a newsroom archive's scale (crates/app/benches/memory): fills a
# database with generated Chinese→English units through the real import path, then measures
# lookups (p50/p95/max per kind of query, and whether the original comes first), recording an
# approved 40-paragraph translation, and prints the plans of the candidate queries. On SQLite
# and on PostgreSQL, at each size given, ascending (the fill resumes where the last one ended).
#
# Usage: scripts/bench-memory.sh [SIZES] [OUT_DIR]
#   SIZES    comma-separated unit counts (default 100000,1000000)
#   OUT_DIR  where the reports go (default target/bench-memory): sqlite.md, postgres.md
# Environment:
#   BITEXT_BENCH_SQLITE_PATH  the SQLite file (default target/bench-memory/memory.db); kept, so
#                             a second run reuses the filled database
#   BITEXT_BENCH_PG_URL       a PostgreSQL server (e.g. postgres://postgres@127.0.0.1:5432/test);
#                             the database bitext_bench_memory is created on it, and dropped at
#                             the end unless BITEXT_BENCH_PG_KEEP=1. Unset: PostgreSQL is skipped.
#   BITEXT_BENCH_ONLY         sqlite or postgres, to run one of them
# Filling 1,000,000 units takes 4–6 minutes and 1.2 GiB (SQLite) to 2.8 GiB (PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${1:-100000,1000000}
OUT=${2:-target/bench-memory}
mkdir -p "$OUT"
export CARGO_INCREMENTAL=0
cargo bench -p bitext-app --bench memory --no-run 2>&1 | tail -1

run() { # NAME URL
    echo "== $1"
    BITEXT_BENCH_DATABASE_URL=$2 BITEXT_BENCH_UNITS=$SIZES \
        nice cargo bench -q -p bitext-app --bench memory | tee "$OUT/$1.md"
}

if [ "${BITEXT_BENCH_ONLY:-sqlite}" = sqlite ]; then
    DB=${BITEXT_BENCH_SQLITE_PATH:-$OUT/memory.db}
    run sqlite "sqlite://$(realpath -m "$DB")?mode=rwc"
fi
if [ -n "${BITEXT_BENCH_PG_URL:-}" ] && [ "${BITEXT_BENCH_ONLY:-postgres}" = postgres ]; then
    SERVER=${BITEXT_BENCH_PG_URL%/*}
    ADMIN=$BITEXT_BENCH_PG_URL
    psql "$ADMIN" -qc "CREATE DATABASE bitext_bench_memory" 2>/dev/null || true
    if [ "${BITEXT_BENCH_PG_KEEP:-0}" != 1 ]; then
        trap 'psql "$ADMIN" -qc "DROP DATABASE IF EXISTS bitext_bench_memory"' EXIT
    fi
    run postgres "$SERVER/bitext_bench_memory"
fi
