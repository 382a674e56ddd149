# Bitext's everyday commands. Plain cargo works too: see README.md.

pg_url := env_var_or_default("BITEXT_TEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/test")

# Serve on SQLite (bitext.db in this folder).
serve:
    cargo run --release -- serve

# Run the tests on SQLite.
test:
    cargo test --workspace

# Run the tests on PostgreSQL, a fresh database per test.
test-pg:
    BITEXT_TEST_DATABASE_URL={{pg_url}} cargo test --workspace

# Formatting and clippy, as CI checks them.
lint:
    cargo fmt --all --check
    cargo clippy --workspace --all-targets -- -D warnings

# Diff benchmarks (criterion) and the bitext diff / git diff comparison.
bench:
    cargo bench -p bitext-domain --bench diff
    bash scripts/bench-cli-diff.sh

# Load the demo into bitext.db.
demo:
    cargo run -- demo

# Everything CI runs.
ci:
    bash .ci/run
