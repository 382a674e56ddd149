#!/usr/bin/env bash
# Runs schemathesis against a live `bitext serve` on a temporary SQLite database, with the demo
# loaded and a token holding every role. Fails on any 5xx or any response that does not match
# the OpenAPI document. Usage: scripts/schemathesis.sh [path/to/bitext]
set -euo pipefail

BIN=${1:-target/debug/bitext}
PORT=${BITEXT_ST_PORT:-18080}
EXAMPLES=${BITEXT_ST_EXAMPLES:-40}
WORK=$(mktemp -d)
export BITEXT_DATABASE_URL="sqlite://$WORK/st.db"
# Generated requests may register webhook URLs; this server must never call them.
export BITEXT_DELIVER_WEBHOOKS=false
# Generated requests come fast from one address; the rate limit has tests of its own.
export BITEXT_WRITE_RATE=0

"$BIN" demo > "$WORK/demo.txt"
TOKEN=$("$BIN" user add schemathesis --role translator,editor,publisher,admin)

"$BIN" serve --addr "127.0.0.1:$PORT" > "$WORK/serve.log" 2>&1 &
SERVER=$!
cleanup() {
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

for _ in $(seq 1 100); do
    if curl -sf "http://127.0.0.1:$PORT/readyz" > /dev/null; then break; fi
    sleep 0.1
done
curl -sf "http://127.0.0.1:$PORT/readyz" > /dev/null

status=0
st --config-file "$(dirname "$0")/schemathesis.toml" run "http://127.0.0.1:$PORT/api/openapi.json" \
    --header "Authorization: Bearer $TOKEN" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance \
    --max-examples "$EXAMPLES" \
    --workers 2 \
    --request-timeout 30 \
    --suppress-health-check all \
    --warnings off || status=$?
if grep -q "panicked" "$WORK/serve.log"; then
    echo "the server panicked:" >&2
    grep -A5 "panicked" "$WORK/serve.log" >&2
    exit 1
fi
exit $status
