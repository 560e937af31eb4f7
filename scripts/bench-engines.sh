#!/usr/bin/env bash
# SQLite against PostgreSQL on the same release binary and the same demo data (issue 14,
# "Benchmark"): one run measures, for each engine,
#   1. reads under wrk (2 threads, 16 connections): GET /api/v1/organizations?kind=startup and
#      GET /startups, requests/s and p50/p99; every answer must be a 200 (a Lua script counts
#      the others; any one of them, or any socket error, makes the figure invalid);
#   2. sign-in: sequential POST /auth/login of demo.admin, each checked (303 to /account and a
#      session cookie), p50/p95;
#   3. 50 concurrent writers posting collaboration messages for 30 s (`ketnoi bench-writes`):
#      commits/s (messages found stored afterwards), p50/p99, errors;
#   4. `ketnoi seed-demo --scale 147` (a fresh database; the time includes the index rebuild);
#   5. `ketnoi migrate-data` of that corpus SQLite → PostgreSQL, and back into a new SQLite file.
# The demo database is seeded once on SQLite and copied to PostgreSQL with migrate-data, so both
# servers hold the very same rows. Rate limits (API, sign-in) are turned off for the run.
# PostgreSQL is a throw-away cluster of scripts/pg.sh (its own state file), removed on exit.
#
#   scripts/bench-engines.sh [--quick] [BINARY]
#     --quick: 3 s per wrk run, 20 sign-ins, 5 s of writes, scale 10 (a smoke run)
#
# Builds nothing: run scripts/build.sh first. Figures land in target/bench-engines-results.txt,
# each tool's own output in target/bench-engines-raw.txt. Exits non-zero when a figure is
# invalid (non-200 reads, failed sign-ins, write errors, a failed command).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$KETNOI_ROOT"

quick=0
if [ "${1:-}" = "--quick" ]; then quick=1; shift; fi
bin="${1:-$CARGO_TARGET_DIR/release/ketnoi}"
[ -x "$bin" ] || { echo "error: no release binary at $bin: build it first (bash scripts/build.sh)" >&2; exit 1; }
for tool in wrk curl psql; do
  command -v "$tool" >/dev/null || { echo "error: $tool missing: run scripts/setup.sh" >&2; exit 1; }
done
if [ "$quick" = 1 ]; then
  read_secs=3 signins=20 write_secs=5 scale=10
else
  read_secs=15 signins=200 write_secs=30 scale=147
fi
writers=50
password="KetNoi-demo-2030"   # every demo account's (app/src/backend/seed/users.rs)

