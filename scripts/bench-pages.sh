#!/usr/bin/env bash
# Throughput and latency of the public pages against /healthz in the same run (issue 18's
# target: a directory page, uncached, at least 1/8 of /healthz with p99 ≤ 50 ms; the home page
# the same). A fresh demo database; wrk -t2 -c16 with every answer checked for 200
# (scripts/wrk-checked.lua). Directory requests vary the page, its size and the filters
# (WRK_MODE=startups, directories), so no answer is served twice from a cache.
#
#   scripts/bench-pages.sh [BINARY [BINARY_B]] [--rounds N] [--seconds S]
#
# With two binaries they serve the same database in turn, N rounds each, and the medians are
# printed side by side: the fair way to compare on a machine whose speed drifts.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$KETNOI_ROOT"
bins=() rounds=3 seconds=8
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) bins+=("$1"); shift ;;
  esac
done
[ ${#bins[@]} -gt 0 ] || bins=("$CARGO_TARGET_DIR/release/ketnoi")
for b in "${bins[@]}"; do [ -x "$b" ] || { echo "error: no server binary at $b (scripts/build.sh)" >&2; exit 1; }; done
command -v wrk >/dev/null || { echo "error: wrk missing: run scripts/setup.sh" >&2; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ketnoi-bench-pages.XXXXXX")
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"' EXIT
read -r port < <(free_ports 1)
url="http://127.0.0.1:$port"
export KETNOI_DATABASE_URL="sqlite://$tmp/ketnoi.db" KETNOI_INDEX_DIR="$tmp/index" KETNOI_ADDR="127.0.0.1:$port"
export KETNOI_AUTH__MAIL__DIR="$tmp/mail" KETNOI_API__RATE_LIMIT__PER_MINUTE=0 RUST_LOG=warn
"${bins[0]}" seed-demo >/dev/null

# one wrk run: prints "requests/s p99"; fails on any answer that is not a 200
measure() {
  local mode=$1 path=$2
  WRK_MODE=$mode wrk -t2 -c16 -d"${seconds}s" --latency -s scripts/wrk-checked.lua "$url$path" >"$tmp/wrk.txt" ||
    { cat "$tmp/wrk.txt" >&2; echo "error: $mode $path: not every answer was a 200" >&2; exit 1; }
  awk '/Requests\/sec/ { rps = $2 } /^ +99%/ { p99 = $2 } END { print rps, p99 }' "$tmp/wrk.txt"
}

cases=("fixed /healthz" "startups /" "directories /" "fixed /")
names=("/healthz" "/startups (varied)" "six directories (varied)" "home page")
for r in $(seq 1 "$rounds"); do
  for b in "${!bins[@]}"; do
    "${bins[$b]}" serve >"$tmp/server.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 300); do curl -fsS -o /dev/null "$url/healthz" 2>/dev/null && break; sleep 0.2; done
    curl -fsS -o /dev/null "$url/" && curl -fsS -o /dev/null "$url/startups"   # first reads load
    for c in "${!cases[@]}"; do
      set -- ${cases[$c]}
      echo "$b $c $(measure "$1" "$2")" >>"$tmp/results"
    done
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  done
done

echo "date: $(date -u +%FT%TZ), $rounds round(s) of ${seconds}s, wrk -t2 -c16, every answer a 200"
for b in "${!bins[@]}"; do echo "binary $((b + 1)): ${bins[$b]}"; done
printf '%-26s' "page"; for b in "${!bins[@]}"; do printf ' | %-28s' "binary $((b + 1)): req/s (p99), median"; done; echo
for c in "${!cases[@]}"; do
  printf '%-26s' "${names[$c]}"
  for b in "${!bins[@]}"; do
    awk -v b="$b" -v c="$c" '$1 == b && $2 == c { print $3, $4 }' "$tmp/results" | sort -n |
      awk '{ r[NR] = $1; p[NR] = $2 } END { m = int((NR + 1) / 2); printf " | %-28s", sprintf("%.0f (%s)", r[m], p[m]) }'
  done
  echo
done
