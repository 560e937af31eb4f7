#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for tests and local runs, from Debian's server packages
# (scripts/setup.sh installs `postgresql`; the newest /usr/lib/postgresql/*/bin is used).
#
#   bash scripts/pg.sh start   # start one (or print the running one's URL); prints
#                              #   export KETNOI_TEST_PG_URL=postgres://postgres@127.0.0.1:PORT/postgres
#   bash scripts/pg.sh url     # the running cluster's URL
#   bash scripts/pg.sh psql    # psql on it (extra arguments go to psql)
#   bash scripts/pg.sh stop    # stop it and delete its files
#   bash scripts/pg.sh halt    # stop the server, keeping its files (a database outage, for
#   bash scripts/pg.sh resume  #   scripts/faults.sh), and start it again on the same port
#
# Typical use: `eval "$(bash scripts/pg.sh start)"; cargo test -p server --test it schema_engines`.
#
# The cluster lives in a temporary directory, trusts every local connection (user `postgres`, no
# password), listens on 127.0.0.1 only, on a free port the script picks, and trades durability
# for speed (fsync, synchronous_commit and full_page_writes off): never keep data in it.
# For benchmarks: KETNOI_PG_FSYNC=on keeps fsync and full_page_writes on (a crash-safe cluster:
# with synchronous_commit off it may lose the last commits at a power cut but is never
# corrupted, like SQLite in WAL mode with synchronous=NORMAL); KETNOI_PG_SYNC_COMMIT=on as well
# makes every acknowledged commit durable (PostgreSQL's default, like SQLite's synchronous=FULL).
# PostgreSQL refuses to run as root, so under root the server runs as the unprivileged system
# user `ketnoi-pg` (created on first use). What is running is recorded in a state file,
# ${KETNOI_PG_STATE:-$HOME/.cache/ketnoi/pg.env}, which the other subcommands read.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

PG_USER=ketnoi-pg
STATE="${KETNOI_PG_STATE:-$HOME/.cache/ketnoi/pg.env}"

die() { echo "pg.sh: $*" >&2; exit 1; }

# The newest installed server version's bin directory.
pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] ||
    die "no PostgreSQL server under /usr/lib/postgresql (run scripts/setup.sh: apt package postgresql)"
  echo "$dir"
}

is_root() { [ "$(id -u)" -eq 0 ]; }

# Runs a command as the cluster's owner: `ketnoi-pg` under root, else the caller.
as_owner() {
  if is_root; then
    runuser -u "$PG_USER" -- "$@"
  else
    "$@"
  fi
}

ensure_user() {
  is_root || return 0
  if ! id -u "$PG_USER" >/dev/null 2>&1; then
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$PG_USER"
  fi
}

# Loads the state file into KETNOI_TEST_PG_URL, KETNOI_PG_DIR, KETNOI_PG_PORT; false without one.
load_state() {
  [ -f "$STATE" ] || return 1
  # shellcheck disable=SC1090
  . "$STATE"
  [ -n "${KETNOI_TEST_PG_URL:-}" ] && [ -n "${KETNOI_PG_DIR:-}" ]
}

is_running() {
  [ -d "$KETNOI_PG_DIR/data" ] &&
    (cd / && as_owner "$(pg_bin)/pg_ctl" status -D "$KETNOI_PG_DIR/data" >/dev/null 2>&1)
}

# Nothing answers on 127.0.0.1:$1 (PostgreSQL may still lose a race for it: start retries).
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pick_port() {
  local p i
  for i in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 40000 ))
    if port_free "$p"; then echo "$p"; return 0; fi
  done
  die "no free port found"
}

