#!/usr/bin/env bash
# An archive of a million revisions against one of a thousand, on SQLite and on PostgreSQL:
# fills both with the `archive` bench (SQLite), copies each to PostgreSQL with `bitext copy`,
# then, per database kind, measures the read paths on both sizes in the same run (`read_latency`
# bench), prints the plans of the hot queries and the bytes a stored revision takes.
#
# Usage: scripts/bench-archive.sh [OUT_DIR]
#   OUT_DIR  where the archives and reports go (default target/bench-archive); the SQLite
#            archives are kept, so a second run reuses them (delete them to fill again)
# Environment:
#   BITEXT_BENCH_PG_URL     a PostgreSQL server's maintenance database (e.g.
#                           postgres://postgres@127.0.0.1:5432/test); the databases
#                           bitext_archive_1k and bitext_archive_1m are made on it (and made
#                           again on every run). Unset: PostgreSQL is skipped.
#   BITEXT_BENCH_ARTICLES   articles of the large archive (default 100000: 1,000,000 revisions)
#   BITEXT_BENCH_REQUESTS   requests a path on each archive (default 300)
# Needs the sqlite3 command (Debian: sqlite3) for the plans and sizes, and psql for PostgreSQL.
# Filling the large archive takes about 4 minutes and 5.9 GB; copying it to PostgreSQL about 15.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$(realpath -m "${1:-target/bench-archive}")
ARTICLES=${BITEXT_BENCH_ARTICLES:-100000}
mkdir -p "$OUT"
export CARGO_INCREMENTAL=0
cargo build -q --release
cargo bench -q -p bitext --bench archive --bench read_latency --no-run
BITEXT=target/release/bitext

fill() { # FILE ARTICLES
    if [ ! -s "$1" ]; then
        echo "== filling $1 with $2 articles"
        BITEXT_ARCHIVE_ARTICLES=$2 BITEXT_ARCHIVE_DATABASE_URL="sqlite://$1" \
            cargo bench -q -p bitext --bench archive
    fi
}
fill "$OUT/archive-1k.db" 100
fill "$OUT/archive-1m.db" "$ARTICLES"
# The archives are written without statistics (no ANALYZE), as the server keeps its own
# SQLite database. Migrations written since an archive was filled apply to it here.
for size in 1k 1m; do "$BITEXT" --database-url "sqlite://$OUT/archive-$size.db" migrate; done

sqlite_plans() { # FILE
    local db=$1
    local slug
    slug=$(sqlite3 "$db" "SELECT slug FROM articles WHERE id = 4242 % (SELECT MAX(id) FROM articles) + 1")
    while IFS= read -r query; do
        echo "$query"
        sqlite3 "$db" "EXPLAIN QUERY PLAN ${query//SLUG/$slug}" | sed 's/^/    /'
    done < scripts/archive-queries.sql
}

sizes() { # FILE: bytes per table and index, and per stored revision
    sqlite3 "$1" "
        SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 12;
        SELECT 'revisions', (SELECT COUNT(*) FROM article_revisions) + (SELECT COUNT(*) FROM translation_revisions);
        SELECT 'file bytes per revision', (SELECT page_count * page_size FROM pragma_page_count, pragma_page_size)
            / ((SELECT COUNT(*) FROM article_revisions) + (SELECT COUNT(*) FROM translation_revisions));
        SELECT 'revision rows and indexes per revision', (SELECT SUM(pgsize) FROM dbstat WHERE name IN
            ('article_revisions', 'translation_revisions', 'ux_article_revisions_number', 'ux_translation_revisions_number'))
            / ((SELECT COUNT(*) FROM article_revisions) + (SELECT COUNT(*) FROM translation_revisions));
        SELECT 'body bytes per revision', ((SELECT SUM(LENGTH(CAST(body AS BLOB))) FROM article_revisions)
            + (SELECT SUM(LENGTH(CAST(body AS BLOB))) FROM translation_revisions))
            / ((SELECT COUNT(*) FROM article_revisions) + (SELECT COUNT(*) FROM translation_revisions));"
}

echo "== SQLite"
BITEXT_BENCH_SMALL_URL="sqlite://$OUT/archive-1k.db" BITEXT_BENCH_LARGE_URL="sqlite://$OUT/archive-1m.db" \
    cargo bench -q -p bitext --bench read_latency | tee "$OUT/sqlite.md"
{
    echo; echo "plans (1m):"; sqlite_plans "$OUT/archive-1m.db"
    echo; echo "sizes (1m):"; sizes "$OUT/archive-1m.db"
} | tee -a "$OUT/sqlite.md"

if [ -n "${BITEXT_BENCH_PG_URL:-}" ]; then
    SERVER=${BITEXT_BENCH_PG_URL%/*}
    for size in 1k 1m; do
        psql "$BITEXT_BENCH_PG_URL" -qc "DROP DATABASE IF EXISTS bitext_archive_$size" \
            -c "CREATE DATABASE bitext_archive_$size"
        echo "== copying the $size archive to PostgreSQL"
        "$BITEXT" copy --from "sqlite://$OUT/archive-$size.db" --to "$SERVER/bitext_archive_$size" | tail -1
        psql "$SERVER/bitext_archive_$size" -qc "VACUUM ANALYZE"
    done
    echo "== PostgreSQL"
    BITEXT_BENCH_SMALL_URL="$SERVER/bitext_archive_1k" BITEXT_BENCH_LARGE_URL="$SERVER/bitext_archive_1m" \
        cargo bench -q -p bitext --bench read_latency | tee "$OUT/postgres.md"
    slug=$(psql "$SERVER/bitext_archive_1m" -Atc "SELECT slug FROM articles WHERE id = 4242 % (SELECT MAX(id) FROM articles) + 1")
    {
        echo; echo "plans (1m):"
        while IFS= read -r query; do
            echo "$query"
            psql "$SERVER/bitext_archive_1m" -Atc "EXPLAIN (COSTS OFF) ${query//SLUG/$slug}" | sed 's/^/    /'
        done < scripts/archive-queries.sql
        echo; echo "sizes (1m):"
        psql "$SERVER/bitext_archive_1m" -Atc "
            SELECT relname, pg_total_relation_size(oid) FROM pg_class
                WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY 2 DESC LIMIT 8;
            SELECT 'database bytes per revision', pg_database_size(current_database())
                / ((SELECT COUNT(*) FROM article_revisions) + (SELECT COUNT(*) FROM translation_revisions));
            SELECT 'revision tables (with TOAST and indexes) per revision',
                (pg_total_relation_size('article_revisions') + pg_total_relation_size('translation_revisions'))
                / ((SELECT COUNT(*) FROM article_revisions) + (SELECT COUNT(*) FROM translation_revisions));"
    } | tee -a "$OUT/postgres.md"
fi
