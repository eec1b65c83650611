#!/usr/bin/env bash
# Where one request's time goes (issue 16's "How"), for node(id), me and the invoice page beside
# the bare reference: on a PostgreSQL cluster of its own that logs every statement with its
# duration, it prints
#   - the statements (round trips) one request costs, with their server-side time;
#   - latency with one connection (nothing queued: the cost of one request end to end);
#   - CPU per request under load (wrk at 32 connections), split between the server, PostgreSQL
#     and wrk, from /proc.
# Needs the release binaries (`make bench` builds them). BENCH_KEEP=1 keeps the logs.
set -euo pipefail
cd "$(dirname "$0")/../.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
export BENCH_LUA_DIR="$PWD/infra/bench/lua"
bin="$CARGO_TARGET_DIR/release/clusterkeep"
reference_bin="$CARGO_TARGET_DIR/release/bench-reference"
pg_bin=/usr/lib/postgresql/15/bin
samples=${BENCH_SAMPLES:-20}

work=$(mktemp -d /tmp/clusterkeep-profile.XXXXXX)
chmod 755 "$work"
pids=()
pg_started=""
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$pg_started" ]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
wait_ready() {
  local deadline=$(($(date +%s) + 600))
  until curl -fsS -o /dev/null "$1" 2>/dev/null; do
    (($(date +%s) < deadline)) || return 1
    sleep 0.01
  done
}
post() {
  curl -fsS -X POST -H 'Content-Type: application/json' ${TOKEN:+-H "Authorization: Bearer $TOKEN"} \
    --data "$2" "$1/graphql"
}

# --- a cluster that logs every statement --------------------------------------------------------
mkdir -p "$work/pg"
chown postgres:postgres "$work/pg"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg/data" -A trust -U postgres -E UTF8 \
  --no-sync --locale=C >/dev/null
pg_port=$(free_port)
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/postgres.log" -w -o \
  "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=128MB -c log_line_prefix='%m [%p] '" \
  start >/dev/null
pg_started=1
admin_url="postgres://postgres@127.0.0.1:$pg_port/postgres"
db_url="postgres://postgres@127.0.0.1:$pg_port/clusterkeep_profile"
psql -q "$admin_url" -c "CREATE DATABASE clusterkeep_profile"
log_all() { psql -q "$admin_url" -c "ALTER SYSTEM SET log_min_duration_statement = $1" -c "SELECT pg_reload_conf()" >/dev/null; }

port=$(free_port)
url="http://127.0.0.1:$port"
mkdir -p "$work/data"
CLUSTERKEEP_ADDR="127.0.0.1:$port" DATABASE_URL="$db_url" CLUSTERKEEP_SEED_DEMO=true \
  CLUSTERKEEP_DATA_DIR="$work/data" CLUSTERKEEP_ACCESS_TOKEN_SECONDS=7200 \
  "$bin" serve >"$work/server.log" 2>&1 &
server=$!
pids+=("$server")
wait_ready "$url/readyz"
psql -q "$db_url" -c ANALYZE
TOKEN=$(post "$url" '{"query":"mutation { login(email: \"ops@dongsoc.example\", password: \"clusterkeep-demo\") { accessToken } }"}' |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["data"]["login"]["accessToken"])')
invoice_id=$(post "$url" '{"query":"{ invoices(first: 1) { nodes { id } } }"}' |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["data"]["invoices"]["nodes"][0]["id"])')
invoice_uuid=$(python3 -c "import base64, sys; s = sys.argv[1]; print(base64.urlsafe_b64decode(s + '=' * (-len(s) % 4)).decode().split(':', 1)[1])" "$invoice_id")
export BENCH_TOKEN=$TOKEN BENCH_INVOICE_ID=$invoice_id BENCH_INVOICE_UUID=$invoice_uuid

ref_port=$(free_port)
ref_url="http://127.0.0.1:$ref_port"
DATABASE_URL="$db_url" BENCH_REFERENCE_ADDR="127.0.0.1:$ref_port" "$reference_bin" >"$work/bare.log" 2>&1 &
ref=$!
pids+=("$ref")
wait_ready "$ref_url/readyz"

# The body a Lua script sends, for curl.
body_of() {
  case $1 in
  node) echo "{\"query\":\"query Node(\$id: ID!) { node(id: \$id) { ... on Invoice { id buyerName total status } } }\",\"variables\":{\"id\":\"$invoice_id\"}}" ;;
  me) echo '{"query":"query Me { me { id email displayName isPlatformAdmin membershipId } }"}' ;;
  invoices) echo '{"query":"query Invoices { invoices(first: 50) { nodes { id buyerName total status } } }"}' ;;
  bare) echo "{\"query\":\"query Invoice(\$id: UUID!) { invoice(id: \$id) { id buyerName total status } }\",\"variables\":{\"id\":\"$invoice_uuid\"}}" ;;
  esac
}

