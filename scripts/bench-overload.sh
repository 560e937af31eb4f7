#!/usr/bin/env bash
# Overload (issue 17): 1000 clients at once for 10 s against /startups on the release binary and
# the demo data, with the server's default limits (max_in_flight, timeouts). Counts every answer
# by status; the target is every request answered (200 or 503), no client timeouts (5 s), the
# 200s' p99 under 1 s, memory bounded (the server's peak RSS is printed). Then the same load with
# the limit lifted, to show what the limit buys. Figures land in target/bench-overload-results.txt.
#
#   scripts/bench-overload.sh [--quick] [BINARY]     --quick: 200 clients for 3 s
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$KETNOI_ROOT"
quick=0
if [ "${1:-}" = "--quick" ]; then quick=1; shift; fi
bin="${1:-$CARGO_TARGET_DIR/release/ketnoi}"
[ -x "$bin" ] || { echo "error: no release binary at $bin: build it first (bash scripts/build.sh)" >&2; exit 1; }
if [ "$quick" = 1 ]; then clients=200 secs=3; else clients=1000 secs=10; fi
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ketnoi-bench-overload.XXXXXX")
out="$KETNOI_ROOT/target/bench-overload-results.txt"
mkdir -p "$(dirname "$out")"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=3415
while ! port_free "$port"; do port=$(( 20000 + RANDOM % 40000 )); done
export KETNOI_DATABASE_URL="sqlite://$tmp/ketnoi.db" KETNOI_INDEX_DIR="$tmp/index" KETNOI_ADDR="127.0.0.1:$port"
export KETNOI_AUTH__MAIL__DIR="$tmp/mail" RUST_LOG=warn
"$bin" seed-demo >/dev/null 2>&1

failed=0
run() { # run LABEL must|may [ENV=VALUE...]   (must: a timeout or stray status fails the script)
  local label=$1 must=$2; shift 2
  env "$@" "$bin" serve >"$tmp/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null && break; sleep 0.1; done
  curl -fsS -o /dev/null "http://127.0.0.1:$port/startups"   # warm the caches once
  echo "== $label: $clients clients, ${secs}s, GET /startups" | tee -a "$out"
  "$bin" bench-load --url "http://127.0.0.1:$port/startups" --connections "$clients" --seconds "$secs" \
    --timeout 5 --pid "$pid" 2>&1 | tee -a "$out" || { [ "$must" = must ] && failed=1; }
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}
: >"$out"
echo "bench-overload: $("$bin" --version), $(nproc) cores, $(date -u +%FT%TZ)" | tee -a "$out"
run "default limits (max_in_flight 8 per core, queue_wait_ms 250)" must
run "no limit (max_in_flight 100000), for comparison" may KETNOI_MAX_IN_FLIGHT=100000
echo "results in $out"
exit "$failed"
