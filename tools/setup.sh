#!/usr/bin/env bash
# Installs what the build and the tests need, when it is missing. Idempotent: each step checks
# first and is quick when the tool is already there. Where a step cannot install (no rustup, no
# npm, not root), it stops and says exactly what to install.
#
#   tools/setup.sh build     wasm32 target, Trunk, wasm-bindgen-cli, npm packages (wasm-opt)
#   tools/setup.sh browser   Debian's chromium, chromium-driver and firefox-esr
#   tools/setup.sh nginx     Debian's nginx with its brotli_static module (make serve, test-nginx)
#
# Each version is written once, where the tool that uses it reads it; this script reads it there:
# Trunk's in Trunk.toml, wasm-bindgen's in Cargo.toml, binaryen's in package.json, and the release
# build's nightly in the Makefile (RELEASE_TOOLCHAIN, which `make` passes in).
set -euo pipefail
cd "$(dirname "$0")/.."

# (With or without the leading ^ of a version requirement.)
TRUNK_VERSION=$(sed -n 's/^trunk-version = "^\{0,1\}\([0-9.]*\)"/\1/p' Trunk.toml)
# The wasm-bindgen CLI must be the exact version of the crate pinned in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
for found in TRUNK_VERSION WASM_BINDGEN_VERSION; do
  [ -n "${!found}" ] || { echo "setup: cannot read $found from Trunk.toml or Cargo.toml" >&2; exit 1; }
done
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
need() { # need <command> <what to do>
  command -v "$1" >/dev/null 2>&1 || { printf 'setup: missing `%s`. %s\n' "$1" "$2" >&2; exit 1; }
}

build_tools() {
  need cargo "Install Rust with rustup: https://rustup.rs (the build was verified with Rust 1.95)."
  need rustup "Install Rust with rustup (https://rustup.rs): the wasm32 target is added with it."
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  # The release build's pinned nightly (see RELEASE_TOOLCHAIN in the Makefile), with the
  # standard library's source, and that library's own dependencies fetched once for offline
  # builds.
  local nightly=${RELEASE_TOOLCHAIN:?run this through make, which sets RELEASE_TOOLCHAIN}
  if ! rustup component list --toolchain "$nightly" --installed 2>/dev/null | grep -q '^rust-src'; then
    say "installing the release build's toolchain $nightly with rust-src (a minute, once)"
    rustup toolchain install "$nightly" --profile minimal --component rust-src
  fi
  local stamp="target/.std-deps-$nightly"
  if [ ! -f "$stamp" ]; then
    say "fetching the standard library's dependencies for $nightly (once)"
    cargo "+$nightly" fetch --manifest-path \
      "$(rustc "+$nightly" --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
    mkdir -p target && touch "$stamp"
  fi
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing Trunk $TRUNK_VERSION (about 12 minutes on 2 cores, once)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
    # Not --locked: one of its locked dependencies is no longer on the registry.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
  # The link-preview pictures are drawn with DejaVu Sans (src/prerender/preview.rs names the
  # files; the prerender says which is missing).
  if command -v dpkg >/dev/null 2>&1 && ! dpkg -s fonts-dejavu-core >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      say "installing Debian's fonts-dejavu-core (the link-preview pictures' font)"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core >/dev/null
    else
      echo "setup: the link-preview pictures need DejaVu Sans: sudo apt-get install fonts-dejavu-core" >&2
      exit 1
    fi
  fi
  need node "Install Node.js 20 or newer with npm (Debian: apt-get install nodejs npm)."
  need npm "Install npm (Debian: apt-get install npm)."
  if [ ! -f node_modules/.setup-stamp ] || [ package-lock.json -nt node_modules/.setup-stamp ]; then
    say "installing the npm packages (binaryen's wasm-opt, Playwright, axe-core, html-validate)"
    # Playwright and Puppeteer drive Debian's browsers: neither may download one of its own.
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
    touch node_modules/.setup-stamp
  fi
  local binaryen
  binaryen=$(node -p "require('./package.json').devDependencies.binaryen.split('.')[0]")
  [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" = "$binaryen" ] ||
    { echo "setup: wasm-opt $binaryen from npm binaryen is not on PATH (node_modules/.bin)." >&2; exit 1; }
}

browser() {
  if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 &&
    command -v firefox-esr >/dev/null 2>&1; then
    return
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's chromium, chromium-driver and firefox-esr"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver firefox-esr >/dev/null
  else
    echo "setup: the tests need Chromium and ChromeDriver at /usr/bin/chromium and /usr/bin/chromedriver," >&2
    echo "       and Firefox ESR at /usr/bin/firefox-esr (the second engine's tests)." >&2
    echo "       On Debian or Ubuntu, run: sudo apt-get install chromium chromium-driver firefox-esr" >&2
    exit 1
  fi
}

nginx_server() {
  # (Where the module is: written once, in src/hosting/nginx.rs, which loads it.)
  local module
  module=$(sed -n 's/^pub const BROTLI_MODULE: &str = "\(.*\)";/\1/p' src/hosting/nginx.rs)
  [ -n "$module" ] || { echo "setup: cannot read BROTLI_MODULE from src/hosting/nginx.rs" >&2; exit 1; }
  if command -v nginx >/dev/null 2>&1 && [ -f "$module" ]; then
    return
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's nginx and libnginx-mod-http-brotli-static"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx libnginx-mod-http-brotli-static >/dev/null
  else
    echo "setup: make serve and the served-site tests need nginx with its brotli_static module" >&2
    echo "       ($module). On Debian or Ubuntu, run:" >&2
    echo "       sudo apt-get install nginx libnginx-mod-http-brotli-static" >&2
    exit 1
  fi
}

case "${1:-}" in
  build) build_tools ;;
  browser) browser ;;
  nginx) PATH="$PATH:/usr/sbin" nginx_server ;;
  *) echo "usage: $0 build|browser|nginx" >&2; exit 2 ;;
esac
