#!/usr/bin/env bash
# Throughput through nginx with 1, 2 and 3 nodes on one PostgreSQL (issue 16): for each count,
# scripts/cluster.sh starts the nodes and nginx, then wrk measures `/healthz` (the reference),
# `/startups` with a different page and filters on every request, `/api/v1/search` with a
# different query on every request (scripts/wrk-checked.lua; every answer must be a 200), and a
# mixed profile: the `/startups` reads while `ketnoi bench-writes` posts collaboration messages
# through nginx. The API's rate limit is off for the run (one client would meet it at once).
# With 3 nodes it also runs scripts/bench-cluster.sh (write-to-searchable on another node).
#
#   scripts/bench-nodes.sh [SECONDS=15]     (figures in target/bench-nodes-results.txt)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$KETNOI_ROOT"
secs="${1:-15}"
bin="${KETNOI_BIN:-$CARGO_TARGET_DIR/release/ketnoi}"
[ -x "$bin" ] || { echo "error: no binary at $bin: build it first (bash scripts/build.sh)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "error: wrk missing: run scripts/setup.sh" >&2; exit 1; }
out="$KETNOI_ROOT/target/bench-nodes-results.txt"
mkdir -p "$(dirname "$out")"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ketnoi-bench-nodes.XXXXXX")
cluster_pid=""
stop_cluster() {
  [ -n "$cluster_pid" ] || return 0
  kill -TERM "$cluster_pid" 2>/dev/null || true
  wait "$cluster_pid" 2>/dev/null || true
  cluster_pid=""
}
trap 'stop_cluster; rm -rf "$tmp"' EXIT
exec > >(tee -a "$out") 2>&1

# PostgreSQL started here stays up across the three clusters (cluster.sh stops only its own).
eval "$(bash scripts/pg.sh start)"
db="ketnoi_bench_nodes_$$"
psql -q -v ON_ERROR_STOP=1 "$KETNOI_TEST_PG_URL" -c "CREATE DATABASE $db"
export KETNOI_CLUSTER_DB="$db" KETNOI_CLUSTER_SKIP_BUILD=1 KETNOI_BIN="$bin" RUST_LOG=warn
export KETNOI_API__RATE_LIMIT__PER_MINUTE=0 KETNOI_AUTH__RATE_LIMIT__BURST=100000
export KETNOI_CLUSTER_LISTEN="127.0.0.1:3190" KETNOI_CLUSTER_FIRST_PORT=3191
url="http://$KETNOI_CLUSTER_LISTEN"

echo "bench-nodes.sh $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD), $(nproc) cores, wrk -t2 -c16 -d${secs}s"
wrk_run() { # wrk_run LABEL MODE [PATH] → one line of figures; fails on any non-200
  local label=$1 mode=$2 code=0
  local path=/
  [ "$mode" = fixed ] && path=$3
  WRK_MODE=$mode wrk -t2 -c16 -d"${secs}s" --latency -s scripts/wrk-checked.lua "$url$path" >"$tmp/wrk.txt" 2>&1 || code=$?
  [ "$code" = 0 ] || { cat "$tmp/wrk.txt"; echo "bench-nodes: $label failed" >&2; return 1; }
  awk -v label="$label" '/Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
       /Non-2xx/ { bad = $NF } /^checked:/ { checked = $0 }
       END { printf "  %-34s %8.0f req/s  p50 %-8s p99 %-8s %s%s\n", label, rps, p50, p99,
             bad ? "NON-2XX " bad " " : "", checked }' "$tmp/wrk.txt"
}

for nodes in 1 2 3; do
  KETNOI_CLUSTER_NODES=$nodes KETNOI_CLUSTER_DIR="$tmp/cluster$nodes" bash scripts/cluster.sh >"$tmp/cluster$nodes.log" 2>&1 &
  cluster_pid=$!
  for _ in $(seq 1 1800); do
    grep -q "Ctrl-C stops" "$tmp/cluster$nodes.log" && break
    kill -0 "$cluster_pid" 2>/dev/null || { cat "$tmp/cluster$nodes.log"; exit 1; }
    sleep 0.2
  done
  echo "== $nodes node(s) behind nginx"
  wrk_run "/healthz" fixed /healthz
  wrk_run "/startups (page, filters vary)" startups
  wrk_run "/api/v1/search (query varies)" search
  KETNOI_DATABASE_URL="${KETNOI_TEST_PG_URL%/*}/$db" "$bin" bench-writes --url "$url" --writers 8 \
    --seconds "$secs" >"$tmp/writes.txt" 2>&1 &
  writes_pid=$!
  sleep 3   # the writers sign in first
  wrk_run "mixed: /startups while 8 writers post" startups
  wait "$writes_pid" || { cat "$tmp/writes.txt"; echo "bench-nodes: bench-writes failed" >&2; exit 1; }
  echo "  mixed: writes $(grep -m1 -i 'commits/s\|messages' "$tmp/writes.txt" || tail -1 "$tmp/writes.txt")"
  if [ "$nodes" = 3 ]; then
    KETNOI_CLUSTER_FIRST_PORT=3191 bash scripts/bench-cluster.sh 100 | sed 's/^/  /'
  fi
  stop_cluster
done
psql -q "$KETNOI_TEST_PG_URL" -c "DROP DATABASE $db" || true
echo "results appended to $out"
