# Shared by up, down and smoke: where everything is and how to reach it. Sourced, not run.
# Every setting can be overridden from the environment (CK_CLUSTER_…).

set -euo pipefail
REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$REPO_DIR/infra/local-cluster"

# The work folder: databases, logs, certificate, secrets, pid files. `down` removes it.
WORK="${CK_CLUSTER_DIR:-/tmp/clusterkeep-cluster}"
# Ports, all on 127.0.0.1.
PG_PRIMARY_PORT="${CK_CLUSTER_PG_PRIMARY_PORT:-55432}"
PG_STANDBY_PORT="${CK_CLUSTER_PG_STANDBY_PORT:-55433}"
# The address the replicas use for the database: nginx's stream proxy in front of the primary
# (the standby is its backup), standing in for the floating address or DNS name a real
# deployment moves to the promoted standby.
PG_FRONT_PORT="${CK_CLUSTER_PG_FRONT_PORT:-55430}"
APP_PORTS=(${CK_CLUSTER_APP_PORTS:-18081 18082 18083})
HTTPS_PORT="${CK_CLUSTER_HTTPS_PORT:-18443}"
PUBLIC_URL="https://localhost:$HTTPS_PORT"

PG_BIN="${CK_CLUSTER_PG_BIN:-/usr/lib/postgresql/15/bin}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$REPO_DIR/target}"
BIN="${CLUSTERKEEP_BIN:-$CARGO_TARGET_DIR/release/clusterkeep}"

is_root() { [ "$(id -u)" = 0 ]; }

# PostgreSQL refuses to run as root: as root it runs as the postgres system user.
as_pg() {
  if is_root; then runuser -u postgres -- "$@"; else "$@"; fi
}

say() { printf '[local-cluster] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

# psql as the superuser over TCP (the password is in the work folder).
psql_at() {
  local port=$1; shift
  PGPASSWORD="$(cat "$WORK/secrets/postgres-password")" \
    "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d "${PGDATABASE:-postgres}" \
    -v ON_ERROR_STOP=1 -qAt "$@"
}

# Waits until `curl` of $1 answers 200, up to $2 seconds.
wait_http() {
  local url=$1 deadline=$((SECONDS + ${2:-60}))
  until curl -fsk --max-time 2 -o /dev/null "$url"; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 0.2
  done
}

# The pid in a pid file, if that process still runs.
live_pid() {
  local file=$1 pid
  [ -f "$file" ] || return 1
  pid=$(head -n1 "$file")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

# Request limits at nginx, per client address (every local client is 127.0.0.1, so generous).
RATE="${CK_CLUSTER_RATE:-200}"
BURST="${CK_CLUSTER_BURST:-400}"
CONNECTIONS="${CK_CLUSTER_CONNECTIONS:-200}"

# Writes $WORK/nginx/nginx.conf with the database address pointing at port $1.
render_nginx() {
  local db_port=$1 servers="" port user_line=""
  for port in "${APP_PORTS[@]}"; do
    servers+="        server 127.0.0.1:$port max_fails=2 fail_timeout=5s;"$'\n'
  done
  # As root the master keeps root and the workers run as nobody (they write only the temp folder).
  if is_root; then user_line="user nobody nogroup;"; fi
  local template
  template=$(<"$HERE/nginx.conf.in")
  template=${template//@UPSTREAM_SERVERS@/${servers%$'\n'}}
  template=${template//@USER_LINE@/$user_line}
  template=${template//@WORK@/$WORK}
  template=${template//@STREAM_MODULE@//usr/lib/nginx/modules/ngx_stream_module.so}
  template=${template//@HTTPS_PORT@/$HTTPS_PORT}
  template=${template//@PG_FRONT_PORT@/$PG_FRONT_PORT}
  template=${template//@DB_PORT@/$db_port}
  template=${template//@RATE@/$RATE}
  template=${template//@BURST@/$BURST}
  template=${template//@CONNECTIONS@/$CONNECTIONS}
  printf '%s\n' "$template" > "$WORK/nginx/nginx.conf"
}

# The replicas' environment: the same variables the container image is given (compose.yaml),
# with this machine's addresses. Extra KEY=value lines may come in CK_CLUSTER_APP_ENV.
write_app_env() {
  # Shell-quoted, since it is sourced (the sender's name has spaces and angle brackets).
  kv() { printf '%s=%q\n' "$1" "$2"; }
  {
    kv CLUSTERKEEP_CONFIG "$REPO_DIR/infra/clusterkeep.toml"
    kv DATABASE_URL "postgres://clusterkeep:$(cat "$WORK/secrets/app-password")@127.0.0.1:$PG_FRONT_PORT/clusterkeep"
    kv CLUSTERKEEP_PUBLIC_URL "$PUBLIC_URL"
    kv CLUSTERKEEP_JWT_SECRET "$(cat "$WORK/secrets/jwt-secret")"
    kv CLUSTERKEEP_MAIL_FROM "ClusterKeep <no-reply@clusterkeep.local>"
    kv CLUSTERKEEP_TRUSTED_PROXIES 127.0.0.1
    # The Prometheus scraper's token; /metrics is read on each replica's own address.
    kv CLUSTERKEEP_METRICS_TOKEN "$(cat "$WORK/secrets/metrics-token")"
    # Unset, mail waits in the outbox.
    if [ -n "${CK_CLUSTER_SMTP_URL:-}" ]; then kv SMTP_URL "$CK_CLUSTER_SMTP_URL"; fi
    kv RUST_LOG "${RUST_LOG:-info}"
    local line
    while IFS= read -r line; do
      if [ -n "$line" ]; then kv "${line%%=*}" "${line#*=}"; fi
    done <<< "${CK_CLUSTER_APP_ENV:-}"
  } > "$WORK/app.env"
  chmod 600 "$WORK/app.env"
}

# Starts replica $1 (1-based) in the background, with nothing of the caller's environment but
# PATH and HOME.
start_replica() {
  local n=$1 port=${APP_PORTS[$(($1 - 1))]}
  mkdir -p "$WORK/app$n"
  (
    cd "$WORK/app$n"
    exec env -i PATH="$PATH" HOME="${HOME:-/root}" bash -c '
      set -a; source "$1"; set +a
      export CLUSTERKEEP_ADDR="127.0.0.1:$2" CLUSTERKEEP_DATA_DIR="$3"
      # Named in pg_stat_activity, so an operator (or a test) can tell the replicas apart.
      export DATABASE_URL="$DATABASE_URL?application_name=clusterkeep-app$5"
      exec "$4" serve' replica "$WORK/app.env" "$port" "$WORK/app$n" "$BIN" "$n"
  ) >> "$WORK/logs/app$n.log" 2>&1 &
  echo $! > "$WORK/app$n.pid"
}

# Stops replica $1 with signal $2 (TERM: finish in-flight requests; KILL: a crash).
stop_replica() {
  local n=$1 signal=${2:-TERM} pid
  if pid=$(live_pid "$WORK/app$n.pid"); then
    kill "-$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$WORK/app$n.pid"
}
