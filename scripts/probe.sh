#!/usr/bin/env bash
# Probes a live `bitext serve` as an attacker would (scripts/probe.py): first over a fresh SQLite
# file, then, when BITEXT_PROBE_DATABASE_URL is set (a PostgreSQL admin URL such as
# postgres://postgres@127.0.0.1:5432/test), over a fresh PostgreSQL database created and dropped
# here. Each run loads the demo, adds a person with every role, serves on a free port with short
# edge timeouts and no write limit, and starts a second server on the same database with a tight
# write rate for the 429. Fails if a check failed, an answer was a 5xx, a server panicked, or the
# two databases answered the bad-input catalogue differently.
# Usage: scripts/probe.sh [path/to/bitext]   (default: target/debug/bitext)
set -euo pipefail

BIN=$(realpath "${1:-$(dirname "$0")/../target/debug/bitext}")
cd "$(dirname "$0")/.."
# The edge settings the slow-client checks rely on; probe.py is told the same.
TIMEOUT=2
WORK=$(mktemp -d)
SERVERS=()
PG_DB=""

cleanup() {
    for pid in "${SERVERS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${SERVERS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if [ -n "$PG_DB" ]; then
        psql "$BITEXT_PROBE_DATABASE_URL" -qAtc "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# Starts `bitext serve` on a free port with LOG as its log and the given VAR=VALUE settings;
# sets SERVER_PID and SERVER_URL once /readyz answers (bounded: 30 s).
start_server() {
    local log=$1
    shift
    : >"$log"
    env "$@" "$BIN" serve --addr 127.0.0.1:0 --header-timeout "$TIMEOUT" \
        --body-timeout "$TIMEOUT" --idle-timeout "$TIMEOUT" >"$log" 2>&1 &
    SERVER_PID=$!
    SERVERS+=("$SERVER_PID")
    SERVER_URL=""
    for _ in $(seq 1 300); do
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "bitext serve exited:" >&2
            cat "$log" >&2
            return 1
        fi
        if [ -z "$SERVER_URL" ]; then
            local addr
            addr=$(grep -Eo '127\.0\.0\.1:[0-9]+' "$log" | head -1 || true)
            [ -n "$addr" ] && SERVER_URL="http://$addr"
        fi
        if [ -n "$SERVER_URL" ] && curl -sf --max-time 2 "$SERVER_URL/readyz" >/dev/null; then
            return 0
        fi
        sleep 0.1
    done
    echo "bitext serve was not ready within 30 s:" >&2
    cat "$log" >&2
    return 1
}

# Stops a server and waits for it (bounded: 10 s, then SIGKILL).
stop_server() {
    local pid=$1
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# Runs the probe over one database: NAME, DATABASE_URL. Returns 1 if anything failed.
probe_on() {
    local name=$1 url=$2 dir="$WORK/$1" status=0 started=$SECONDS
    mkdir -p "$dir"
    echo
    echo "=== probe on $name"
    local token
    if ! BITEXT_DATABASE_URL="$url" "$BIN" demo >"$dir/setup.log" 2>&1 ||
        ! token=$(BITEXT_DATABASE_URL="$url" "$BIN" user add probe \
            --role translator,editor,publisher,admin 2>>"$dir/setup.log"); then
        echo "loading the demo or adding the probe's person failed on $name:" >&2
        cat "$dir/setup.log" >&2
        return 1
    fi
    start_server "$dir/serve.log" BITEXT_DATABASE_URL="$url" BITEXT_WRITE_RATE=0 || return 1
    local main_pid=$SERVER_PID main_url=$SERVER_URL
    start_server "$dir/tight.log" BITEXT_DATABASE_URL="$url" BITEXT_WRITE_RATE=1 \
        BITEXT_WRITE_BURST=2 BITEXT_DELIVER_WEBHOOKS=false || return 1
    local tight_pid=$SERVER_PID tight_url=$SERVER_URL
    python3 scripts/probe.py --base "$main_url" --token "$token" --pid "$main_pid" \
        --tight-base "$tight_url" --results "$dir/results.txt" \
        --header-timeout "$TIMEOUT" --body-timeout "$TIMEOUT" || status=1
    stop_server "$main_pid"
    stop_server "$tight_pid"
    for log in "$dir/serve.log" "$dir/tight.log"; do
        if grep -q "panicked" "$log"; then
            echo "a server panicked on $name:" >&2
            grep -A5 "panicked" "$log" >&2
            status=1
        fi
    done
    echo "--- probe on $name took $((SECONDS - started)) s"
    return $status
}

failed=0
probe_on sqlite "sqlite://$WORK/probe.db" || failed=1

if [ -n "${BITEXT_PROBE_DATABASE_URL:-}" ]; then
    PG_DB="bitext_probe_$$_$RANDOM"
    psql "$BITEXT_PROBE_DATABASE_URL" -qAtc "CREATE DATABASE $PG_DB" >/dev/null
    admin=${BITEXT_PROBE_DATABASE_URL%%\?*}
    query=""
    case $BITEXT_PROBE_DATABASE_URL in *\?*) query="?${BITEXT_PROBE_DATABASE_URL#*\?}" ;; esac
    probe_on postgres "${admin%/*}/$PG_DB$query" || failed=1
    if [ -f "$WORK/sqlite/results.txt" ] && [ -f "$WORK/postgres/results.txt" ]; then
        if diff -u "$WORK/sqlite/results.txt" "$WORK/postgres/results.txt"; then
            echo "ok    SQLite and PostgreSQL gave the same status and code to all $(wc -l <"$WORK/sqlite/results.txt") bad requests"
        else
            echo "FAIL  SQLite and PostgreSQL answered differently (above)"
            failed=1
        fi
    fi
fi
exit $failed
