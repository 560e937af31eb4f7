#!/usr/bin/env bash
# Everything CI checks, in order: setup, formatting, lints (server and browser features), the
# wasm dependency rule, unit + integration tests, the release build, Schemathesis against the
# API's OpenAPI document, and the end-to-end journeys in Chromium against the real server on a
# fresh demo database.
#
# Checks that do not depend on each other all run, so one failure does not hide the others;
# the end-to-end stage needs a successful build. Exit status is non-zero if anything failed.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$KETNOI_ROOT"

test_start=$(date +%s)
failed=()
summary=()
failed_logs=()
stage_logs=()
stage_dir=$(mktemp -d "${TMPDIR:-/tmp}/ketnoi-test-stages.XXXXXX")

# run_stage NAME COMMAND...: run, time and record one stage without stopping the script.
run_stage() {
  local name="$1"; shift
  local start rc secs out tee_pid
  start=$(date +%s)
  printf '\n==> %s\n' "$name"
  # each stage's output is also kept, so the summary can end with the failures' last lines
  # (a CI page often shows only the tail of the whole run)
  stage_logs+=("$stage_dir/${#stage_logs[@]}.log")
  exec {out}> >(tee "${stage_logs[-1]}")
  tee_pid=$!
  set +e
  "$@" >&"$out" 2>&1
  rc=$?
  set -e
  exec {out}>&-
  # tee ends when the stage's last writer does; a daemon the stage left running may hold on
  for _ in $(seq 1 20); do kill -0 "$tee_pid" 2>/dev/null || break; sleep 0.1; done
  secs=$(( $(date +%s) - start ))
  if [ "$rc" -eq 0 ]; then
    printf '==> %s: ok in %s\n' "$name" "$(fmt_secs "$secs")"
    summary+=("ok      $(fmt_secs "$secs")  $name")
  else
    printf '==> %s: FAILED (exit %d) in %s\n' "$name" "$rc" "$(fmt_secs "$secs")"
    summary+=("FAILED  $(fmt_secs "$secs")  $name")
    failed+=("$name")
    failed_logs+=("${stage_logs[-1]}")
  fi
  return "$rc"
}

