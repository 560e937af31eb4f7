#!/usr/bin/env bash
# The search benchmark: for each corpus size, seed the demo data, compare tantivy with SQLite
# FTS5 (`ketnoi bench-search`), then load `GET /api/v1/search` over HTTP with wrk and record
# the server's memory. Run it on a quiet machine: every figure is wall-clock time.
#
#   scripts/bench-search.sh                    # 100k and 1M documents (scales 147 and 1470)
#   SCALES="1 10" scripts/bench-search.sh      # a quick check (~700 and ~7k documents)
#
# Settings (environment):
#   SCALES        seed-demo scales, one corpus each (scale 1 = 682 public documents)  "147 1470"
#   PASSES        timed passes over the query set in bench-search                      20
#   WRK_THREADS / WRK_CONNS / WRK_DURATION   the full-load run                          2 / 16 / 20s
#   PACED_RATE    request rate of the paced run (wrk's delay(), so at most this)       200
#   BENCH_TMP     where the corpora are built (GBs at scale 1470)                       $TMPDIR or /tmp
#   RESULTS       the results file everything is appended to          target/bench-search-results.txt
#   KEEP=1        keep each corpus directory instead of deleting it
#   NO_BUILD=1    use the existing release binary
#
# Per scale it prints and appends: seed-demo's time (the data, then its index rebuild), the
# database size; bench-search's table (build times and docs/s of both engines, query latency
# percentiles, single-threaded queries/s, p99 ratio); the HTTP runs: a paced one (about
# PACED_RATE req/s: is p95 under the 50 ms target at that load?) and a full-load one (the most
# the machine serves; its p95 is an upper bound for any lower rate); the server's memory
# (VmRSS, VmHWM, and RssAnon vs RssFile: tantivy's mmapped index pages count as RssFile).
# The bench-search JSON lands next to the results file (bench-search-scale<S>.json).
#
# Cost of the default run (estimated from scales 1 and 10 on 2 cores): about 20-40 min after
# the release build, nearly all of it at scale 1470 (seed ~2-4 min, two index rebuilds ~1-2
# min each, FTS5 build ~2 min, 67 queries x 21 passes x 2 engines, 2 x 20 s of wrk). Disk at
# scale 1470: ~10-12 GB at the peak (database ~2.8 GB plus as much WAL while seeding, two
# index generations ~1 GB each during the rebuild, FTS5 ~2.5 GB plus its rollback journal
# while optimising); each corpus is deleted before the next one starts.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$KETNOI_ROOT"

SCALES="${SCALES:-147 1470}"
PASSES="${PASSES:-20}"
WRK_THREADS="${WRK_THREADS:-2}"
WRK_CONNS="${WRK_CONNS:-16}"
WRK_DURATION="${WRK_DURATION:-20s}"
PACED_RATE="${PACED_RATE:-200}"
BENCH_TMP="${BENCH_TMP:-${TMPDIR:-/tmp}}"
RESULTS="${RESULTS:-$KETNOI_ROOT/target/bench-search-results.txt}"
QUERIES="$KETNOI_ROOT/server/benches/search_queries.txt"
BIN="$CARGO_TARGET_DIR/release/ketnoi"
PER_PAGE=20
export NO_COLOR=1

mkdir -p "$(dirname "$RESULTS")"
results_dir="$(cd "$(dirname "$RESULTS")" && pwd)"
# Everything below is printed and appended to the results file.
exec > >(tee -a "$RESULTS") 2>&1

work=""
server_pid=""
lua="$(mktemp "${TMPDIR:-/tmp}/bench-search.XXXXXX.lua")"
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  server_pid=""
  if [ -n "$work" ] && [ "${KEEP:-0}" != 1 ]; then rm -rf "$work"; fi
  work=""
}
trap 'cleanup; rm -f "$lua"' EXIT
trap 'exit 130' INT TERM

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
mb() { du -sm "$@" 2>/dev/null | awk '{ s += $1 } END { print s + 0 }'; }
proc_mem() { # PID: the memory lines of /proc/PID/status on one line
  awk '/^(VmRSS|VmHWM|RssAnon|RssFile):/ { printf "%s %d MB  ", $1, $2 / 1024 }' "/proc/$1/status"
  echo
}

