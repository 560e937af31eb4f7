#!/usr/bin/env bash
# Several nodes' faults, proven (issue 16): three `ketnoi serve` nodes on a fresh demo database
# on PostgreSQL behind nginx (deploy/nginx.conf), a write-heavy mix and visitors reading through
# nginx, while `ketnoi soak --nodes` kills nodes with SIGKILL one at a time, deletes one node's
# index directory under it and stops PostgreSQL for a while (server/src/soak/cluster.rs).
# Fails when a read fails outside the database's outage, when the site answers other than 503
# during it or does not recover by itself, when an acknowledged write is lost or doubled, or
# when any node's index differs from the database at the end.
#
#   scripts/faults.sh [--kills N] [--outage SECS] [BINARY]     (defaults: 6 kills, 10 s)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$KETNOI_ROOT"
kills=6 outage=10 bin=""
while [ $# -gt 0 ]; do
  case "$1" in
    --kills) kills=$2; shift 2 ;;
    --outage) outage=$2; shift 2 ;;
    *) bin=$1; shift ;;
  esac
done
bin="${bin:-$CARGO_TARGET_DIR/release/ketnoi}"
[ -x "$bin" ] || { echo "error: no binary at $bin: build it first (bash scripts/build.sh)" >&2; exit 1; }
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$NGINX" ] || { echo "error: nginx is missing (scripts/setup.sh installs Debian's nginx)" >&2; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ketnoi-faults.XXXXXX")
nginx_pid=""
cleanup() {
  local rc=$?
  [ -n "$nginx_pid" ] && kill -QUIT "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null || true
  # an interrupted outage must not leave the shared test cluster down
  bash scripts/pg.sh resume >/dev/null 2>&1 || true
  if [ "$rc" -ne 0 ]; then
    echo "faults FAILED; the index, nginx's files and the nodes' logs are kept in $tmp" >&2
    tail -n 20 "$tmp"/*.log "$tmp"/nginx/error.log >&2 2>/dev/null || true
  else
    rm -rf "$tmp"
  fi
}
trap cleanup EXIT
# a step that fails says which, before the logs above are printed
trap 'echo "faults.sh: line $LINENO failed (status $?): $BASH_COMMAND" >&2' ERR
read -r proxy_port p1 p2 p3 < <(free_ports 4)
node_ports=("$p1" "$p2" "$p3")

# settings a caller may have exported for a server of its own
unset KETNOI_CONFIG KETNOI_ADDR
if [ -z "${KETNOI_TEST_PG_URL:-}" ]; then eval "$(bash scripts/pg.sh start)"; fi
name="ketnoi_faults_$$_$(date +%s)"
psql -q -v ON_ERROR_STOP=1 "$KETNOI_TEST_PG_URL" -c "CREATE DATABASE $name"
export KETNOI_DATABASE_URL="${KETNOI_TEST_PG_URL%/*}/$name"
export KETNOI_INDEX_DIR="$tmp/index" KETNOI_AUTH__MAIL__DIR="$tmp/mail"
export KETNOI_AUTH__PUBLIC_URL="http://127.0.0.1:$proxy_port" KETNOI_TRUSTED_PROXIES=127.0.0.1
# the soak signs in dozens of clients and signs up hundreds of accounts from one address
export KETNOI_AUTH__RATE_LIMIT__BURST=1000000 KETNOI_AUTH__RATE_LIMIT__PER_MINUTE=100000000
# a shed request (503) is neither a success nor a refusal: let every write reach the handlers
export KETNOI_MAX_IN_FLIGHT=10000
export RUST_LOG="${RUST_LOG:-warn}"
"$bin" seed-demo >"$tmp/seed.log" 2>&1

mkdir -p "$tmp/nginx"
bash scripts/nginx-conf.sh "$tmp/nginx" "127.0.0.1:$proxy_port" "${KETNOI_SITE_ROOT:-$CARGO_TARGET_DIR/site}" \
  "${node_ports[@]}" >"$tmp/nginx/nginx.conf"
"$NGINX" -t -q -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf"
"$NGINX" -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 1 100); do
  curl -s -o /dev/null "http://127.0.0.1:$proxy_port/" && break
  kill -0 "$nginx_pid" 2>/dev/null || { echo "error: nginx stopped while starting" >&2; exit 1; }
  sleep 0.1
done

nodes=$(printf '127.0.0.1:%s,' "${node_ports[@]}")
echo "faults: 3 nodes on PostgreSQL behind nginx, $("$bin" --version), $(nproc) cores, $(date -u +%FT%TZ)"
if ! "$bin" soak --kills "$kills" --per-kind 4 --nodes "${nodes%,}" --proxy "http://127.0.0.1:$proxy_port" \
    --delete-index --db-outage "$outage" --db-stop "bash scripts/pg.sh halt" --db-start "bash scripts/pg.sh resume" \
    --log "$tmp/server.log"; then
  exit 1
fi
psql -q "$KETNOI_TEST_PG_URL" -c "DROP DATABASE $name" || true