cmd_start() {
  if load_state; then
    if is_running; then
      echo "export KETNOI_TEST_PG_URL=$KETNOI_TEST_PG_URL"
      return 0
    fi
    echo "pg.sh: removing the state of a cluster that is no longer running ($KETNOI_PG_DIR)" >&2
    rm -rf "$KETNOI_PG_DIR"
    rm -f "$STATE"
  fi

  local bin dir locale port attempt
  bin=$(pg_bin)
  ensure_user
  dir=$(mktemp -d "${TMPDIR:-/tmp}/ketnoi-pg.XXXXXX")
  if is_root; then chown "$PG_USER": "$dir"; fi
  chmod 700 "$dir"
  as_owner test -w "$dir" || { rm -rf "$dir"; die "$dir is not writable by $PG_USER (TMPDIR=${TMPDIR:-})"; }

  # C.UTF-8 sorts by code point like SQLite's default collation; plain C if it is missing.
  locale=C
  if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then locale=C.UTF-8; fi
  (cd "$dir" && as_owner "$bin/initdb" -D "$dir/data" --auth=trust -U postgres -E UTF8 \
     --locale="$locale" >"$dir/initdb.log" 2>&1) ||
    { cat "$dir/initdb.log" >&2; rm -rf "$dir"; die "initdb failed"; }

  for attempt in 1 2 3 4 5; do
    port=$(pick_port)
    cat >>"$dir/data/postgresql.conf" <<EOF

# scripts/pg.sh: a throw-away test cluster (attempt $attempt)
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 300
fsync = ${KETNOI_PG_FSYNC:-off}
synchronous_commit = ${KETNOI_PG_SYNC_COMMIT:-off}
full_page_writes = ${KETNOI_PG_FSYNC:-off}
EOF
    if (cd "$dir" && as_owner "$bin/pg_ctl" start -D "$dir/data" -l "$dir/server.log" -w -t 60 \
          >/dev/null 2>&1); then
      break
    fi
    port=""
    as_owner "$bin/pg_ctl" stop -D "$dir/data" -m immediate >/dev/null 2>&1 || true
  done
  if [ -z "$port" ]; then
    cat "$dir/server.log" >&2 || true
    rm -rf "$dir"
    die "the server did not start"
  fi
  for attempt in $(seq 1 100); do
    if pg_isready -q -h 127.0.0.1 -p "$port" -U postgres; then break; fi
    sleep 0.1
  done
  pg_isready -q -h 127.0.0.1 -p "$port" -U postgres || die "the server on port $port is not ready"

  local url="postgres://postgres@127.0.0.1:$port/postgres"
  mkdir -p "$(dirname "$STATE")"
  cat >"$STATE" <<EOF
export KETNOI_TEST_PG_URL=$url
KETNOI_PG_DIR=$dir
KETNOI_PG_PORT=$port
EOF
  echo "export KETNOI_TEST_PG_URL=$url"
}

cmd_stop() {
  if ! load_state; then
    echo "pg.sh: no cluster recorded in $STATE" >&2
    return 0
  fi
  if is_running; then
    (cd / && as_owner "$(pg_bin)/pg_ctl" stop -D "$KETNOI_PG_DIR/data" -m fast >/dev/null)
  fi
  rm -rf "$KETNOI_PG_DIR"
  rm -f "$STATE"
  echo "pg.sh: stopped and removed $KETNOI_PG_DIR" >&2
}

cmd_halt() {
  load_state || die "no cluster running (bash scripts/pg.sh start)"
  (cd / && as_owner "$(pg_bin)/pg_ctl" stop -D "$KETNOI_PG_DIR/data" -m fast >/dev/null)
}

cmd_resume() {
  load_state || die "no cluster recorded in $STATE"
  is_running && return 0
  (cd "$KETNOI_PG_DIR" && as_owner "$(pg_bin)/pg_ctl" start -D "$KETNOI_PG_DIR/data" -l "$KETNOI_PG_DIR/server.log" \
    -w -t 60 >/dev/null) || die "the server did not start again (see $KETNOI_PG_DIR/server.log)"
}

cmd_url() {
  load_state || die "no cluster running (bash scripts/pg.sh start)"
  echo "$KETNOI_TEST_PG_URL"
}

cmd_psql() {
  load_state || die "no cluster running (bash scripts/pg.sh start)"
  exec psql "$KETNOI_TEST_PG_URL" "$@"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  halt) cmd_halt ;;
  resume) cmd_resume ;;
  url) cmd_url ;;
  psql) shift; cmd_psql "$@" ;;
  *) echo "usage: $0 start|stop|halt|resume|url|psql [psql arguments]" >&2; exit 2 ;;
esac
