# shellcheck shell=bash
# Common environment for the Kết Nối scripts. Source it: `. scripts/env.sh`.
#
# One compiler builds everything: Debian's Rust 1.96 (/usr/bin/cargo, /usr/bin/rustc) comes
# first on PATH; ~/.cargo/bin only supplies extra tools (wasm-bindgen). rustup's toolchains are
# older than the workspace's rust-version and are never used to compile, but the stable one
# lends its rust-lld to link the wasm32 target.

export PATH="/usr/bin:$HOME/.cargo/bin:$PATH"

# Build output lives outside the clone so that a fresh clone (CI) reuses earlier builds.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/ketnoi/target}"

# The built site (wasm bundle, CSS, fonts, public/) that the server serves.
export KETNOI_SITE_ROOT="${KETNOI_SITE_ROOT:-$CARGO_TARGET_DIR/site}"

# cargo looks for `cargo-<subcommand>` in ~/.cargo/bin *before* PATH, so `cargo clippy` and
# `cargo fmt` would reach rustup's 1.95 proxies. Call Debian's binaries directly instead.
KETNOI_CARGO_CLIPPY="/usr/bin/cargo-clippy"
KETNOI_CARGO_FMT="/usr/bin/cargo-fmt"
export RUSTFMT="${RUSTFMT:-/usr/bin/rustfmt}"

if [ -z "${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER:-}" ]; then
  for _lld in "$HOME"/.rustup/toolchains/stable-*/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld \
              "$HOME"/.rustup/toolchains/*/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld \
              /usr/bin/rust-lld /usr/bin/lld /usr/bin/wasm-ld; do
    if [ -x "$_lld" ]; then
      export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER="$_lld"
      break
    fi
  done
  unset _lld
fi

# The repository root, whichever directory the caller is in.
KETNOI_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export KETNOI_ROOT

# Timing helpers: `stage "name"` starts a stage, `stage_done` prints its duration.
_ketnoi_stage_name=""
_ketnoi_stage_start=0
stage() {
  _ketnoi_stage_name="$1"
  _ketnoi_stage_start=$(date +%s)
  printf '\n==> %s\n' "$1"
}
stage_done() {
  local secs=$(( $(date +%s) - _ketnoi_stage_start ))
  printf '==> %s: done in %dm%02ds\n' "$_ketnoi_stage_name" $((secs / 60)) $((secs % 60))
}
# Seconds as "XmYYs".
fmt_secs() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

# The wasm-bindgen version that Cargo.lock pins (empty if none).
lock_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' \
    "$KETNOI_ROOT/Cargo.lock"
}

# `free_ports N`: N distinct loopback ports, chosen by the kernel (so none is in use by any
# socket, a connection's own end included, which a connect test cannot see) and held together
# while chosen (so they differ). Needs node, which setup.sh installs for the browser tests.
free_ports() {
  node -e 'const net = require("net"), n = +process.argv[1], held = [];
    for (let i = 0; i < n; i++) {
      const s = net.createServer(); held.push(s);
      s.listen(0, "127.0.0.1", () => {
        if (held.every((h) => h.listening)) {
          console.log(held.map((h) => h.address().port).join(" "));
          held.forEach((h) => h.close());
        }
      });
    }' "${1:-1}"
}
free_port() { free_ports 1; }
