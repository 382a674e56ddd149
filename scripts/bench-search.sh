#!/usr/bin/env bash
# Search over 100,000 generated articles: p50/p95 per query on SQLite, and on PostgreSQL when
# BITEXT_BENCH_DATABASE_URL (or the first argument) names a server whose user may create
# databases. Prints Markdown tables; writes them to target/bench-search.md too.
# Usage: scripts/bench-search.sh [postgres://postgres@127.0.0.1:5432/test]
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_INCREMENTAL=0
if [ -n "${1:-}" ]; then
    export BITEXT_BENCH_DATABASE_URL="$1"
fi
cargo bench -p bitext-store --bench search | tee target/bench-search.md
