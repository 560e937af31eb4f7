#!/usr/bin/env bash
# Build Kết Nối: the browser bundle (wasm), the site's static files and the server binary.
#
#   scripts/build.sh          release build (what run.sh and CI use)
#   scripts/build.sh --dev    debug build: faster to compile, larger wasm, no wasm-opt
#   scripts/build.sh --production   release, and the server with thin LTO (profile
#                             `production`: ~5-10 % more throughput, ~11 min more to build)
#
# Output: $KETNOI_SITE_ROOT (default $CARGO_TARGET_DIR/site):
#   pkg/ketnoi.js, pkg/ketnoi_bg.wasm, pkg/ketnoi.css, fonts/*.woff2, and public/'s files;
# the server: $CARGO_TARGET_DIR/{release,debug,production}/ketnoi. Run the server with KETNOI_SITE_ROOT set.
#
# No cargo-leptos: the wasm is built by cargo with Debian's Rust 1.96 and -Zbuild-std, then
# wasm-bindgen (the version Cargo.lock pins) writes the JS glue. See /work/shared/TOOLCHAIN.md.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$KETNOI_ROOT"

mode=release
server_profile=release
for arg in "$@"; do
  case "$arg" in
    --dev) mode=dev ;;
    --production) server_profile=production ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg (use --dev or --production)" >&2; exit 2 ;;
  esac
done

build_start=$(date +%s)
SITE="$KETNOI_SITE_ROOT"
PKG="$SITE/pkg"
mkdir -p "$PKG" "$SITE/fonts"

wasm_profile_config=()
if [ "$mode" = release ]; then
  wasm_profile=wasm-release; wasm_dir=wasm-release
  server_flags=(--profile "$server_profile"); server_dir=$server_profile
else
  # A profile of its own (defined here, not in Cargo.toml) so that the wasm build's host-side
  # units (proc macros, build scripts), compiled with RUSTC_BOOTSTRAP=1, do not share
  # target/debug with the server's and tests' and rebuild each other back and forth.
  wasm_profile=wasm-dev; wasm_dir=wasm-dev
  wasm_profile_config=(--config 'profile.wasm-dev.inherits="dev"')
  server_flags=(); server_dir=debug
fi

# --- 1. wasm ---------------------------------------------------------------------------------
stage "wasm ($wasm_profile)"
if [ -z "${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER:-}" ]; then
  echo "error: no rust-lld for the wasm32 target; run scripts/setup.sh" >&2; exit 1
fi
# RUSTC_BOOTSTRAP only here: -Zbuild-std (and the wasm target's -Z rustflags in
# .cargo/config.toml) are unstable, and the server build must not see it.
# CARGO_CACHE_RUSTC_INFO=0: cargo caches its rustc probes in target/.rustc_info.json keyed by the
# arguments but not by RUSTC_BOOTSTRAP, so one wasm32 command run without it (e.g. a plain
# `cargo check --target wasm32-unknown-unknown`) would otherwise make this build fail with
# "the option `Z` is only accepted on the nightly compiler" until the cache is deleted.
RUSTC_BOOTSTRAP=1 CARGO_CACHE_RUSTC_INFO=0 cargo build -p app --lib \
  --target wasm32-unknown-unknown --no-default-features --features hydrate \
  -Zbuild-std=std,panic_abort "${wasm_profile_config[@]}" --profile "$wasm_profile"
WASM_IN="$CARGO_TARGET_DIR/wasm32-unknown-unknown/$wasm_dir/app.wasm"
[ -f "$WASM_IN" ] || { echo "error: $WASM_IN was not produced" >&2; exit 1; }
stage_done

# --- 2. wasm-bindgen (+ wasm-opt) ------------------------------------------------------------
stage "wasm-bindgen"
want=$(lock_wasm_bindgen_version)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ -n "$want" ] && [ "$have" != "$want" ]; then
  echo "error: wasm-bindgen ${have:-missing}, Cargo.lock wants $want; run scripts/setup.sh" >&2
  exit 1
fi
# The server is built without LEPTOS_OUTPUT_NAME, so Leptos loads /pkg/ketnoi.js and
# /pkg/ketnoi_bg.wasm: keep wasm-bindgen's default _bg name.
WASM_OUT="$PKG/ketnoi_bg.wasm"

# Binaryen from npm (pinned in end2end/package.json, runs in Node). Debian bookworm's
# binaryen 108 is not used: it rewrites the export of wasm-bindgen's externref table to point
# at the function table, and the page then fails at start-up with "WebAssembly.Table.set():
# Argument 1 is invalid for table".
WASM_OPT=""
if [ "$mode" = release ]; then
  if [ -x "$KETNOI_ROOT/end2end/node_modules/.bin/wasm-opt" ]; then
    WASM_OPT="$KETNOI_ROOT/end2end/node_modules/.bin/wasm-opt"
  elif command -v wasm-opt >/dev/null 2>&1; then
    v=$(wasm-opt --version | awk '{ print $3 }')
    if [ "${v:-0}" -ge 117 ] 2>/dev/null; then WASM_OPT=$(command -v wasm-opt); fi
  fi
  [ -n "$WASM_OPT" ] || echo "warning: no usable wasm-opt (run scripts/setup.sh: npm binaryen in end2end/); the wasm stays unoptimised" >&2