echo
echo "================================================================================"
echo "bench-search.sh $(date -u +%Y-%m-%dT%H:%M:%SZ)  commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (dirty)')"
echo "machine: $(nproc) cores, $(lscpu 2>/dev/null | awk -F: '/Model name/ { gsub(/^ +/, "", $2); print $2; exit }'), $(free -g | awk '/^Mem:/ { print $2 " GB RAM" }'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "scales: $SCALES; passes $PASSES; wrk -t$WRK_THREADS -c$WRK_CONNS -d$WRK_DURATION; paced ~$PACED_RATE req/s"
echo "================================================================================"

if [ "${NO_BUILD:-0}" != 1 ]; then
  stage "build (release)"
  cargo build --release -p server
  stage_done
fi
[ -x "$BIN" ] || { echo "error: no release binary at $BIN" >&2; exit 1; }
command -v wrk >/dev/null || { echo "error: wrk is not installed" >&2; exit 1; }

# The wrk script: requests rotate through the query set (URL-encoded), each thread starting
# elsewhere; with BENCH_DELAY_MS each connection waits that long between requests (pacing);
# done() prints the figures on one `WRK …` line, p95 included (wrk's --latency has no p95).
cat >"$lua" <<'LUA'
local queries = {}
for line in io.lines(os.getenv("BENCH_QUERIES")) do
  line = line:gsub("^%s+", ""):gsub("%s+$", "")
  if line ~= "" and line:sub(1, 1) ~= "#" then
    queries[#queries + 1] = (line:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", c:byte()) end))
  end
end
local per_page = os.getenv("BENCH_PER_PAGE") or "20"
local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
local n = 0
local threads = {}
function setup(thread)
  n = n + 1
  thread:set("id", n)
  table.insert(threads, thread)
end
local counter = 0
function init(args)
  counter = (id or 0) * 17
  non200, last_bad = 0, 0
end
-- a refusal (the rate limit's 429, a 503) is not an answer: counted, and the run fails
function response(status, headers, body)
  if status ~= 200 then non200, last_bad = non200 + 1, status end
end
function request()
  counter = counter + 1
  return wrk.format("GET", "/api/v1/search?q=" .. queries[counter % #queries + 1] .. "&per_page=" .. per_page)
end
if delay_ms > 0 then
  function delay() return delay_ms end
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK requests=%d rate=%.1f/s p50=%.2fms p90=%.2fms p95=%.2fms p99=%.2fms max=%.2fms errors: connect=%d read=%d write=%d status=%d timeout=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1e3, latency:percentile(90) / 1e3, latency:percentile(95) / 1e3,
    latency:percentile(99) / 1e3, latency.max / 1e3, e.connect, e.read, e.write, e.status, e.timeout))
  local bad, status = 0, 0
  for _, t in ipairs(threads) do
    bad = bad + t:get("non200")
    if t:get("last_bad") ~= 0 then status = t:get("last_bad") end
  end
  if bad > 0 or e.connect + e.read + e.write + e.timeout > 0 then
    io.write(string.format("WRK FAILED: %d answers were not 200 (e.g. %d), socket errors %d\n", bad, status,
      e.connect + e.read + e.write + e.timeout))
    os.exit(1)
  end
end
LUA

for scale in $SCALES; do
  work="$(mktemp -d "$BENCH_TMP/ketnoi-bench-$scale.XXXXXX")"
  mkdir -p "$work/site"
  export KETNOI_DATABASE_URL="sqlite://$work/ketnoi.db" KETNOI_INDEX_DIR="$work/index" KETNOI_SITE_ROOT="$work/site"
  echo
  echo "################ scale $scale  ($work, $(df -h --output=avail "$BENCH_TMP" | tail -1 | tr -d ' ') free)"

  stage "seed-demo --scale $scale"
  t0=$(now)
  /usr/bin/time -f 'seed-demo: %e s wall, %U s user, %S s sys, peak RSS %M KB' \
    "$BIN" seed-demo --scale "$scale" 2>&1 | tee "$work/seed.log" | grep -Ev '^\s*$' | tail -4
  echo "seed-demo total ${scale}: $(elapsed "$t0") s (data: $(grep -o 'seeded.*seconds=[0-9.]*' "$work/seed.log" | grep -o '[0-9.]*$' | head -1) s, then index rebuild: $(grep -o 'rebuilt.*seconds=[0-9.]*' "$work/seed.log" | grep -o '[0-9.]*$' | head -1) s)"
  echo "disk: database + WAL $(mb "$work"/ketnoi.db*) MB, index $(mb "$work/index") MB"
  stage_done

  stage "bench-search (tantivy vs FTS5)"
  /usr/bin/time -f 'bench-search: %e s wall, peak RSS %M KB' \
    "$BIN" bench-search --queries "$QUERIES" --passes "$PASSES" --per-page "$PER_PAGE" \
      --fts5-db "$work/fts5.db" --json "$results_dir/bench-search-scale$scale.json"
  echo "disk: database $(mb "$work"/ketnoi.db*) MB, index $(mb "$work/index") MB, FTS5 $(mb "$work"/fts5.db*) MB, all $(mb "$work") MB"
  rm -f "$work"/fts5.db*
  stage_done

  stage "HTTP: GET /api/v1/search under wrk"
  port=$(free_port)
  url="http://127.0.0.1:$port"
  # the public API's rate limit would refuse almost every request of one benchmarking client
  KETNOI_ADDR="127.0.0.1:$port" KETNOI_API__RATE_LIMIT__PER_MINUTE=0 "$BIN" serve >"$work/server.log" 2>&1 &
  server_pid=$!
  t0=$(now)
  for _ in $(seq 1 1200); do
    if curl -fsS -o /dev/null "$url/healthz" 2>/dev/null; then break; fi
    kill -0 "$server_pid" 2>/dev/null || { echo "error: the server died:"; tail -20 "$work/server.log"; exit 1; }
    sleep 0.1
  done
  curl -fsS -o /dev/null "$url/healthz" || { echo "error: no answer from $url"; tail -20 "$work/server.log"; exit 1; }
  echo "server up in $(elapsed "$t0") s (pid $server_pid); idle: $(proc_mem "$server_pid")"

  # every query once (a warm-up, and a check that each answers 200)
  bad=0; total=0
  while IFS= read -r q; do
    q="$(printf '%s' "$q" | sed 's/^[[:space:]]*//; s/[[:space:]]*$//')"
    case "$q" in ''|'#'*) continue ;; esac
    total=$((total + 1))
    code=$(curl -s -o /dev/null -w '%{http_code}' -G --data-urlencode "q=$q" --data "per_page=$PER_PAGE" "$url/api/v1/search")
    [ "$code" = 200 ] || { bad=$((bad + 1)); echo "  HTTP $code for: $q"; }
  done <"$QUERIES"
  echo "checked $total queries over HTTP: $((total - bad)) answered 200"
  [ "$bad" = 0 ] || { echo "error: $bad queries did not answer 200" >&2; exit 1; }
  sample=$(curl -s -G --data-urlencode "q=nông nghiệp" --data "per_page=$PER_PAGE" "$url/api/v1/search" \
    | grep -o '"totalHits":[0-9]*\|"processingTimeMs":[0-9]*' | tr '\n' ' ')
  echo "sample 'nông nghiệp': $sample"

  export BENCH_QUERIES="$QUERIES" BENCH_PER_PAGE="$PER_PAGE"
  delay=$(( WRK_CONNS * 1000 / PACED_RATE ))
  echo "-- paced: $WRK_CONNS connections, each waiting ${delay} ms between requests (<= $PACED_RATE req/s)"
  BENCH_DELAY_MS=$delay wrk -t"$WRK_THREADS" -c"$WRK_CONNS" -d"$WRK_DURATION" --timeout 10s -s "$lua" "$url" \
    | grep '^WRK' | sed 's/^WRK/paced:     /' || { echo "error: the paced run failed (see above)" >&2; exit 1; }
  echo "after paced: $(proc_mem "$server_pid")"
  echo "-- full load: wrk -t$WRK_THREADS -c$WRK_CONNS -d$WRK_DURATION --latency (wrk shares the cores with the server)"
  BENCH_DELAY_MS=0 wrk -t"$WRK_THREADS" -c"$WRK_CONNS" -d"$WRK_DURATION" --timeout 10s --latency -s "$lua" "$url" \
    | tee "$work/wrk.txt" | grep -E '^WRK|Latency  |Requests/sec|Non-2xx|Socket errors' | sed 's/^WRK/full load: /' ||
    { echo "error: the full-load run failed (see above)" >&2; exit 1; }
  echo "after full load: $(proc_mem "$server_pid")"
  kill -INT "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
  stage_done

  cleanup
done
echo
echo "results appended to $RESULTS"
