#!/usr/bin/env bash
# Throughput and latency of the public API's list endpoints under wrk: a fresh demo database,
# the API's rate limit off (one client would otherwise meet it), 2 threads × 16 connections for
# 15 s per endpoint. Figures land in target/bench-api-results.txt.
#
#   scripts/bench-api.sh [BINARY]   (default: the release binary)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$KETNOI_ROOT"
bin="${1:-$CARGO_TARGET_DIR/release/ketnoi}"
[ -x "$bin" ] || { echo "error: no server binary at $bin (build it first: scripts/build.sh)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "error: wrk missing: run scripts/setup.sh" >&2; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ketnoi-bench-api.XXXXXX")
out="$KETNOI_ROOT/target/bench-api-results.txt"
mkdir -p "$(dirname "$out")"
port=3412
url="http://127.0.0.1:$port"
export KETNOI_DATABASE_URL="sqlite://$tmp/ketnoi.db" KETNOI_INDEX_DIR="$tmp/index" KETNOI_ADDR="127.0.0.1:$port"
export KETNOI_AUTH__MAIL__DIR="$tmp/mail" KETNOI_API__RATE_LIMIT__PER_MINUTE=0 RUST_LOG=warn
"$bin" seed-demo >/dev/null
"$bin" serve >"$tmp/server.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 1 300); do curl -fsS -o /dev/null "$url/healthz" 2>/dev/null && break; sleep 0.2; done

{ echo "binary: $bin"; echo "date: $(date -u +%FT%TZ)"; } | tee "$out"
for path in "/api/v1/offers" "/api/v1/organizations?kind=startup"; do
  curl -fsS -o /dev/null "$url$path"   # warm the caches once
  echo "== GET $path (wrk -t2 -c16 -d15s)" | tee -a "$out"
  wrk -t2 -c16 -d15s --latency "$url$path" | tee -a "$out" >"$tmp/wrk.txt"
  awk '/Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 } /Non-2xx/ { bad = $NF }
       END { printf "-> %s req/s, latency p50 %s, p99 %s%s\n", rps, p50, p99, bad ? ", non-2xx: " bad : "" }' \
    "$tmp/wrk.txt" | tee -a "$out"
  # a refusal counted as an answer would be a false figure
  if grep -q 'Non-2xx\|Socket errors' "$tmp/wrk.txt"; then echo "error: GET $path: not every answer was a 2xx" >&2; exit 1; fi
done
echo "results in $out"
