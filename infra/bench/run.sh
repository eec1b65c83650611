#!/usr/bin/env bash
# `make bench`: the hot-path benchmark of issue 16, in one run on this machine.
#
# On a throwaway PostgreSQL 15 cluster with the demo: the release server under wrk for node(id),
# me and a page of 50 invoices, beside two references on the same database (the bare
# actix-web + async-graphql + sea-orm server in infra/bench/reference, and PostGraphile 4 from npm
# in a temporary folder); the server's peak memory and its start-to-ready time; the same requests
# on the embedded SQLite default; then the billing-run benchmark against COPY. It prints figures
# and never fails on a number.
#
# Knobs: BENCH_THREADS (2), BENCH_CONNECTIONS (32), BENCH_DURATION (15s), BENCH_WARMUP (3s),
# BENCH_LEASES (100000) and BENCH_FIRMS (20000) for the billing run, BENCH_SKIP (a comma list of
# build, postgres, bare, postgraphile, sqlite, billing, reminders, maintenance, upkeep), BENCH_KEEP=1 keeps
# the work folder (logs). BENCH_REQUESTS (20000) and BENCH_ITERATIONS (200) for the maintenance queue;
# BENCH_SCHEDULES (2000), BENCH_FUND_ENTRIES (50000) and BENCH_UPKEEP_ITERATIONS (20) for upkeep.
set -euo pipefail
cd "$(dirname "$0")/../.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
export BENCH_LUA_DIR="$PWD/infra/bench/lua"

threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-32}
duration=${BENCH_DURATION:-15s}
warmup=${BENCH_WARMUP:-3s}
skip=",${BENCH_SKIP:-},"
bin="$CARGO_TARGET_DIR/release/clusterkeep"
reference_bin="$CARGO_TARGET_DIR/release/bench-reference"
operator_email=ops@dongsoc.example
demo_password=clusterkeep-demo

step() { printf '\n==> %s\n' "$*"; }
skipped() { [[ $skip == *",$1,"* ]]; }
need() {
  command -v "$1" >/dev/null || {
    echo "make bench needs $1 ($2)" >&2
    exit 1
  }
}
need wrk "apt-get install wrk"
need curl "apt-get install curl"
need psql "apt-get install postgresql-client-15"
need python3 "apt-get install python3"

work=$(mktemp -d /tmp/clusterkeep-bench.XXXXXX)
chmod 755 "$work"
declare -A RPS P50 P99 NOTE
labels=()
servers=()

# --- processes --------------------------------------------------------------------------------

