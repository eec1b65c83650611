#!/usr/bin/env bash
# Every check, in the order that fails fastest. Used by `make test` and CI.
# REQUIRE_POSTGRES=1 makes missing PostgreSQL binaries a failure instead of a loud skip;
# REQUIRE_E2E=1 does the same for Chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
step() { printf '\n==> %s\n' "$*"; }

step "Rust format"
cargo fmt --all -- --check

step "Rust lints"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "Build"
cargo build --workspace --all-targets --locked

step "Throwaway PostgreSQL"
# The helper prints the cluster's URL, and stops and removes the cluster when its standard
# input closes (also if this script dies).
coproc PG { exec "$CARGO_TARGET_DIR/debug/clusterkeep" throwaway-postgres 2>&1; }
pg_url=""
read -r -t 60 pg_url <&"${PG[0]}" || true
if [[ $pg_url == postgres://* ]]; then
  export CLUSTERKEEP_TEST_POSTGRES_URL="$pg_url"
  echo "PostgreSQL for tests at $pg_url"
else
  echo "no throwaway PostgreSQL: $pg_url" >&2
  if [ "${REQUIRE_POSTGRES:-0}" = 1 ]; then
    echo "REQUIRE_POSTGRES=1 makes this a failure" >&2
    exit 1
  fi
  echo "WARNING: PostgreSQL tests will be SKIPPED" >&2
fi
stop_pg() {
  if [ -n "${PG_PID:-}" ]; then
    local pid=$PG_PID
    eval "exec ${PG[1]}>&-" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
}
trap stop_pg EXIT

step "Rust tests (SQLite and PostgreSQL)"
if command -v cargo-nextest >/dev/null 2>&1; then
  cargo nextest run --workspace --locked --no-fail-fast
else
  cargo test --workspace --locked --no-fail-fast
fi
stop_pg
trap - EXIT

step "Frontend: install, generated types, type-check, lint, unit tests, build"
(cd frontend && npm ci --no-audit --no-fund && npm run check && npm run build)

step "End-to-end in Chromium against the release server"
cargo build --release --locked -p clusterkeep
(cd e2e && npm ci --no-audit --no-fund && CLUSTERKEEP_BIN="$CARGO_TARGET_DIR/release/clusterkeep" npm test)

step "Production topology: PostgreSQL primary + synchronous standby, three replicas, nginx; failure tests"
if command -v nginx >/dev/null 2>&1 && [ -f /usr/lib/nginx/modules/ngx_stream_module.so ]; then
  CLUSTERKEEP_BIN="$CARGO_TARGET_DIR/release/clusterkeep" make cluster-test
elif [ "${REQUIRE_E2E:-0}" = 1 ]; then
  echo "nginx (with libnginx-mod-stream) is missing; REQUIRE_E2E=1 makes this a failure" >&2
  exit 1
else
  echo "WARNING: nginx (with libnginx-mod-stream) is missing: the local-cluster tests are SKIPPED" >&2
fi

echo
echo "All checks passed."
