#!/usr/bin/env bash
# Load test of the hottest path: GET /read/{slug}/{lang} and GET /api/v1/published/{slug}/{lang}
# on `bitext serve` (release, SQLite, the demo's published article), against a bare axum server
# answering the same bytes, in the same run. Needs wrk. Loopback only; bounded in time.
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

cargo build --release --bin bitext --example baseline_server -p bitext -p bitext-http 2>&1 | tail -1
BIN=target/release/bitext
"$BIN" demo > /dev/null 2>&1
RUST_LOG=warn "$BIN" serve --addr "127.0.0.1:$PORT" > "$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER ${BASELINE:-} 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.1; done

READ="/read/riverside-market/en"
JSON="/api/v1/published/riverside-market/en"
curl -sf "http://127.0.0.1:$PORT$READ" > "$WORK/page.html"
curl -sf "http://127.0.0.1:$PORT$JSON" > "$WORK/page.json"
target/release/examples/baseline_server "127.0.0.1:$BASE_PORT" "$WORK/page.html" "$WORK/page.json" &
BASELINE=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$BASE_PORT/read" >/dev/null && break; sleep 0.1; done

rps() {
    wrk -t2 -c64 -d"${SECONDS_EACH}s" --latency "$1" | tee -a "$WORK/wrk.log" | awk '/Requests\/sec/ {print $2}'
}
# Alternate the two servers, twice each, and add up, so that drift in the machine's load
# falls on both sides.
r1=$(rps "http://127.0.0.1:$PORT$READ"); b1=$(rps "http://127.0.0.1:$BASE_PORT/read")
b2=$(rps "http://127.0.0.1:$BASE_PORT/read"); r2=$(rps "http://127.0.0.1:$PORT$READ")
j1=$(rps "http://127.0.0.1:$PORT$JSON"); c1=$(rps "http://127.0.0.1:$BASE_PORT/json")
c2=$(rps "http://127.0.0.1:$BASE_PORT/json"); j2=$(rps "http://127.0.0.1:$PORT$JSON")
read_bitext=$(echo "($r1 + $r2) / 2" | bc -l | xargs printf "%.0f")
read_base=$(echo "($b1 + $b2) / 2" | bc -l | xargs printf "%.0f")
json_bitext=$(echo "($j1 + $j2) / 2" | bc -l | xargs printf "%.0f")
json_base=$(echo "($c1 + $c2) / 2" | bc -l | xargs printf "%.0f")

{
    echo "runs: $r1 $r2 / $b1 $b2 (read), $j1 $j2 / $c1 $c2 (json)"
    echo
    echo "| path | bytes | bitext req/s | bare axum req/s | ratio |"
    echo "| --- | ---: | ---: | ---: | ---: |"
    printf "| \`GET %s\` | %s | %s | %s | %.2f |\n" "$READ" "$(wc -c < "$WORK/page.html")" "$read_bitext" "$read_base" "$(echo "$read_bitext / $read_base" | bc -l)"
    printf "| \`GET %s\` | %s | %s | %s | %.2f |\n" "$JSON" "$(wc -c < "$WORK/page.json")" "$json_bitext" "$json_base" "$(echo "$json_bitext / $json_base" | bc -l)"
} | tee "$OUT"
