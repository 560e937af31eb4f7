#!/usr/bin/env bash
# Set up, build (release) and run Kết Nối locally with demo data.
#
#   scripts/run.sh            → http://127.0.0.1:3000
#
# Environment (defaults): KETNOI_ADDR=127.0.0.1:3000, KETNOI_DATABASE_URL=sqlite://data/ketnoi.db,
# KETNOI_SITE_ROOT=$CARGO_TARGET_DIR/site. Ctrl-C stops the server.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$KETNOI_ROOT"

run_start=$(date +%s)
# only what running needs; the test tools come with scripts/test.sh
bash scripts/setup.sh --run
bash scripts/build.sh

export KETNOI_ADDR="${KETNOI_ADDR:-127.0.0.1:3000}"
export KETNOI_DATABASE_URL="${KETNOI_DATABASE_URL:-sqlite://data/ketnoi.db}"
mkdir -p data
BIN="$CARGO_TARGET_DIR/release/ketnoi"

stage "database"
"$BIN" migrate
"$BIN" seed-demo --if-empty
stage_done

stage "serve"
"$BIN" serve &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true' INT TERM EXIT

url="http://$KETNOI_ADDR"
for _ in $(seq 1 300); do
  if curl -fsS -o /dev/null "$url/healthz" 2>/dev/null; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "error: the server exited before answering /healthz" >&2
    exit 1
  fi
  sleep 0.1
done
curl -fsS -o /dev/null "$url/healthz" || { echo "error: /healthz did not answer in 30 s" >&2; exit 1; }
echo "ready in $(fmt_secs $(( $(date +%s) - run_start ))) (setup + build + migrate + seed + start)"
echo
echo "  Kết Nối is running at $url/"
echo
wait "$server_pid"
