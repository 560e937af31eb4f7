#!/usr/bin/env bash
# Crash safety, proven (issue 17): `ketnoi soak` on a fresh demo database — a write-heavy mix
# from many clients, the server killed with SIGKILL at random moments and restarted, then every
# acknowledged write checked in the database and the search index (server/src/soak/mod.rs).
#
#   scripts/soak.sh [--kills N] [--postgres] [--seed N] [BINARY]
#
# Default: 20 kills on SQLite with the release binary. --postgres: a new database on the
# throw-away cluster of scripts/pg.sh (started if needed). CI runs `--kills 3`.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$KETNOI_ROOT"
kills=20 engine=sqlite seed=() bin=""
while [ $# -gt 0 ]; do
  case "$1" in
    --kills) kills=$2; shift 2 ;;
    --postgres) engine=postgres; shift ;;
    --seed) seed=(--seed "$2"); shift 2 ;;
    *) bin=$1; shift ;;
  esac
done
bin="${bin:-$CARGO_TARGET_DIR/release/ketnoi}"
[ -x "$bin" ] || { echo "error: no binary at $bin: build it first (bash scripts/build.sh)" >&2; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ketnoi-soak.XXXXXX")
keep=0
cleanup() { [ "$keep" = 1 ] || rm -rf "$tmp"; }
trap cleanup EXIT
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=3417
while ! port_free "$port"; do port=$(( 20000 + RANDOM % 40000 )); done

if [ "$engine" = postgres ]; then
  if [ -z "${KETNOI_TEST_PG_URL:-}" ]; then eval "$(bash scripts/pg.sh start)"; fi
  name="ketnoi_soak_$$_$(date +%s)"
  psql -q -v ON_ERROR_STOP=1 "$KETNOI_TEST_PG_URL" -c "CREATE DATABASE $name"
  export KETNOI_DATABASE_URL="${KETNOI_TEST_PG_URL%/*}/$name"
else
  export KETNOI_DATABASE_URL="sqlite://$tmp/ketnoi.db"
fi
export KETNOI_INDEX_DIR="$tmp/index" KETNOI_ADDR="127.0.0.1:$port" KETNOI_AUTH__MAIL__DIR="$tmp/mail"
# the soak signs in dozens of clients and signs up hundreds of accounts from one address
export KETNOI_AUTH__RATE_LIMIT__BURST=1000000 KETNOI_AUTH__RATE_LIMIT__PER_MINUTE=100000000
# a shed request (503) is neither a success nor a refusal: let every write reach the handlers
export KETNOI_MAX_IN_FLIGHT=10000
export RUST_LOG="${RUST_LOG:-warn}"
"$bin" seed-demo >/dev/null 2>&1
echo "soak: $engine, $("$bin" --version), $(nproc) cores, $(date -u +%FT%TZ)"
if ! "$bin" soak --kills "$kills" "${seed[@]}" --log "$tmp/server.log"; then
  keep=1
  echo "soak FAILED; the database, index and server log are kept in $tmp" >&2
  tail -20 "$tmp/server.log" >&2
  exit 1
fi