finish() {
  local total=$(( $(date +%s) - test_start ))
  stop_pg
  echo
  echo "---- summary ----"
  printf '  %s\n' "${summary[@]}"
  if [ ${#failed[@]} -eq 0 ]; then
    rm -rf "$stage_dir"
    echo "test.sh: PASSED — all ${#summary[@]} stages in $(fmt_secs "$total")"
    exit 0
  else
    local i
    for i in "${!failed[@]}"; do
      printf '\n---- the last lines of "%s" ----\n' "${failed[i]}"
      tail -n 40 "${failed_logs[i]}"
    done
    rm -rf "$stage_dir"
    echo "test.sh: FAILED — ${failed[*]} ($(fmt_secs "$total"))"
    exit 1
  fi
}

# --- stages ----------------------------------------------------------------------------------

fmt_check() { "$KETNOI_CARGO_FMT" --all --check; }

clippy_ssr() {
  # The server crate turns on app/ssr; naming it keeps this right if that ever changes.
  "$KETNOI_CARGO_CLIPPY" clippy --workspace --all-targets --features app/ssr -- -D warnings
}

clippy_hydrate() {
  # The browser side, checked for the host (no -Zbuild-std needed for a check).
  "$KETNOI_CARGO_CLIPPY" clippy -p app --lib --no-default-features --features hydrate -- -D warnings
}

wasm_tree_check() {
  local tree bad
  # The wasm target's rustflags (.cargo/config.toml) hold -Z options: like build.sh, allow them
  # and keep cargo's rustc-probe cache out of it.
  export RUSTC_BOOTSTRAP=1 CARGO_CACHE_RUSTC_INFO=0
  tree=$(cargo tree -p app --no-default-features --features hydrate \
           --target wasm32-unknown-unknown -e normal --prefix none --format '{p}') || return 1
  bad=$(printf '%s\n' "$tree" | awk '{ print $1 }' \
          | grep -E '^(sqlx(-[a-z0-9-]+)?|tantivy(-[a-z0-9-]+)?|tokio|argon2)$' | sort -u || true)
  if [ -n "$bad" ]; then
    echo "error: the browser (hydrate) build depends on server-only crates:" >&2
    printf '  %s\n' $bad >&2
    echo "Keep them behind the app's \`ssr\` feature. Paths:" >&2
    for c in $bad; do
      cargo tree -p app --no-default-features --features hydrate \
        --target wasm32-unknown-unknown -e normal -i "$c" 2>/dev/null | head -20 >&2 || true
    done
    return 1
  fi
  echo "wasm dependency tree: $(printf '%s\n' "$tree" | awk '{ print $1 }' | sort -u | wc -l) crates, no sqlx/tantivy/tokio/argon2"
}

# In a subshell, so RUSTC_BOOTSTRAP does not leak into the later stages.
wasm_tree_check_isolated() { (wasm_tree_check); }

# A throw-away PostgreSQL cluster for the tests that compare and move between the engines
# (schema_engines, engines); its own state file, so a developer's cluster is left alone.
export KETNOI_PG_STATE="${TMPDIR:-/tmp}/ketnoi-test-pg-$$.env"
start_pg() {
  local env
  env=$(bash scripts/pg.sh start) || return 1
  eval "$env"
  echo "PostgreSQL for the tests: $KETNOI_TEST_PG_URL"
}
stop_pg() {
  if [ -f "$KETNOI_PG_STATE" ]; then bash scripts/pg.sh stop >/dev/null 2>&1 || true; fi
}

unit_tests() {
  if cargo nextest --version >/dev/null 2>&1; then
    cargo nextest run --workspace
  else
    cargo test --workspace
  fi
}

# The same suite with every test database on the throw-away PostgreSQL cluster
# (`app::backend::store::testing` reads KETNOI_TEST_ENGINE).
unit_tests_postgres() {
  [ -n "${KETNOI_TEST_PG_URL:-}" ] || { echo "error: no PostgreSQL cluster for the tests" >&2; return 1; }
  KETNOI_TEST_ENGINE=postgres unit_tests
}

# The browser bundle's brotli size may not grow past its budget unnoticed (it doubled once while
# nothing watched it). Raise the budget deliberately, with the reason in the commit.
BUNDLE_BUDGET_KIB=600
bundle_budget() {
  local wasm br
  wasm="$KETNOI_SITE_ROOT/pkg/ketnoi_bg.wasm"   # the current build's, under its plain name too
  [ -f "$wasm" ] || { echo "error: no wasm bundle at $wasm" >&2; return 1; }
  br=$(brotli -c -q 11 "$wasm" | wc -c)
  echo "browser bundle: $((br / 1024)) KiB brotli (budget ${BUNDLE_BUDGET_KIB} KiB)"
  [ "$br" -le $((BUNDLE_BUDGET_KIB * 1024)) ]
}

# wait_for URL PID: until URL answers, or the process PID is gone (1 minute at most).
wait_for() {
  for _ in $(seq 1 600); do
    if curl -fsS -o /dev/null "$1" 2>/dev/null; then return 0; fi
    kill -0 "$2" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

# e2e [postgres]: the journeys against a server on a fresh demo database, on SQLite or (with
# `postgres`) in a new database on the throw-away cluster.
e2e() {
  local bin="$CARGO_TARGET_DIR/release/ketnoi"
  local tmp port url server_pid oidc_port oidc_pid rc
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/ketnoi-e2e.XXXXXX")
  port=$(free_port)
  url="http://127.0.0.1:$port"
  if [ "${1:-}" = "postgres" ]; then
    [ -n "${KETNOI_TEST_PG_URL:-}" ] || { echo "error: no PostgreSQL cluster for the journeys" >&2; return 1; }
    local name="ketnoi_e2e_$$_$(date +%s)"
    psql -q -v ON_ERROR_STOP=1 "$KETNOI_TEST_PG_URL" -c "CREATE DATABASE $name" || return 1
    export KETNOI_DATABASE_URL="${KETNOI_TEST_PG_URL%/*}/$name"
  else
    export KETNOI_DATABASE_URL="sqlite://$tmp/ketnoi.db"
  fi
  export KETNOI_INDEX_DIR="$tmp/index"
  export KETNOI_ADDR="127.0.0.1:$port"
  # Mail lands as files the journeys read; the sign-in rate limit leaves room for parallel tests.
  export KETNOI_AUTH__MAIL__DIR="$tmp/mail" MAIL_DIR="$tmp/mail"
  export KETNOI_AUTH__RATE_LIMIT__BURST=100

  # A real OpenID Connect provider on loopback, configured as the provider "test".
  oidc_port=$(free_port)
  export OIDC_URL="http://127.0.0.1:$oidc_port"
  OIDC_PORT="$oidc_port" OIDC_REDIRECT_URIS="$url/auth/test/callback" \
    node end2end/support/oidc-provider.mjs >"$tmp/oidc.log" 2>&1 &
  oidc_pid=$!
  cat >"$tmp/ketnoi.toml" <<TOML
[[auth.providers]]
id = "test"
kind = "oidc"
name = "Test OIDC"
issuer = "$OIDC_URL"
client_id = "ketnoi-test"
client_secret = "ketnoi-test-secret"
TOML
  export KETNOI_CONFIG="$tmp/ketnoi.toml"

  echo "database: $KETNOI_DATABASE_URL"
  "$bin" migrate || return 1
  "$bin" seed-demo || return 1

  "$bin" serve >"$tmp/server.log" 2>&1 &
  server_pid=$!
  # Stop the server and the provider whatever happens next (including Ctrl-C).
  trap 'kill "'"$server_pid"'" "'"$oidc_pid"'" 2>/dev/null || true' EXIT
  trap 'kill "'"$server_pid"'" "'"$oidc_pid"'" 2>/dev/null || true; exit 130' INT TERM

  if ! wait_for "$url/healthz" "$server_pid"; then
    echo "error: the server did not answer $url/healthz; its log:" >&2
    tail -50 "$tmp/server.log" >&2
    kill "$server_pid" "$oidc_pid" 2>/dev/null || true
    return 1
  fi
  if ! wait_for "$OIDC_URL/__test/health" "$oidc_pid"; then
    echo "error: the OpenID Connect provider did not start; its log:" >&2
    tail -30 "$tmp/oidc.log" >&2
    kill "$server_pid" "$oidc_pid" 2>/dev/null || true
    return 1
  fi
  echo "server up at $url (pid $server_pid), OpenID Connect provider at $OIDC_URL"

  set +e
  (cd end2end && BASE_URL="$url" PW_RETRIES=1 PW_JSON_REPORT="$tmp/playwright.json" npx playwright test)
  rc=$?
  set -e

  kill "$server_pid" "$oidc_pid" 2>/dev/null || true
  wait "$server_pid" "$oidc_pid" 2>/dev/null || true
  trap - EXIT INT TERM
  # Flaky journeys (failed once, passed on retry) and failures are named last, where a
  # truncated CI log still shows them.
  node end2end/support/report-failures.mjs "$tmp/playwright.json" || true
  if [ "$rc" -ne 0 ]; then
    echo "server log (last 30 lines, full log in $tmp/server.log):"
    tail -30 "$tmp/server.log"
    node end2end/support/report-failures.mjs "$tmp/playwright.json" || true
  else
    rm -rf "$tmp"
  fi
  return "$rc"
}

# e2e_cluster: the collaboration journey on two nodes of one PostgreSQL database, each behind its
# own nginx (deploy/nginx.conf): the requester's browser comes in through one, the provider's
# through the other, so every step of one user is served by another node than the other's.
e2e_cluster() {
  local bin="$CARGO_TARGET_DIR/release/ketnoi" nginx tmp name i rc
  local -a ports doors pids=()
  nginx="$(command -v nginx || echo /usr/sbin/nginx)"
  [ -x "$nginx" ] || { echo "error: nginx is missing (scripts/setup.sh installs it)" >&2; return 1; }
  [ -n "${KETNOI_TEST_PG_URL:-}" ] || { echo "error: no PostgreSQL cluster for the journey" >&2; return 1; }
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/ketnoi-e2e-cluster.XXXXXX")
  name="ketnoi_e2e_cluster_$$_$(date +%s)"
  psql -q -v ON_ERROR_STOP=1 "$KETNOI_TEST_PG_URL" -c "CREATE DATABASE $name" || return 1
  (
    # the journeys before leave their server's settings exported (KETNOI_CONFIG names a file gone)
    unset KETNOI_CONFIG KETNOI_ADDR KETNOI_INDEX_DIR
    export KETNOI_DATABASE_URL="${KETNOI_TEST_PG_URL%/*}/$name" KETNOI_TRUSTED_PROXIES=127.0.0.1
    export KETNOI_AUTH__MAIL__DIR="$tmp/mail" KETNOI_AUTH__RATE_LIMIT__BURST=100
    "$bin" migrate >/dev/null 2>&1 && "$bin" seed-demo >/dev/null 2>&1 || exit 1
    for i in 1 2; do
      ports[i]=$(free_port)
      KETNOI_ADDR="127.0.0.1:${ports[i]}" KETNOI_INDEX_DIR="$tmp/node$i/index" "$bin" serve >"$tmp/node$i.log" 2>&1 &
      pids+=($!)
    done
    trap 'kill "${pids[@]}" 2>/dev/null; for i in 1 2; do [ -f "$tmp/nginx$i/nginx.pid" ] && kill -QUIT "$(cat "$tmp/nginx$i/nginx.pid")"; done 2>/dev/null' EXIT
    for i in 1 2; do
      wait_for "http://127.0.0.1:${ports[i]}/healthz" "${pids[i - 1]}" || { tail -20 "$tmp/node$i.log" >&2; exit 1; }
      doors[i]=$(free_port)
      mkdir -p "$tmp/nginx$i"
      bash scripts/nginx-conf.sh "$tmp/nginx$i" "127.0.0.1:${doors[i]}" "$KETNOI_SITE_ROOT" "${ports[i]}" >"$tmp/nginx$i/nginx.conf"
      "$nginx" -p "$tmp/nginx$i" -c "$tmp/nginx$i/nginx.conf" || exit 1
      wait_for "http://127.0.0.1:${doors[i]}/healthz" "${pids[i - 1]}" || { cat "$tmp/nginx$i/error.log" >&2; exit 1; }
    done
    echo "node 1 behind nginx on :${doors[1]} (requester), node 2 behind nginx on :${doors[2]} (provider)"
    cd end2end && BASE_URL="http://127.0.0.1:${doors[1]}" PROVIDER_URL="http://127.0.0.1:${doors[2]}" PW_RETRIES=1 \
      npx playwright test collaboration.spec.ts
  )
  rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "the nodes' logs and nginx's files are kept in $tmp" >&2
    tail -n 20 "$tmp"/node*.log "$tmp"/nginx*/error.log >&2 || true
  else
    rm -rf "$tmp"
  fi
  return "$rc"
}

# --- run -------------------------------------------------------------------------------------

# `scripts/test.sh e2e [postgres|cluster]`: only the build and the Chromium journeys (while
# working on them), on SQLite, PostgreSQL, or two nodes behind nginx.
if [ "${1:-}" = "e2e" ]; then
  run_stage "build (release)" bash scripts/build.sh || finish
  if [ "${2:-}" = "postgres" ]; then
    run_stage "PostgreSQL (throw-away cluster)" start_pg || finish
    run_stage "end-to-end on PostgreSQL (Playwright, Chromium)" e2e postgres || true
  elif [ "${2:-}" = "cluster" ]; then
    run_stage "PostgreSQL (throw-away cluster)" start_pg || finish
    run_stage "end-to-end through nginx, two nodes (PostgreSQL)" e2e_cluster || true
  else
    run_stage "end-to-end (Playwright, Chromium)" e2e || true
  fi
  finish
fi

run_stage "setup" bash scripts/setup.sh || finish
run_stage "fmt" fmt_check || true
run_stage "clippy (ssr, all targets)" clippy_ssr || true
run_stage "clippy (hydrate)" clippy_hydrate || true
run_stage "wasm dependency tree" wasm_tree_check_isolated || true
run_stage "PostgreSQL (throw-away cluster)" start_pg || true
run_stage "tests" unit_tests || true
run_stage "tests on PostgreSQL" unit_tests_postgres || true
if run_stage "build (release)" bash scripts/build.sh; then
  run_stage "browser bundle budget" bundle_budget || true
  run_stage "crash soak, 3 kills (SQLite)" bash scripts/soak.sh --kills 3 || true
  run_stage "crash soak, 3 kills (PostgreSQL)" bash scripts/soak.sh --kills 3 --postgres || true
  run_stage "several nodes' faults through nginx (PostgreSQL)" bash scripts/faults.sh || true
  run_stage "disk full (tmpfs in a user namespace)" bash scripts/diskfull.sh || true
  run_stage "API against its OpenAPI document (Schemathesis)" bash scripts/schemathesis.sh || true
  run_stage "end-to-end (Playwright, Chromium)" e2e || true
  run_stage "end-to-end on PostgreSQL (Playwright, Chromium)" e2e postgres || true
  run_stage "end-to-end through nginx, two nodes (PostgreSQL)" e2e_cluster || true
else
  summary+=("skipped        Schemathesis and end-to-end (the build failed)")
fi
finish