echo "== Statements per request (PostgreSQL log, $samples requests each, after 5 to warm up)"
log_all 0
for name in node me invoices bare; do
  target=$url
  token=$TOKEN
  if [ "$name" = bare ]; then target=$ref_url token=""; fi
  for _ in 1 2 3 4 5; do TOKEN=$token post "$target" "$(body_of "$name")" >/dev/null; done
  sleep 0.3
  from=$(wc -l <"$work/pg/postgres.log")
  for _ in $(seq "$samples"); do TOKEN=$token post "$target" "$(body_of "$name")" >/dev/null; done
  sleep 0.3
  tail -n +"$((from + 1))" "$work/pg/postgres.log" >"$work/log-$name.txt"
  python3 - "$work/log-$name.txt" "$samples" "$name" <<'EOF'
import re, sys, collections
path, n, name = sys.argv[1], int(sys.argv[2]), sys.argv[3]
kinds = collections.OrderedDict()
total_ms = 0.0
for line in open(path, encoding="utf-8", errors="replace"):
    m = re.search(r"duration: ([0-9.]+) ms  (statement|parse|bind|execute)[^:]*: (.*)", line)
    if not m:
        continue
    ms, phase, text = float(m.group(1)), m.group(2), m.group(3)
    total_ms += ms
    key = (phase, re.sub(r"\s+", " ", text)[:110])
    c, t = kinds.get(key, (0, 0.0))
    kinds[key] = (c + 1, t + ms)
trips = sum(c for (phase, _), (c, _) in kinds.items() if phase in ("statement", "execute"))
print(f"-- {name}: {trips / n:.1f} round trips per request, {total_ms / n * 1000:.0f} µs in PostgreSQL per request")
for (phase, text), (c, t) in kinds.items():
    print(f"   {c / n:4.1f} × {phase:9} {t / c * 1000:6.0f} µs  {text}")
EOF
done
log_all -1

echo
echo "== One connection, nothing queued (wrk -t1 -c1 -d5s): latency of one request"
for name in node me invoices bare; do
  target=$url
  if [ "$name" = bare ]; then target=$ref_url; fi
  BENCH_TOKEN=$([ "$name" = bare ] || echo "$TOKEN") wrk -t1 -c1 -d5s --latency -s "$BENCH_LUA_DIR/$name.lua" "$target/graphql" >"$work/c1-$name.txt"
  printf '   %-9s %8s req/s  p50 %s  p99 %s\n' "$name" \
    "$(awk '/^Requests\/sec:/ { print $2 }' "$work/c1-$name.txt")" \
    "$(awk '$1 == "50%" { print $2 }' "$work/c1-$name.txt")" \
    "$(awk '$1 == "99%" { print $2 }' "$work/c1-$name.txt")"
done

echo
echo "== CPU per request under load (wrk -t2 -c32 -d10s), from /proc: server | PostgreSQL | wrk"
ticks=$(getconf CLK_TCK)
cpu_of() { awk '{ s += $14 + $15 } END { print s + 0 }' "${@/#//proc/}" 2>/dev/null || echo 0; }
sys_of() { awk '{ s += $15 } END { print s + 0 }' "${@/#//proc/}" 2>/dev/null || echo 0; }
# The postmaster of this script's cluster and its backends.
pg_pids() {
  local main
  main=$(head -1 "$work/pg/data/postmaster.pid")
  echo "$main/stat"
  pgrep -P "$main" | sed 's#$#/stat#'
}
for name in node me invoices bare; do
  target=$url
  server_pid=$server
  if [ "$name" = bare ]; then target=$ref_url server_pid=$ref; fi
  # shellcheck disable=SC2046
  pg_before=$(cpu_of $(pg_pids))
  srv_before=$(cpu_of "$server_pid/stat")
  srv_sys_before=$(sys_of "$server_pid/stat")
  TIMEFORMAT='%U %S'
  { time BENCH_TOKEN=$([ "$name" = bare ] || echo "$TOKEN") \
    wrk -t2 -c32 -d10s -s "$BENCH_LUA_DIR/$name.lua" "$target/graphql" >"$work/load-$name.txt"; } 2>"$work/wrk-cpu-$name.txt"
  # shellcheck disable=SC2046
  pg_after=$(cpu_of $(pg_pids))
  srv_after=$(cpu_of "$server_pid/stat")
  srv_sys_after=$(sys_of "$server_pid/stat")
  requests=$(awk '/requests in/ { print $1 }' "$work/load-$name.txt")
  python3 - "$name" "$requests" "$ticks" "$((srv_after - srv_before))" "$((pg_after - pg_before))" "$(cat "$work/wrk-cpu-$name.txt")" "$((srv_sys_after - srv_sys_before))" <<'EOF'
import sys
name, requests, ticks, srv, pg = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
wrk_user, wrk_sys = map(float, sys.argv[6].split())
srv_sys = int(sys.argv[7])
us = lambda t: t / ticks / requests * 1e6
wrk = (wrk_user + wrk_sys) / requests * 1e6
print(f"   {name:9} {requests / 10:7.0f} req/s   server {us(srv):5.0f} µs (kernel {us(srv_sys):4.0f}) | PostgreSQL {us(pg):5.0f} µs | wrk {wrk:4.0f} µs  per request")
EOF
done
