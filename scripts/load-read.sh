#!/usr/bin/env bash
# Load test of the public paths readers and their apps hit: the article page
# (GET /read/{slug}/{lang}), its JSON, the front page (GET /read) and a language's Atom and JSON
# feeds, on `bitext serve` (release, SQLite, the demo's published articles), each against a
# bare axum server answering the same bytes, in the same run. Needs wrk. Loopback only;
# bounded in time.
# Usage: scripts/load-read.sh [SECONDS] [OUT.md]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-10}
OUT=${2:-target/load-read.md}
PORT=18181
BASE_PORT=18182
WORK=$(mktemp -d)
export BITEXT_DATABASE_URL="sqlite://$WORK/load.db"
export BITEXT_DELIVER_WEBHOOKS=false

cargo build --release --bins --example baseline_server -p bitext -p bitext-http 2>&1 | tail -1
BIN=target/release/bitext
"$BIN" demo > /dev/null 2>&1
RUST_LOG=warn "$BIN" serve --addr "127.0.0.1:$PORT" > "$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER ${BASELINE:-} 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.1; done

# Each path, with the content type the bare server answers it with.
PATHS=(
    "/read/riverside-market/en" "text/html; charset=utf-8"
    "/api/v1/published/riverside-market/en" "application/json"
    "/read" "text/html; charset=utf-8"
    "/feed/en.atom" "application/atom+xml; charset=utf-8"
    "/feed/en.json" "application/feed+json; charset=utf-8"
)
ROUTES=()
for ((i = 0; i < ${#PATHS[@]}; i += 2)); do
    path=${PATHS[i]}
    file="$WORK/body-$((i / 2))"
    curl -sf "http://127.0.0.1:$PORT$path" > "$file"
    ROUTES+=("$path=$file=${PATHS[i + 1]}")
done
target/release/examples/baseline_server "127.0.0.1:$BASE_PORT" "${ROUTES[@]}" &
BASELINE=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$BASE_PORT/read" >/dev/null && break; sleep 0.1; done

rps() {
    wrk -t2 -c64 -d"${SECONDS_EACH}s" --latency "$1" | tee -a "$WORK/wrk.log" | awk '/Requests\/sec/ {print $2}'
}

{
    echo "| path | bytes | bitext req/s | bare axum req/s | ratio |"
    echo "| --- | ---: | ---: | ---: | ---: |"
} > "$OUT.table"
: > "$OUT.runs"
for ((i = 0; i < ${#PATHS[@]}; i += 2)); do
    path=${PATHS[i]}
    # Alternate the two servers, twice each, and average, so that drift in the machine's load
    # falls on both sides.
    r1=$(rps "http://127.0.0.1:$PORT$path"); b1=$(rps "http://127.0.0.1:$BASE_PORT$path")
    b2=$(rps "http://127.0.0.1:$BASE_PORT$path"); r2=$(rps "http://127.0.0.1:$PORT$path")
    echo "runs of $path: bitext $r1 $r2, bare $b1 $b2" >> "$OUT.runs"
    bitext=$(echo "($r1 + $r2) / 2" | bc -l | xargs printf "%.0f")
    base=$(echo "($b1 + $b2) / 2" | bc -l | xargs printf "%.0f")
    printf "| \`GET %s\` | %s | %s | %s | %.2f |\n" "$path" "$(wc -c < "$WORK/body-$((i / 2))")" \
        "$bitext" "$base" "$(echo "$bitext / $base" | bc -l)" >> "$OUT.table"
done
cat "$OUT.runs" "$OUT.table" | tee "$OUT"
rm -f "$OUT.runs" "$OUT.table"