fi

# Skip the ~25 s of wasm-bindgen + wasm-opt when cargo left its output untouched.
stamp="$PKG/.ketnoi-build-stamp"
key="$(stat -c '%s %Y' "$WASM_IN") $mode wasm-bindgen=$have wasm-opt=${WASM_OPT:+$("$WASM_OPT" --version)}"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$key" ] && [ -f "$WASM_OUT" ] && [ -f "$PKG/ketnoi.js" ]; then
  echo "app.wasm unchanged since the last build; pkg/ketnoi.js and pkg/ketnoi_bg.wasm kept"
else
  rm -f "$stamp" "$PKG/ketnoi.js" "$WASM_OUT"
  wasm-bindgen --target web --no-typescript --out-dir "$PKG" --out-name ketnoi "$WASM_IN"
  if [ -n "$WASM_OPT" ]; then
    echo "wasm-opt -Oz ($("$WASM_OPT" --version))"
    "$WASM_OPT" -Oz -o "$WASM_OUT.opt" "$WASM_OUT"
    mv "$WASM_OUT.opt" "$WASM_OUT"
  elif [ "$mode" = dev ] && [ -z "${KETNOI_KEEP_WASM_NAMES:-}" ]; then
    # A dev build's "name" section (Leptos' long generic symbol names) is ~65 MB of the ~70 MB
    # file and makes every page load crawl; drop it (KETNOI_KEEP_WASM_NAMES=1 keeps it for
    # symbolised wasm stack traces). Panic messages keep their file:line either way.
    node - "$WASM_OUT" <<'JS'