pg_pid=""
cleanup() {
  local pid
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${servers[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$pg_pid" ]; then
    eval "exec ${PG[1]}>&-" 2>/dev/null || true
    wait "$pg_pid" 2>/dev/null || true
  fi
  if [ "${BENCH_KEEP:-0}" = 1 ]; then
    echo "work folder kept: $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

now_ns() { date +%s%N; }

# Waits until GET $1 answers 200; fails after $2 seconds.
wait_ready() {
  local url=$1 deadline=$(($(date +%s) + ${2:-120}))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if (($(date +%s) > deadline)); then
      echo "$url did not become ready" >&2
      return 1
    fi
    sleep 0.005
  done
}

# Stops a server started by this script and forgets it.
stop_server() {
  local pid=$1 kept=() p
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for p in "${servers[@]}"; do [ "$p" != "$pid" ] && kept+=("$p"); done
  servers=("${kept[@]}")
}

# Peak resident memory of a process so far, in MB (VmHWM).
peak_rss_mb() {
  awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"
}

# Starts ClusterKeep with the environment given as arguments (NAME=value ...); sets server_pid
# and server_url and records exec-to-ready in ready_ms.
start_clusterkeep() {
  local log=$1
  shift
  local port
  port=$(free_port)
  server_url="http://127.0.0.1:$port"
  local started
  started=$(now_ns)
  env CLUSTERKEEP_ADDR="127.0.0.1:$port" "$@" "$bin" serve >>"$log" 2>&1 &
  server_pid=$!
  servers+=("$server_pid")
  wait_ready "$server_url/readyz" 600
  ready_ms=$((($(now_ns) - started) / 1000000))
}

# --- GraphQL from the shell -------------------------------------------------------------------

# POSTs a GraphQL body to $1 with the token in $2 (may be empty); prints the response.
gql() {
  local url=$1 token=$2 body=$3
  local auth=()
  [ -n "$token" ] && auth=(-H "Authorization: Bearer $token")
  curl -fsS -X POST -H 'Content-Type: application/json' "${auth[@]}" --data "$body" "$url/graphql"
}

json_get() { python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; }

# Signs in as the operator; prints the access token.
sign_in() {
  gql "$1" "" "{\"query\":\"mutation { login(email: \\\"$operator_email\\\", password: \\\"$demo_password\\\") { accessToken } }\"}" |
    json_get 'd["data"]["login"]["accessToken"]'
}

# Prints the global id of the newest invoice the operator sees.
first_invoice_id() {
  gql "$1" "$2" '{"query":"{ invoices(first: 1) { nodes { id } } }"}' |
    json_get 'd["data"]["invoices"]["nodes"][0]["id"]'
}

# A global id is base64url("Invoice:<uuid>"); prints the uuid.
uuid_of() {
  python3 -c "import base64, sys; s = sys.argv[1]; print(base64.urlsafe_b64decode(s + '=' * (-len(s) % 4)).decode().split(':', 1)[1])" "$1"
}

# --- wrk --------------------------------------------------------------------------------------

# Latency as wrk prints it (812.00us, 2.93ms, 1.02s) in milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.0f", v * 60000 }
    else { sub(/s$/, "", v); printf "%.0f", v * 1000 }
  }'
}

# measure LABEL URL SCRIPT: checks that one request answers data, warms up, then measures.
measure() {
  local label=$1 url=$2 script=$BENCH_LUA_DIR/$3 out=$work/wrk-$1.txt
  local check
  check=$(BENCH_CHECK=1 wrk -t1 -c1 -d2s -s "$script" "$url/graphql" | grep '^HTTP ' | head -1 || true)
  if [[ $check != "HTTP 200 "*'"data"'* ]] || [[ $check == *'"errors"'* ]]; then
    echo "  $label: the request does not answer data, not measured: ${check:0:300}" >&2
    NOTE[$label]="request failed"
    labels+=("$label")
    return 0
  fi
  wrk -t"$threads" -c"$connections" -d"$warmup" -s "$script" "$url/graphql" >/dev/null
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$script" "$url/graphql" >"$out"
  RPS[$label]=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
  P50[$label]=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
  P99[$label]=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
  local bad
  bad=$(awk '/Non-2xx|Socket errors/' "$out" | tr -s ' ' | tr '\n' ';')
  if [ -n "$bad" ]; then NOTE[$label]=$bad; fi
  labels+=("$label")
  printf '  %-34s %8s req/s   p50 %8s ms   p99 %8s ms  %s\n' \
    "$label" "${RPS[$label]}" "${P50[$label]}" "${P99[$label]}" "${NOTE[$label]:-}"
}

# --- build ------------------------------------------------------------------------------------

if ! skipped build; then
  step "Build: release server, bare reference, billing benchmark"
  cargo build --release --locked -p clusterkeep -p bench-reference
  if ! skipped billing; then
    cargo bench --locked -p clusterkeep --bench billing --no-run
  fi
  if ! skipped reminders; then
    cargo bench --locked -p clusterkeep --bench reminders --no-run
  fi
  if ! skipped maintenance; then
    cargo bench --locked -p clusterkeep --bench maintenance --no-run
  fi
  if ! skipped upkeep; then
    cargo bench --locked -p clusterkeep --bench upkeep --no-run
  fi
fi

machine="$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at start"
pg_server_mb="" pg_ready_ms="" sqlite_server_mb="" sqlite_ready_ms="" bare_mb="" pgl_mb=""
pg_seed_ms="" sqlite_seed_ms="" pg_seed_mb="" sqlite_seed_mb="" billing_line="" billing_ratio=""

# --- PostgreSQL -------------------------------------------------------------------------------

if ! skipped postgres; then
  step "Throwaway PostgreSQL 15 with the demo"
  coproc PG { exec "$bin" throwaway-postgres 2>&1; }
  pg_pid=$PG_PID
  admin_url=""
  read -r -t 60 admin_url <&"${PG[0]}" || true
  if [[ $admin_url != postgres://* ]]; then
    echo "no throwaway PostgreSQL: $admin_url" >&2
    exit 1
  fi
  db_url="${admin_url%/*}/clusterkeep_bench"
  psql -q "$admin_url" -c "CREATE DATABASE clusterkeep_bench"
  mkdir -p "$work/pg-data"
  echo "PostgreSQL at $db_url"

  start_clusterkeep "$work/server-pg.log" DATABASE_URL="$db_url" CLUSTERKEEP_SEED_DEMO=true \
    CLUSTERKEEP_DATA_DIR="$work/pg-data" CLUSTERKEEP_ACCESS_TOKEN_SECONDS=7200
  pg_seed_ms=$ready_ms
  pg_seed_mb=$(peak_rss_mb "$server_pid")
  stop_server "$server_pid"
  psql -q "$db_url" -c "ANALYZE"
  # Measured on a server started on the seeded database, as a server runs in production: the
  # seeding's own peak is reported apart.
  times=()
  start_clusterkeep "$work/server-pg.log" DATABASE_URL="$db_url" CLUSTERKEEP_DATA_DIR="$work/pg-data" \
    CLUSTERKEEP_ACCESS_TOKEN_SECONDS=7200
  times+=("$ready_ms")
  token=$(sign_in "$server_url")
  invoice_id=$(first_invoice_id "$server_url" "$token")
  invoice_uuid=$(uuid_of "$invoice_id")
  invoices=$(psql -tAq "$db_url" -c "SELECT count(*) FROM invoices")
  echo "demo seeded and ready in ${pg_seed_ms} ms; $invoices invoices; measuring invoice $invoice_uuid"

  step "ClusterKeep on PostgreSQL ($threads threads, $connections connections, $duration)"
  export BENCH_TOKEN=$token BENCH_INVOICE_ID=$invoice_id BENCH_INVOICE_UUID=$invoice_uuid
  measure "pg node(id)" "$server_url" node.lua
  measure "pg me" "$server_url" me.lua
  measure "pg invoices(first: 50)" "$server_url" invoices.lua
  pg_server_mb=$(peak_rss_mb "$server_pid")
  stop_server "$server_pid"

  step "Start to ready on the existing PostgreSQL database (3 starts, the measured one first)"
  for _ in 1 2; do
    start_clusterkeep "$work/server-pg.log" DATABASE_URL="$db_url" CLUSTERKEEP_DATA_DIR="$work/pg-data"
    times+=("$ready_ms")
    stop_server "$server_pid"
  done
  pg_ready_ms=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
  echo "  exec to /readyz 200: ${times[*]} ms (median $pg_ready_ms)"
  export BENCH_TOKEN=""

  if ! skipped bare; then
    step "Reference: bare actix-web + async-graphql + sea-orm (infra/bench/reference)"
    port=$(free_port)
    DATABASE_URL="$db_url" BENCH_REFERENCE_ADDR="127.0.0.1:$port" "$reference_bin" \
      >"$work/bare.log" 2>&1 &
    bare_pid=$!
    servers+=("$bare_pid")
    wait_ready "http://127.0.0.1:$port/readyz" 60
    measure "bare point lookup" "http://127.0.0.1:$port" bare.lua
    measure "bare invoices(first: 50)" "http://127.0.0.1:$port" bare-page.lua
    bare_mb=$(peak_rss_mb "$bare_pid")
    stop_server "$bare_pid"
  fi

  if ! skipped postgraphile; then
    step "Reference: PostGraphile 4 from npm (temporary folder)"
    if command -v npm >/dev/null && (cd "$work" && mkdir -p postgraphile && cd postgraphile &&
      npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error postgraphile@4 >/dev/null); then
      port=$(free_port)
      (cd "$work/postgraphile" && NODE_ENV=production exec node_modules/.bin/postgraphile \
        --connection "$db_url" --schema public --host 127.0.0.1 --port "$port" \
        --disable-query-log --disable-graphiql) >"$work/postgraphile.log" 2>&1 &
      pgl_pid=$!
      servers+=("$pgl_pid")
      pgl_url="http://127.0.0.1:$port"
      deadline=$(($(date +%s) + 60))
      until gql "$pgl_url" "" '{"query":"{ __typename }"}' >/dev/null 2>&1; do
        (($(date +%s) < deadline)) || break
        sleep 0.2
      done
      pgl_version=$(cd "$work/postgraphile" && node -p 'require("postgraphile/package.json").version')
      echo "  postgraphile $pgl_version, connected as the cluster's superuser (row-level security does not apply)"
      measure "PostGraphile point lookup" "$pgl_url" postgraphile.lua
      measure "PostGraphile allInvoices(first: 50)" "$pgl_url" postgraphile-page.lua
      pgl_mb=$(peak_rss_mb "$pgl_pid")
      stop_server "$pgl_pid"
    else
      echo "  PostGraphile could not be installed (npm): SKIPPED" >&2
    fi
  fi

  eval "exec ${PG[1]}>&-"
  wait "$pg_pid" 2>/dev/null || true
  pg_pid=""
fi

# --- SQLite -----------------------------------------------------------------------------------

if ! skipped sqlite; then
  step "ClusterKeep on the embedded SQLite default (fresh data folder, demo)"
  start_clusterkeep "$work/server-sqlite.log" CLUSTERKEEP_DATA_DIR="$work/sqlite-data" \
    CLUSTERKEEP_ACCESS_TOKEN_SECONDS=7200
  sqlite_seed_ms=$ready_ms
  sqlite_seed_mb=$(peak_rss_mb "$server_pid")
  stop_server "$server_pid"
  times=()
  start_clusterkeep "$work/server-sqlite.log" CLUSTERKEEP_DATA_DIR="$work/sqlite-data" \
    CLUSTERKEEP_ACCESS_TOKEN_SECONDS=7200
  times+=("$ready_ms")
  token=$(sign_in "$server_url")
  invoice_id=$(first_invoice_id "$server_url" "$token")
  echo "demo seeded and ready in ${sqlite_seed_ms} ms"
  export BENCH_TOKEN=$token BENCH_INVOICE_ID=$invoice_id
  measure "sqlite node(id)" "$server_url" node.lua
  measure "sqlite me" "$server_url" me.lua
  measure "sqlite invoices(first: 50)" "$server_url" invoices.lua
  sqlite_server_mb=$(peak_rss_mb "$server_pid")
  stop_server "$server_pid"
  for _ in 1 2; do
    start_clusterkeep "$work/server-sqlite.log" CLUSTERKEEP_DATA_DIR="$work/sqlite-data"
    times+=("$ready_ms")
    stop_server "$server_pid"
  done
  sqlite_ready_ms=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
  echo "  start to ready on the existing SQLite database: ${times[*]} ms (median $sqlite_ready_ms)"
fi

# --- billing run ------------------------------------------------------------------------------

if ! skipped billing; then
  step "Billing run against COPY (BENCH_LEASES=${BENCH_LEASES:-100000}, BENCH_FIRMS=${BENCH_FIRMS:-20000})"
  RUST_LOG=${RUST_LOG:-warn,clusterkeep::billing=info} \
    cargo bench --locked -p clusterkeep --bench billing 2>&1 | tee "$work/billing.txt" |
    grep -E '^(## |run, |COPY |ratio |seeded)|billing run issued' || true
  billing_line=$(grep '^run, start to issued' "$work/billing.txt" || true)
  billing_ratio=$(awk '/^ratio run \/ COPY:/ { print $5 }' "$work/billing.txt")
fi

# --- reminder sweep ---------------------------------------------------------------------------

if ! skipped reminders; then
  step "Reminder sweep (BENCH_INVOICES=${BENCH_INVOICES:-100000}, BENCH_FIRMS=${BENCH_FIRMS:-20000})"
  RUST_LOG=${RUST_LOG:-warn} \
    cargo bench --locked -p clusterkeep --bench reminders 2>&1 | tee "$work/reminders.txt" |
    grep -E '^(## |first sweep|second sweep)' || true
fi

# --- maintenance queue -----------------------------------------------------------------------

if ! skipped maintenance; then
  step "Maintenance queue (BENCH_REQUESTS=${BENCH_REQUESTS:-20000}, BENCH_ITERATIONS=${BENCH_ITERATIONS:-200})"
  RUST_LOG=${RUST_LOG:-warn} \
    cargo bench --locked -p clusterkeep --bench maintenance 2>&1 | tee "$work/maintenance.txt" |
    grep -E '^(## |queue, |statements per page)' || true
fi

# --- upkeep: occurrences and the fund statement ----------------------------------------------

if ! skipped upkeep; then
  step "Upkeep (BENCH_SCHEDULES=${BENCH_SCHEDULES:-2000}, BENCH_FUND_ENTRIES=${BENCH_FUND_ENTRIES:-50000})"
  RUST_LOG=${RUST_LOG:-warn} \
    cargo bench --locked -p clusterkeep --bench upkeep 2>&1 | tee "$work/upkeep.txt" |
    grep -E '^(## |first sweep|second sweep|fund summary|statement, )' || true
fi

# --- summary ----------------------------------------------------------------------------------

ratio() {
  local a=${RPS[$1]:-} b=${RPS[$2]:-}
  if [ -n "$a" ] && [ -n "$b" ]; then awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f×", a / b }'; else echo "–"; fi
}

step "Summary ($(date -u +%F), $machine)"
echo "wrk -t$threads -c$connections -d$duration --latency, release build, server and database on this machine"
echo
echo "| request | req/s | p50 ms | p99 ms | × PostGraphile | × bare |"
echo "|---|---:|---:|---:|---:|---:|"
for label in "${labels[@]}"; do
  printf '| %s | %s | %s | %s | %s | %s |\n' "$label" "${RPS[$label]:-${NOTE[$label]:-}}" \
    "${P50[$label]:-}" "${P99[$label]:-}" \
    "$(ratio "$label" "PostGraphile point lookup")" "$(ratio "$label" "bare point lookup")"
done
echo
echo "| other | figure |"
echo "|---|---|"
if [ -n "$pg_server_mb" ]; then echo "| peak RSS of the server under load (started on the seeded database), PostgreSQL | $pg_server_mb MB |"; fi
if [ -n "$sqlite_server_mb" ]; then echo "| peak RSS of the server under load (started on the seeded database), SQLite | $sqlite_server_mb MB |"; fi
if [ -n "$bare_mb" ]; then echo "| peak RSS, bare reference / PostGraphile | $bare_mb MB / ${pgl_mb:-–} MB |"; fi
if [ -n "$pg_ready_ms" ]; then echo "| start to ready, existing PostgreSQL database (median of 3) | $pg_ready_ms ms |"; fi
if [ -n "$sqlite_ready_ms" ]; then echo "| start to ready, existing SQLite database (median of 3) | $sqlite_ready_ms ms |"; fi
if [ -n "$pg_seed_ms" ]; then echo "| first start with the demo seeded, PostgreSQL / SQLite | $pg_seed_ms ms / ${sqlite_seed_ms:-–} ms |"; fi
if [ -n "$pg_seed_mb" ]; then echo "| peak RSS of that first start (seeding the demo), PostgreSQL / SQLite | $pg_seed_mb MB / ${sqlite_seed_mb:-–} MB |"; fi
if [ -n "$billing_line" ]; then echo "| billing $billing_line | |"; fi
if [ -n "$billing_ratio" ]; then echo "| billing run / COPY of the same rows (aim ≤ 3) | $billing_ratio |"; fi
for label in "${labels[@]}"; do
  if [ -n "${NOTE[$label]:-}" ]; then echo "note: $label: ${NOTE[$label]}"; fi
done
exit 0
