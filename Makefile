# VET policy timeline. `make serve` and `make test` install what is missing, then do their job.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
# wasm-bindgen-test-runner drives Debian's Chromium through its ChromeDriver.
export CHROMEDRIVER ?= /usr/bin/chromedriver
export WASM_BINDGEN_TEST_WEBDRIVER_JSON := $(CURDIR)/tests/webdriver.json
WASM := --target wasm32-unknown-unknown
# The release build (make dist) only: a pinned nightly rebuilds the standard library for size
# (-Zbuild-std, with std's optimize_for_size) and aborts at once on a panic, without formatting
# a message or keeping panics' source locations; generics are not shared between crates (size
# levels would). Not -Zfmt-debug=none: serde's messages quote values with `{:?}`, which a reader
# of a damaged dataset needs. Development builds and every test build use the stable toolchain.
# Figures in BENCHMARKS.md.
export RELEASE_TOOLCHAIN := nightly-2026-05-20
# (As the wasm target's flags, which cargo adds to .cargo/config.toml's: --cfg erase_components is
# written there only. RUSTFLAGS would replace them.)
RELEASE_ENV := RUSTUP_TOOLCHAIN=$(RELEASE_TOOLCHAIN) CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
	CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zshare-generics=n"

.PHONY: serve dist test setup setup-browser lint test-native test-wasm test-e2e mirrors html size bench check-data clean

## serve: build and serve the app at http://127.0.0.1:8080/ (rebuilds on change)
serve: setup
	trunk serve --offline

## dist: the release build, into dist/, with each view's page written out, and the script that
## runs before the app (SITE_URL=https://... makes the link previews' addresses absolute)
dist: setup
	$(RELEASE_ENV) trunk build --release --offline
	cargo run --quiet --offline --bin prerender -- dist "$(SITE_URL)"
	terser dist/early.js --compress --mangle --comments false --output dist/early.js

## test: every check CI runs
test: lint test-native test-wasm test-e2e mirrors html size

setup:
	@tools/setup.sh build

setup-browser:
	@tools/setup.sh browser

lint: setup
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy $(WASM) --all-targets -- -D warnings

test-native: setup
	cargo test

test-wasm: setup setup-browser
	cargo test $(WASM) --test web

test-e2e: dist setup-browser
	npx playwright test --config tests/e2e/playwright.config.js
	node --test tests/firefox/

## mirrors: what the built boot.js, embed.js and stylesheet repeat of rules Rust owns, compared
## with the Rust items (tests/mirrors.rs)
mirrors: dist
	cargo test --test mirrors -- --ignored

## html: what `make dist` writes out (every page: dist/index.html and each view's dist/<path>/index.html) is
## conforming HTML: html-validate's standard rules
html: dist
	node tools/validate/html.mjs dist

## size: what a first visit fetches, per file (gzip -9 and brotli), against its budget
## (BUDGET_KB in tools/size/budget.mjs)
size: dist
	node tools/size/budget.mjs

## bench: cold-load and interaction timings in headless Chromium (median of 15 runs); a benchmark, not a test
bench: dist setup-browser
	node tools/bench/bench.mjs

## check-data: reads FILE (a dataset) with the app's own loader and validation, and prints each
## problem by its path (make check-data FILE=path/to/timeline.json)
check-data: setup
	@test -n "$(FILE)" || { echo "usage: make check-data FILE=path/to/timeline.json" >&2; exit 2; }
	cargo run --quiet --offline --bin check_data -- "$(FILE)"

clean:
	cargo clean
	rm -rf dist
