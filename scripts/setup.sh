#!/usr/bin/env bash
# Install what building and testing Kết Nối needs. Idempotent: skips whatever is already there.
#
#   apt:    Debian's Rust 1.96 (+ std source, clippy, rustfmt), Chromium, brotli, wrk, sqlite3,
#           PostgreSQL (server binaries for scripts/pg.sh's test cluster); Node.js/npm only if
#           missing
#   cargo:  wasm-bindgen-cli, exactly the version Cargo.lock pins
#   npm:    end2end/ dependencies (Playwright, the Be Vietnam Pro font files, binaryen's wasm-opt)
#   pip:    schemathesis, in a venv under $HOME/.cache/ketnoi/venv (API property tests)
#
#   scripts/setup.sh          everything (what scripts/test.sh needs)
#   scripts/setup.sh --run    only what building and running the app needs (scripts/run.sh):
#                             no Chromium, PostgreSQL, nginx, wrk or schemathesis
#
# Never downloads a toolchain or a browser build of its own (these machines reach only the
# package registries): no `npx playwright install`, and rustup is only *tried* with a timeout.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$KETNOI_ROOT"

setup_start=$(date +%s)
run_only=0
[ "${1:-}" = "--run" ] && run_only=1

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# --- apt -------------------------------------------------------------------------------------
stage "apt packages"
# (binaryen's wasm-opt comes from npm instead: Debian bookworm's 108 breaks wasm-bindgen's
# externref table, see build.sh.)
if [ "$run_only" = 1 ]; then
  APT_PACKAGES=(rustc-web cargo-web rust-web-src brotli)
else
  APT_PACKAGES=(rustc-web cargo-web rust-web-src rust-web-clippy rustfmt-web
                chromium brotli wrk sqlite3 postgresql nginx libnginx-mod-http-brotli-static)
fi
command -v npm >/dev/null 2>&1 || APT_PACKAGES+=(nodejs npm)
RUST_PACKAGES=(rustc-web cargo-web rust-web-src rust-web-clippy rustfmt-web)
[ "$run_only" = 1 ] && RUST_PACKAGES=(rustc-web cargo-web rust-web-src)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
# An older Debian Rust may already be installed (seen: 1.85): upgrade it.
rust_new_enough() { case "$1" in "rustc 1.9"[6-9]*|"rustc 1."[1-9][0-9][0-9]*) return 0 ;; *) return 1 ;; esac; }
if [ -x /usr/bin/rustc ] && ! rust_new_enough "$(/usr/bin/rustc --version)"; then
  for p in "${RUST_PACKAGES[@]}"; do
    case " ${missing[*]} " in *" $p "*) ;; *) missing+=("$p") ;; esac
  done
fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "all present: ${APT_PACKAGES[*]}"
else
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Refresh the package lists only when apt cannot find a candidate for a missing package.
  needs_update=0
  for p in "${missing[@]}"; do
    cand=$(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ { print $2 }')
    if [ -z "$cand" ] || [ "$cand" = "(none)" ]; then needs_update=1; fi
  done
  # Stale lists may offer an older Rust than the workspace needs (seen: 1.85 before an update).
  rust_cand=$(apt-cache policy rustc-web 2>/dev/null | awk '/Candidate:/ { print $2 }')
  case "$rust_cand" in 1.9[6-9]*|1.[1-9][0-9][0-9]*) ;; *) needs_update=1 ;; esac
  if [ ! -d /var/lib/apt/lists ] || [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v -e lock -e partial)" ]; then
    needs_update=1
  fi
  if [ "$needs_update" -eq 1 ]; then
    echo "apt-get update"
    $SUDO apt-get update
  fi
  $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
rustc_version=$(/usr/bin/rustc --version)
echo "compiler: $rustc_version"
case "$rustc_version" in
  "rustc 1.9"[6-9]*|"rustc 1."[1-9][0-9][0-9]*) ;;
  *) echo "error: /usr/bin/rustc must be >= 1.96 (the workspace's rust-version)" >&2; exit 1 ;;
esac
stage_done

# --- wasm32 target ---------------------------------------------------------------------------
stage "wasm32 target"
# rustup cannot download here (it hangs); try once, briefly, and carry on either way. The build
# always uses Debian's 1.96 with -Zbuild-std (std compiled from /usr/lib/rustlib/src/rust),
# because rustup's toolchains are older than the workspace's rust-version.
if command -v rustup >/dev/null 2>&1; then
  if timeout 20 rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then
    echo "rustup: wasm32-unknown-unknown present for rustup's toolchain (not used for the build)"
  else
    echo "rustup target add timed out or failed (expected offline); using -Zbuild-std with Debian's Rust"
  fi
else
  echo "no rustup; using -Zbuild-std with Debian's Rust"
fi
if [ ! -d /usr/lib/rustlib/src/rust/library/std ]; then
  echo "error: the std source (rust-web-src) is missing under /usr/lib/rustlib/src/rust" >&2
  exit 1
fi
if [ -z "${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER:-}" ]; then
  echo "error: no rust-lld found (looked under ~/.rustup/toolchains/*/lib/rustlib/*/bin)" >&2
  exit 1
fi
echo "wasm linker: $CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER"
stage_done

# --- wasm-bindgen-cli ------------------------------------------------------------------------
stage "wasm-bindgen-cli"
want=$(lock_wasm_bindgen_version)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ -z "$want" ]; then
  echo "Cargo.lock pins no wasm-bindgen; skipping"
elif [ "$have" = "$want" ]; then
  echo "wasm-bindgen $have already installed"
else
  echo "installing wasm-bindgen-cli $want (have: ${have:-none}); takes 4-6 min on 2 cores"
  # Not --locked: the tool's own lock file pins a crate version the registry no longer has.
  # Without the project's CARGO_TARGET_DIR: cargo then builds in a temporary directory.
  env -u CARGO_TARGET_DIR cargo install wasm-bindgen-cli --version "$want"
fi
stage_done

# --- npm -------------------------------------------------------------------------------------
stage "npm (end2end)"
cd "$KETNOI_ROOT/end2end"
stamp=node_modules/.ketnoi-installed
lock=package-lock.json
[ -f "$lock" ] || lock=package.json
if [ -d node_modules ] && [ -f "$stamp" ] && [ ! "$lock" -nt "$stamp" ] && [ ! package.json -nt "$stamp" ]; then
  echo "node_modules up to date"
else
  if [ -f package-lock.json ]; then
    echo "npm ci"
    npm ci --no-audit --no-fund
  else
    echo "npm install"
    npm install --no-audit --no-fund
  fi
  touch "$stamp"
fi
cd "$KETNOI_ROOT"
stage_done

# --- Python tools ----------------------------------------------------------------------------
stage "schemathesis (PyPI, in a venv)"
venv="$HOME/.cache/ketnoi/venv"
if [ "$run_only" = 1 ]; then
  echo "not needed to run the app (scripts/test.sh installs it)"
elif [ -x "$venv/bin/schemathesis" ]; then
  echo "present: $("$venv/bin/schemathesis" --version)"
else
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check schemathesis
  echo "installed: $("$venv/bin/schemathesis" --version)"
fi
stage_done

total=$(( $(date +%s) - setup_start ))
echo
echo "setup: done in $(fmt_secs "$total")"