out="$KETNOI_ROOT/target/bench-engines-results.txt"
raw="$KETNOI_ROOT/target/bench-engines-raw.txt"
mkdir -p "$(dirname "$out")"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ketnoi-bench-engines.XXXXXX")
export KETNOI_PG_STATE="${KETNOI_BENCH_PG_STATE:-$HOME/.cache/ketnoi/pg-bench-engines.env}"
server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
cleanup() {
  stop_server
  bash scripts/pg.sh stop 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=3413
while ! port_free "$port"; do port=$(( 20000 + RANDOM % 40000 )); done
url="http://127.0.0.1:$port"

# the environment every command of the run shares
export KETNOI_ADDR="127.0.0.1:$port" KETNOI_AUTH__MAIL__DIR="$tmp/mail" RUST_LOG=warn RUST_BACKTRACE=0
export KETNOI_API__RATE_LIMIT__PER_MINUTE=0
# the engines are compared, not the load shedding: 50 writers stay in flight together
export KETNOI_MAX_IN_FLIGHT=1000
export KETNOI_AUTH__RATE_LIMIT__BURST=1000000 KETNOI_AUTH__RATE_LIMIT__PER_MINUTE=100000000

failed=0
fail() { echo "FAILED: $*" | tee -a "$raw" >&2; failed=1; }
now() { date +%s.%N; }
secs_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
declare -A fig   # fig[engine.key] = text for the table

: >"$raw"
log() { echo "$*" | tee -a "$raw" >&2; }
log "bench-engines: binary $bin, $(nproc) cores, $([ "$quick" = 1 ] && echo quick || echo full) run, server $url"

eval "$(bash scripts/pg.sh start)"
pg_base="${KETNOI_TEST_PG_URL%/*}"
pg_db() { PGOPTIONS='-c client_min_messages=warning' bash scripts/pg.sh psql -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null; echo "$pg_base/$1"; }
pg_settings=$(psql -At "$KETNOI_TEST_PG_URL" -c "SELECT string_agg(name || ' ' || setting, ', ' ORDER BY name) FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes')")
log "PostgreSQL: $(psql -At "$KETNOI_TEST_PG_URL" -c 'SHOW server_version') at $pg_base ($pg_settings: scripts/pg.sh)"

# ---- the demo data, the same rows on both engines
declare -A db_url
db_url[sqlite]="sqlite://$tmp/demo.db"
log "== seed-demo (scale 1) on SQLite, then migrate-data to PostgreSQL"
KETNOI_DATABASE_URL="${db_url[sqlite]}" KETNOI_INDEX_DIR="$tmp/demo-index-seed" "$bin" seed-demo >>"$raw" 2>&1 ||
  { fail "seed-demo on SQLite"; exit 1; }
db_url[postgres]=$(pg_db ketnoi_demo)
"$bin" migrate-data --from "${db_url[sqlite]}" --to "${db_url[postgres]}" >>"$raw" 2>&1 ||
  { fail "migrate-data of the demo to PostgreSQL"; exit 1; }

# ---- wrk with every answer's status checked: scripts/wrk-checked.lua (WRK_MODE=fixed)

start_server() { # start_server ENGINE
  KETNOI_DATABASE_URL="${db_url[$1]}" KETNOI_INDEX_DIR="$tmp/demo-index-$1" KETNOI_LOG_FORMAT=json "$bin" serve >"$tmp/server-$1.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    curl -fsS -o /dev/null "$url/healthz" 2>/dev/null && return 0
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.2
  done
  tail -n 20 "$tmp/server-$1.log" >&2
  return 1
}

reads() { # reads ENGINE KEY PATH
  local engine=$1 key=$2 path=$3 code
  curl -fsS -o /dev/null "$url$path" || { fail "$engine: GET $path"; return; }   # warm the caches once
  log "== $engine: GET $path (wrk -t2 -c16 -d${read_secs}s)"
  code=0
  wrk -t2 -c16 -d"${read_secs}s" --latency -s "$KETNOI_ROOT/scripts/wrk-checked.lua" "$url$path" >"$tmp/wrk.txt" 2>&1 || code=$?
  cat "$tmp/wrk.txt" >>"$raw"
  local line
  line=$(awk '/Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
              END { printf "%.0f req/s, p50 %s, p99 %s", rps, p50, p99 }' "$tmp/wrk.txt")
  if [ "$code" != 0 ]; then
    fail "$engine: GET $path: $(grep '^checked:' "$tmp/wrk.txt" || echo "wrk exited $code")"
    line="INVALID ($line)"
  fi
  fig[$engine.$key]=$line
  fig[$engine.$key.rps]=$(awk '/Requests\/sec/ { print $2 }' "$tmp/wrk.txt")
  log "-> $line"
}

signins() { # signins ENGINE
  local engine=$1 i bad=0
  log "== $engine: $signins sequential sign-ins"
  : >"$tmp/signin-times"
  for i in $(seq 1 "$signins"); do
    local res
    res=$(curl -s -o /dev/null -D "$tmp/signin-headers" -w '%{http_code} %{time_total}' -X POST \
      -H "Origin: $url" --data-urlencode "email=demo.admin@example.com" --data-urlencode "password=$password" \
      "$url/auth/login") || res="000 0"
    if [ "${res%% *}" = 303 ] && grep -qi '^location: /account' "$tmp/signin-headers" &&
       grep -qi '^set-cookie: ketnoi_session=[^;]' "$tmp/signin-headers"; then
      echo "${res#* }" >>"$tmp/signin-times"
    else
      bad=$((bad + 1))
      [ "$bad" -le 3 ] && log "  sign-in $i refused: $res $(tr -d '\r' <"$tmp/signin-headers" | grep -i '^location' || true)"
    fi
  done
  local line
  line=$(sort -n "$tmp/signin-times" | awk '{ a[NR] = $1 } END {
    r50 = int(NR * 0.50); if (r50 < NR * 0.50) r50++; r95 = int(NR * 0.95); if (r95 < NR * 0.95) r95++
    if (NR == 0) printf "no successful sign-in"; else printf "p50 %.1f ms, p95 %.1f ms (n=%d)", a[r50] * 1000, a[r95] * 1000, NR }')
  if [ "$bad" != 0 ]; then fail "$engine: $bad of $signins sign-ins failed"; line="INVALID ($line, $bad failed)"; fi
  fig[$engine.signin]=$line
  log "-> $line"
}

writes() { # writes ENGINE
  local engine=$1
  log "== $engine: $writers writers posting collaboration messages for ${write_secs}s"
  local before after
  before=$(grep -c '"level":"ERROR"' "$tmp/server-$engine.log" || true)
  if KETNOI_DATABASE_URL="${db_url[$engine]}" "$bin" bench-writes --url "$url" --writers "$writers" \
       --seconds "$write_secs" --json "$tmp/writes-$engine.json" >"$tmp/writes.txt" 2>&1; then :; else
    fail "$engine: bench-writes reported errors (see $raw)"
  fi
  cat "$tmp/writes.txt" | tee -a "$raw" >&2
  after=$(grep -c '"level":"ERROR"' "$tmp/server-$engine.log" || true)
  if [ "$after" != "$before" ]; then
    log "  server log: $((after - before)) ERROR lines during the writes, the first ones:"
    grep '"level":"ERROR"' "$tmp/server-$engine.log" | head -n 5 | cut -c1-400 | tee -a "$raw" >&2
  fi
  if [ -s "$tmp/writes-$engine.json" ]; then
    fig[$engine.writes]=$(python3 -c '
import json, sys
f = json.load(open(sys.argv[1]))
l = f["latency_ms"]
print("%.1f commits/s, p50 %.1f ms, p99 %.1f ms, errors %d" % (f["commits_per_s"], l["p50"], l["p99"], f["errors"]))
' "$tmp/writes-$engine.json")
    fig[$engine.writes.rate]=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["commits_per_s"])' "$tmp/writes-$engine.json")
  else
    fig[$engine.writes]="FAILED: $(tail -n 1 "$tmp/writes.txt" | cut -c1-200)"
  fi
  fig[$engine.writes.srverr]=$((after - before))
}

for engine in sqlite postgres; do
  log "== $engine: serve ${db_url[$engine]%%\?*}"
  start_server "$engine" || { fail "$engine: the server did not start"; stop_server; continue; }
  reads "$engine" api "/api/v1/organizations?kind=startup"
  reads "$engine" page "/startups"
  signins "$engine"
  writes "$engine"
  stop_server
done

# ---- seed-demo --scale N on each engine, then migrate-data of that corpus
timed() { # timed ENGINE KEY LABEL COMMAND...  (time in seconds into fig[ENGINE.KEY])
  local engine=$1 key=$2 label=$3 t0 code=0
  shift 3
  log "== $engine: $label"
  t0=$(now)
  "$@" >"$tmp/cmd.txt" 2>&1 || code=$?
  local took
  took=$(secs_since "$t0")
  # progress bars redraw with carriage returns: keep the lines' last states
  tr '\r' '\n' <"$tmp/cmd.txt" | grep -v '^\s*$' | tail -n 15 >>"$raw" || true
  if [ "$code" = 0 ]; then
    fig[$engine.$key]="$took s"
    log "-> $took s"
  else
    tr '\r' '\n' <"$tmp/cmd.txt" >>"$raw" || true
    local why   # anyhow's "Error: …" and its causes, on one line
    why=$(tr '\r' '\n' <"$tmp/cmd.txt" | sed -n '/^Error:/,$p' | grep -v '^\s*$' | tr -s ' \n' ' ' | cut -c1-400 || true)
    fig[$engine.$key]="FAILED after $took s: ${why:-exit $code}"
    fail "$engine: $label: ${why:-exit $code}"
  fi
}
big_sqlite="sqlite://$tmp/scale.db"
big_pg=$(pg_db ketnoi_scale)
KETNOI_DATABASE_URL="$big_sqlite" KETNOI_INDEX_DIR="$tmp/scale-index-sqlite" \
  timed sqlite seed "seed-demo --scale $scale" "$bin" seed-demo --scale "$scale"
KETNOI_DATABASE_URL="$big_pg" KETNOI_INDEX_DIR="$tmp/scale-index-postgres" \
  timed postgres seed "seed-demo --scale $scale" "$bin" seed-demo --scale "$scale"
rm -rf "$tmp"/scale-index-*
rows=$(sqlite3 "$tmp/scale.db" "SELECT (SELECT count(*) FROM organizations) || ' organisations, ' ||
  (SELECT count(*) FROM technology_offers) || ' offers, ' || (SELECT count(*) FROM research_outputs) ||
  ' research outputs, ' || (SELECT count(*) FROM collaboration_messages) || ' messages'" 2>/dev/null || echo "?")
size=$(du -h "$tmp/scale.db" 2>/dev/null | cut -f1 || echo "?")
if [ "${fig[sqlite.seed]%% *}" != FAILED ]; then
  moved_pg=$(pg_db ketnoi_moved)
  timed postgres migrate "migrate-data SQLite → PostgreSQL" "$bin" migrate-data --from "$big_sqlite" --to "$moved_pg"
  if [ "${fig[postgres.migrate]%% *}" != FAILED ]; then
    timed sqlite migrate "migrate-data PostgreSQL → SQLite" "$bin" migrate-data --from "$moved_pg" --to "sqlite://$tmp/back.db"
  fi
fi

# ---- the table
ratio() { # ratio A B: B / A with two decimals, or "-"
  awk -v a="${1:-}" -v b="${2:-}" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.2f", b / a; else printf "-" }'
}
{
  echo "Kết Nối: SQLite vs PostgreSQL ($(date -u +%FT%TZ))"
  echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), binary $bin ($(date -u -r "$bin" +%FT%TZ)),"
  echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), load before the run shared with other work"
  echo "mode: $([ "$quick" = 1 ] && echo "--quick" || echo full): wrk -t2 -c16 -d${read_secs}s; $signins sign-ins; $writers writers x ${write_secs}s; seed scale $scale"
  echo "demo data: seed-demo (scale 1) on SQLite, copied to PostgreSQL by migrate-data"
  echo "PostgreSQL: scripts/pg.sh throw-away cluster ($pg_settings; KETNOI_PG_FSYNC=on for a crash-safe one)"
  echo
  printf '%-42s | %-60s | %-60s\n' "" "SQLite" "PostgreSQL"
  printf '%-42s-+-%-60s-+-%-60s\n' "$(printf '%.0s-' {1..42})" "$(printf '%.0s-' {1..60})" "$(printf '%.0s-' {1..60})"
  row() { printf '%-42s | %-60s | %-60s\n' "$1" "${fig[sqlite.$2]:-n/a}" "${fig[postgres.$2]:-n/a}"; }
  row "GET /api/v1/organizations?kind=startup" api
  row "GET /startups" page
  row "sign-in (sequential, demo.admin)" signin
  row "$writers writers, collaboration messages" writes
  row "  server log ERROR lines during writes" writes.srverr
  row "seed-demo --scale $scale (incl. index)" seed
  row "migrate-data (scale $scale) into this engine" migrate
  echo
  echo "PostgreSQL / SQLite: API reads $(ratio "${fig[sqlite.api.rps]:-}" "${fig[postgres.api.rps]:-}")x," \
    "/startups $(ratio "${fig[sqlite.page.rps]:-}" "${fig[postgres.page.rps]:-}")x," \
    "write commits/s $(ratio "${fig[sqlite.writes.rate]:-}" "${fig[postgres.writes.rate]:-}")x (above 1: PostgreSQL faster)"
  echo "scale-$scale corpus: $rows; SQLite file $size"
  [ "$failed" = 0 ] || echo "SOME FIGURES ARE INVALID OR MISSING: see $raw"
} >"$out"
cat "$out"
echo "results in $out (each tool's output in $raw)"
exit "$failed"
