#!/usr/bin/env bash
# Several Kết Nối nodes behind nginx on one PostgreSQL, on this machine, to try the multi-node
# setup (README: "Running several nodes").
#
#   bash scripts/cluster.sh          → http://127.0.0.1:8080 (nodes on 127.0.0.1:3001, 3002, 3003)
#
# Environment (defaults): KETNOI_CLUSTER_NODES=3, KETNOI_CLUSTER_LISTEN=127.0.0.1:8080,
# KETNOI_CLUSTER_FIRST_PORT=3001, KETNOI_CLUSTER_DIR=data/cluster (each node's index, nginx's
# files, the logs), KETNOI_CLUSTER_DB=ketnoi_cluster (database on the throw-away PostgreSQL of
# scripts/pg.sh; KETNOI_DATABASE_URL=postgres://… uses another server instead).
# The nodes start together on the database: migrations run once (sqlx's advisory lock), the demo
# is seeded once when the database is empty (checked under the write lock), and each node
# builds its own index on first start. Ctrl-C or SIGTERM stops the nodes, nginx and the
# PostgreSQL cluster if this script started it; the data stays for the next start.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$KETNOI_ROOT"

NODES="${KETNOI_CLUSTER_NODES:-3}"
LISTEN="${KETNOI_CLUSTER_LISTEN:-127.0.0.1:8080}"
FIRST_PORT="${KETNOI_CLUSTER_FIRST_PORT:-3001}"
DIR="$(mkdir -p "${KETNOI_CLUSTER_DIR:-data/cluster}" && cd "${KETNOI_CLUSTER_DIR:-data/cluster}" && pwd)"
DB_NAME="${KETNOI_CLUSTER_DB:-ketnoi_cluster}"

if [ -z "${KETNOI_CLUSTER_SKIP_BUILD:-}" ]; then
  bash scripts/setup.sh
  bash scripts/build.sh
fi
BIN="${KETNOI_BIN:-$CARGO_TARGET_DIR/release/ketnoi}"
SITE="${KETNOI_SITE_ROOT:-$CARGO_TARGET_DIR/site}"
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$NGINX" ] || { echo "cluster.sh: nginx is missing (scripts/setup.sh installs Debian's nginx)" >&2; exit 1; }

pids=()
pg_started=0
stop_all() {
  trap - INT TERM EXIT
  echo "cluster.sh: stopping"
  [ -f "$DIR/nginx/nginx.pid" ] && kill -QUIT "$(cat "$DIR/nginx/nginx.pid")" 2>/dev/null || true
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "$pg_started" = 1 ]; then bash scripts/pg.sh stop || true; fi
}
trap 'stop_all; exit 0' INT TERM
trap stop_all EXIT

stage "database"
if [ -z "${KETNOI_DATABASE_URL:-}" ] || [[ "$KETNOI_DATABASE_URL" != postgres* ]]; then
  if ! bash scripts/pg.sh url >/dev/null 2>&1; then pg_started=1; fi
  eval "$(bash scripts/pg.sh start)"
  psql -q "$KETNOI_TEST_PG_URL" -tc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'" | grep -q 1 ||
    psql -q -v ON_ERROR_STOP=1 "$KETNOI_TEST_PG_URL" -c "CREATE DATABASE $DB_NAME"
  export KETNOI_DATABASE_URL="${KETNOI_TEST_PG_URL%/*}/$DB_NAME"
fi
stage_done

stage "nodes"
ports=()
for i in $(seq 1 "$NODES"); do
  port=$((FIRST_PORT + i - 1))
  mkdir -p "$DIR/node$i"
  ports+=("$port")
  # every node runs the same start: seed when empty (one of them does), then serve
  KETNOI_ADDR="127.0.0.1:$port" KETNOI_INDEX_DIR="$DIR/node$i/index" KETNOI_SITE_ROOT="$SITE" \
    KETNOI_TRUSTED_PROXIES="127.0.0.1" KETNOI_AUTH__MAIL__DIR="$DIR/mail" KETNOI_AUTH__PUBLIC_URL="http://$LISTEN" \
    bash -c '"$0" seed-demo --if-empty && exec "$0" serve' "$BIN" >>"$DIR/node$i.log" 2>&1 &
  pids+=($!)
done
for i in $(seq 1 "$NODES"); do
  port=$((FIRST_PORT + i - 1))
  for _ in $(seq 1 1200); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null && break
    kill -0 "${pids[$((i - 1))]}" 2>/dev/null || { echo "node $i exited; see $DIR/node$i.log" >&2; tail -5 "$DIR/node$i.log" >&2; exit 1; }
    sleep 0.1
  done
  curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" || { echo "node $i did not answer /healthz" >&2; exit 1; }
done
stage_done

stage "nginx"
mkdir -p "$DIR/nginx"
bash scripts/nginx-conf.sh "$DIR/nginx" "$LISTEN" "$SITE" "${ports[@]}" >"$DIR/nginx/nginx.conf.new"
mv "$DIR/nginx/nginx.conf.new" "$DIR/nginx/nginx.conf"
"$NGINX" -t -q -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf"
"$NGINX" -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)
for _ in $(seq 1 100); do
  curl -fsS -o /dev/null "http://$LISTEN/healthz" 2>/dev/null && break
  sleep 0.1
done
curl -fsS -o /dev/null "http://$LISTEN/healthz" || { echo "nginx did not answer on $LISTEN" >&2; exit 1; }
stage_done

echo "Kết Nối: http://$LISTEN ($NODES nodes on ports $FIRST_PORT–$((FIRST_PORT + NODES - 1)), logs in $DIR); Ctrl-C stops"
wait -n "${pids[@]}" || true
echo "cluster.sh: a process ended; stopping the rest" >&2