const fs = require('fs');
const file = process.argv[2];
const b = fs.readFileSync(file);
const leb = (i) => { let r = 0, s = 0, x; do { x = b[i++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return [r, i]; };
const out = [b.subarray(0, 8)];
for (let i = 8; i < b.length;) {
  const start = i;
  const id = b[i++];
  const [size, body] = leb(i);
  i = body + size;
  if (id === 0) {
    const [len, n] = leb(body);
    if (b.toString('utf8', n, n + len) === 'name') continue;
  }
  out.push(b.subarray(start, i));
}
fs.writeFileSync(file, Buffer.concat(out));
JS
    echo "dropped the wasm name section (dev)"
  fi
  printf '%s' "$key" >"$stamp"
fi
sizes="$PKG/.ketnoi-sizes"
if [ ! -f "$sizes" ] || [ "$sizes" -ot "$stamp" ]; then
  raw=$(wc -c <"$WASM_OUT")
  if command -v brotli >/dev/null 2>&1; then
    br=$(brotli -c -q 11 "$WASM_OUT" | wc -c)
    br_text="$br bytes brotli ($((br / 1024)) KiB)"
  else
    br_text="brotli size unknown (no brotli)"
  fi
  printf 'wasm: %s bytes raw (%s KiB), %s; js glue: %s bytes\n' \
    "$raw" "$((raw / 1024))" "$br_text" "$(wc -c <"$PKG/ketnoi.js")" >"$sizes"
fi
cat "$sizes"
stage_done

# --- 3. CSS, public/, fonts ------------------------------------------------------------------
stage "static files"
# CSS: style/main.css with its `@import "x.css";` lines inlined (one request, no Sass needed).
if [ -f style/main.css ]; then
  awk '
    function inline(file,   line, m, path) {
      while ((getline line < file) > 0) {
        if (match(line, /^[ \t]*@import[ \t]+(url\()?["'"'"']?[^"'"'"')]+\.css["'"'"']?\)?[ \t]*;[ \t]*$/)) {
          path = line
          sub(/^[ \t]*@import[ \t]+(url\()?["'"'"']?/, "", path)
          sub(/["'"'"']?\)?[ \t]*;[ \t]*$/, "", path)
          if (path !~ /^\//) { dir = file; sub(/[^\/]*$/, "", dir); path = dir path }
          inline(path)
        } else {
          print line
        }
      }
      close(file)
    }
    BEGIN { inline("style/main.css") }' >"$PKG/ketnoi.css.tmp"
  mv "$PKG/ketnoi.css.tmp" "$PKG/ketnoi.css"
  echo "pkg/ketnoi.css: $(wc -c <"$PKG/ketnoi.css") bytes"
else
  echo "warning: style/main.css missing; writing an empty pkg/ketnoi.css" >&2
  : >"$PKG/ketnoi.css"
fi

if [ -d public ]; then
  cp -R public/. "$SITE/"
  echo "public/ copied"
fi

FONT_SRC="end2end/node_modules/@fontsource/be-vietnam-pro/files"
if [ -d "$FONT_SRC" ]; then
  n=0
  for subset in vietnamese latin latin-ext; do
    for weight in 400 600 700; do   # the weights style/main.css declares
      f="be-vietnam-pro-$subset-$weight-normal.woff2"
      cp "$FONT_SRC/$f" "$SITE/fonts/$f"
      n=$((n + 1))
    done
  done
  echo "fonts: $n Be Vietnam Pro woff2 files in fonts/"
else
  echo "error: $FONT_SRC missing; run scripts/setup.sh (npm ci in end2end/)" >&2
  exit 1
fi
stage_done

# --- 4. fingerprints and compressed copies ---------------------------------------------------
# Every file the pages link gets its content's hash in its name (16 hex digits,
# app/src/assets.rs), so the server can let browsers keep it for a year; the names go to
# pkg/assets.json, which the server reads at start. Brotli (quality 11) and gzip copies are
# written once per content; the server sends them as they are. The previous build's files stay
# (pages rendered by a node not yet upgraded still name them); older ones are removed.
stage "fingerprints"
hash_of() { cat "$@" | sha256sum | cut -c1-16; }
fp=("$SITE/favicon.svg")
cp "$PKG/ketnoi.css" "$PKG/ketnoi.css.fp"
for f in "$SITE"/fonts/*.woff2; do
  case "$f" in *.????????????????.woff2) continue ;; esac
  base=$(basename "$f" .woff2)
  name="$base.$(hash_of "$f").woff2"
  [ -f "$SITE/fonts/$name" ] || cp "$f" "$SITE/fonts/$name"
  sed -i "s#/fonts/$base\.woff2#/fonts/$name#g" "$PKG/ketnoi.css.fp"
  fp+=("$SITE/fonts/$name")
done
css="ketnoi.$(hash_of "$PKG/ketnoi.css.fp").css"
mv "$PKG/ketnoi.css.fp" "$PKG/$css"
out="ketnoi.$(hash_of "$PKG/ketnoi.js" "$WASM_OUT")"
[ -f "$PKG/$out.js" ] || cp "$PKG/ketnoi.js" "$PKG/$out.js"
[ -f "$PKG/${out}_bg.wasm" ] || cp "$WASM_OUT" "$PKG/${out}_bg.wasm"
icon="favicon.$(hash_of "$SITE/favicon.svg").svg"
cp "$SITE/favicon.svg" "$PKG/$icon"
for f in "$PKG/$css" "$PKG/$out.js" "$PKG/${out}_bg.wasm" "$PKG/$icon"; do
  [ -f "$f.br" ] || brotli -q 11 -k -f "$f"
  [ -f "$f.gz" ] || gzip -9 -k -f -n "$f"
  fp+=("$f")
done
manifest="{\"output_name\": \"$out\", \"css\": \"/pkg/$css\", \"favicon\": \"/pkg/$icon\"}"
if [ -f "$PKG/assets.json" ] && [ "$(cat "$PKG/assets.json")" != "$manifest" ]; then
  mv "$PKG/assets.json" "$PKG/assets.previous.json"
fi
printf '%s\n' "$manifest" >"$PKG/assets.json.tmp" && mv "$PKG/assets.json.tmp" "$PKG/assets.json"
# what the current and the previous manifest name (and the fonts their stylesheets name) stays
wanted=$(cat "$PKG"/assets*.json | grep -o '"[a-z_]*": "[^"]*"' | cut -d'"' -f4 | sed 's#^/pkg/##')
for m in "$PKG"/assets*.json; do
  c=$(grep -o '"css": "/pkg/[^"]*"' "$m" | cut -d'"' -f4 | sed 's#^/pkg/##')
  [ -f "$PKG/$c" ] && wanted+=$'\n'$(grep -o '/fonts/[^)]*\.woff2' "$PKG/$c" | sed 's#^/##')
done
removed=0
for f in "$PKG"/*.????????????????[._]* "$SITE"/fonts/*.????????????????.woff2; do
  [ -e "$f" ] || continue
  rel=${f#"$SITE/"}; name=${rel#pkg/}
  key=${name%.br}; key=${key%.gz}; key=${key%_bg.wasm}; key=${key%.js}
  if ! grep -qxF -e "$name" -e "${name%.br}" -e "${name%.gz}" -e "$key" -e "$rel" <<<"$wanted"; then
    rm -f "$f"; removed=$((removed + 1))
  fi
done
echo "pkg/assets.json: $manifest ($removed stale files removed)"
stage_done

# --- 5. server -------------------------------------------------------------------------------
stage "server (${server_dir})"
cargo build -p server "${server_flags[@]}"
BIN="$CARGO_TARGET_DIR/$server_dir/ketnoi"
[ -x "$BIN" ] || { echo "error: $BIN was not produced" >&2; exit 1; }
stage_done

total=$(( $(date +%s) - build_start ))
echo
echo "build ($mode): done in $(fmt_secs "$total")"
echo "  site:   $SITE"
echo "  server: $BIN"
