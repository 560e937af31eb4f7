#!/usr/bin/env bash
# Render time of the KPI dashboard (/kpi, server-side rendering with every derived count
# computed live) and of /api/v1/kpi: seeds a demo corpus at SCALE (1 = the demo set; 147 ≈ 100k
# documents, see README's search benchmark), serves it, and times N sequential requests of each
# with curl (p50/p95/p99). Figures land in target/bench-kpi-results.txt.
#   SCALE=147 N=200 bash scripts/bench-kpi.sh          # the 100k-document corpus
#   BIN=path/to/ketnoi SCALE=1 bash scripts/bench-kpi.sh  # a given (e.g. debug) build
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$KETNOI_ROOT"
bin="${BIN:-$CARGO_TARGET_DIR/release/ketnoi}"
[ -x "$bin" ] || bash scripts/build.sh
scale="${SCALE:-1}" n="${N:-200}" port="${PORT:-3412}"
tmp=$(mktemp -d)
out="$KETNOI_ROOT/target/bench-kpi-results.txt"
mkdir -p "$(dirname "$out")"
export KETNOI_DATABASE_URL="sqlite://$tmp/ketnoi.db" KETNOI_INDEX_DIR="$tmp/index" KETNOI_ADDR="127.0.0.1:$port" RUST_LOG=warn
"$bin" seed-demo --scale "$scale" >/dev/null 2>&1
docs=$(sqlite3 "$tmp/ketnoi.db" "SELECT (SELECT count(*) FROM organizations) + (SELECT count(*) FROM technology_offers)
  + (SELECT count(*) FROM challenges) + (SELECT count(*) FROM research_outputs) + (SELECT count(*) FROM programmes)
  + (SELECT count(*) FROM events)")
"$bin" serve >"$tmp/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 1 300); do curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null && break; sleep 0.2; done

time_path() { # time_path PATH
  for _ in $(seq 1 10); do curl -s -o /dev/null "http://127.0.0.1:$port$1"; done # warm up
  for _ in $(seq 1 "$n"); do curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port$1"; done | sort -n |
    awk -v label="$1" -v bin="$bin" -v scale="$scale" -v docs="$docs" '{ a[NR] = $1 } END {
      printf "%s (scale %s, %s documents, %s): n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms\n",
        label, scale, docs, bin, NR, a[int(NR*0.5)]*1000, a[int(NR*0.95)]*1000, a[int(NR*0.99)]*1000 }'
}
{
  time_path /kpi
  time_path /api/v1/kpi
  time_path "/kpi/report?year=2026"
} | tee -a "$out"
echo "results in $out"
