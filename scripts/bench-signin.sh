#!/usr/bin/env bash
# Sign-in throughput and latency with the real argon2id parameters: seeds a demo database, serves
# it with the rate limit raised out of the way, and drives POST /auth/login with wrk (correct
# password, so every request verifies a hash and creates a session). Then the same with the
# default limit, to show where 429s start. Figures land in target/bench-signin-results.txt.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$KETNOI_ROOT"
bin="$CARGO_TARGET_DIR/release/ketnoi"
[ -x "$bin" ] || bash scripts/build.sh
tmp=$(mktemp -d)
out="$KETNOI_ROOT/target/bench-signin-results.txt"
mkdir -p "$(dirname "$out")"
export KETNOI_DATABASE_URL="sqlite://$tmp/ketnoi.db" KETNOI_INDEX_DIR="$tmp/index" KETNOI_ADDR="127.0.0.1:3411"
export KETNOI_AUTH__MAIL__DIR="$tmp/mail" RUST_LOG=warn
"$bin" seed-demo >/dev/null

cat >"$tmp/login.lua" <<'LUA'
wrk.method = "POST"
wrk.body = "email=demo.admin%40example.com&password=KetNoi-demo-2030"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Origin"] = "http://127.0.0.1:3411"
LUA

run() { # run LABEL BURST PER_MINUTE
  KETNOI_AUTH__RATE_LIMIT__BURST="$2" KETNOI_AUTH__RATE_LIMIT__PER_MINUTE="$3" "$bin" serve >"$tmp/server.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 100); do curl -fsS -o /dev/null http://127.0.0.1:3411/healthz 2>/dev/null && break; sleep 0.1; done
  echo "== $1 (burst $2, $3/min)" | tee -a "$out"
  wrk -t2 -c4 -d20s --latency -s "$tmp/login.lua" http://127.0.0.1:3411/auth/login | tee -a "$out"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
: >"$out"

# One client in sequence: the latency of a sign-in itself, and of one for an unknown address
# (a dummy hash is checked so the two cost the same).
sequential() { # sequential LABEL EMAIL PASSWORD
  KETNOI_AUTH__RATE_LIMIT__BURST=1000000 "$bin" serve >"$tmp/server.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 100); do curl -fsS -o /dev/null http://127.0.0.1:3411/healthz 2>/dev/null && break; sleep 0.1; done
  for i in $(seq 1 300); do
    curl -s -o /dev/null -w '%{time_total}\n' -X POST -H 'Origin: http://127.0.0.1:3411' \
      --data-urlencode "email=${2/\{i\}/$i}" --data-urlencode "password=$3" http://127.0.0.1:3411/auth/login
  done | sort -n | awk -v label="$1" '{ a[NR] = $1 } END {
    printf "== %s: n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms\n", label, NR, a[int(NR*0.5)]*1000, a[int(NR*0.95)]*1000, a[int(NR*0.99)]*1000 }' | tee -a "$out"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
sequential "sequential correct sign-ins" "demo.admin@example.com" "KetNoi-demo-2030"
sequential "sequential unknown addresses" "khong-co-{i}@example.com" "mat-khau-bat-ky"
run "capacity: rate limit out of the way" 1000000 100000000
run "default rate limit" 10 20
echo "results in $out"
rm -rf "$tmp"
