# VET policy timeline. `make serve` and `make test` install what is missing, then do their job.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH):/usr/sbin
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

.PHONY: serve dev dist e2e-site test setup setup-browser setup-nginx lint test-native test-wasm test-e2e test-nginx mirrors next-year html size bench import check-data clean
# The page Trunk builds, kept before the prerender writes the default view over dist/index.html
# (make next-year writes pages from it again).
export TRUNK_PAGE := target/trunk-index.html
# The site the browser tests are served (tests/e2e/site.mjs).
E2E_SITE := target/e2e-site

# The nginx configuration `make dist` writes for the built site (src/hosting/nginx.rs): site.conf
# for a publisher's server, serve.conf for the loopback at SERVE_ADDRESS; SITE_ROOT is where the
# site's files are on the server (dist/ here, without it).
NGINX_CONF := target/nginx
SERVE_ADDRESS ?= 127.0.0.1:8080
SITE_ROOT ?=

## serve: the release build (make dist) as a reader gets it: served by nginx with the
## configuration the build writes, at http://127.0.0.1:8080/ (at SITE_URL's path, when given)
serve: dist setup-nginx
	nginx -p $(CURDIR)/$(NGINX_CONF) -c $(CURDIR)/$(NGINX_CONF)/serve.conf -e stderr

## dev: Trunk's development server at http://127.0.0.1:8080/, rebuilding on change: the live
## app only (no page written out, so its links are of the query form, and no early script)
dev: setup
	trunk serve --offline

## dist: the release build, into dist/, with each view's page written out, and the script that
## runs before the app (SITE_URL=https://... makes the link previews' addresses absolute;
## FRAME_ANCESTORS="'self' https://..." limits who may embed it), each text file compressed
## beside itself, and the nginx configuration for it
dist: setup
	$(RELEASE_ENV) trunk build --release --offline
	cp dist/index.html $(TRUNK_PAGE)
	$(call write-out,dist,$(SITE_URL),$(FRAME_ANCESTORS))
	cargo run --quiet --offline --bin prerender -- --compress dist
	cargo run --quiet --offline --bin nginx_conf -- dist $(NGINX_CONF) $(SERVE_ADDRESS) "$(SITE_URL)" "$(SITE_ROOT)"

# Writes out into the built site $(1) (from its data/ and Trunk's page) the script that runs
# before the app, minified, then each view's page with the stylesheet and that script in it, and
# the headers the site is served with; $(2) is SITE_URL, $(3) FRAME_ANCESTORS.
define write-out
cp $(TRUNK_PAGE) $(1)/index.html
cargo run --quiet --offline --bin prerender -- --early $(1)
terser $(1)/early.js --compress --mangle --comments false --output $(1)/early.js
cargo run --quiet --offline --bin prerender -- $(1) "$(2)" "$(3)"
endef

## e2e-site: what the browser tests are served: the release build with the rules' example (the
## 2025 edition, frozen in tests/fixtures/) written out in place of the bundled dataset, so that
## a yearly update changes none of them (the bundled one is tested by fidelity, import,
## next-year, html and size)
e2e-site: dist
	rm -rf $(E2E_SITE) && mkdir -p $(E2E_SITE)
	find dist -maxdepth 1 -type f ! -name '*.gz' ! -name '*.br' -exec cp -t $(E2E_SITE)/ {} +
	cp -r dist/data dist/i18n $(E2E_SITE)/ && find $(E2E_SITE) -name '*.gz' -delete -o -name '*.br' -delete
	node -e 'const fs = require("fs"); fs.writeFileSync(process.argv[2], JSON.stringify(JSON.parse(fs.readFileSync(process.argv[1], "utf8"))))' \
		tests/fixtures/timeline-2025.json $(E2E_SITE)/data/timeline.json  # minified, as tools/postbuild.mjs does
	cp tests/fixtures/entry-2025.txt $(E2E_SITE)/data/entry.txt
	$(call write-out,$(E2E_SITE))

## test: every check CI runs, on the site built as a publisher builds it (for the README's
## example address, unless SITE_URL is given)
test: lint test-native test-wasm test-e2e test-nginx mirrors next-year html size
test: SITE_URL ?= https://www.example.gov/vet/timeline/

setup:
	@tools/setup.sh build

setup-browser:
	@tools/setup.sh browser

setup-nginx:
	@tools/setup.sh nginx

lint: setup
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy $(WASM) --all-targets -- -D warnings

test-native: setup
	cargo test

test-wasm: setup setup-browser
	cargo test $(WASM) --test web

test-e2e: e2e-site setup-browser
	E2E_SITE=$(E2E_SITE) npx playwright test --config tests/e2e/playwright.config.js
	E2E_SITE=$(E2E_SITE) node --test tests/firefox/

# Where test-nginx serves the site (src/hosting/nginx.rs writes its configuration there).
NGINX_TEST := target/nginx-test
NGINX_TEST_ADDRESS := 127.0.0.1:4351

## test-nginx: dist/ served by nginx with the configuration the build writes, under SITE_URL's
## path: each kind of file's headers over HTTP, the 404 page, then the core path in Chromium
## (tests/nginx/)
test-nginx: dist setup-nginx setup-browser
	cargo run --quiet --offline --bin nginx_conf -- dist $(NGINX_TEST) $(NGINX_TEST_ADDRESS) "$(SITE_URL)"
	NGINX_CONF=$(NGINX_TEST) node --test tests/nginx/

## mirrors: what the built boot.js, embed.js and stylesheet repeat of rules Rust owns, compared
## with the Rust items (tests/mirrors.rs)
mirrors: dist
	cargo test --test mirrors -- --ignored

## next-year: next year's update, end to end (tests/next_year.rs): the bundled entry with one
## more year, imported, checked and written out into a copy of dist/
next-year: dist
	cargo test --test next_year -- --ignored

## html: what `make dist` writes out (every page: dist/index.html and each view's dist/<path>/index.html) is
## conforming HTML: html-validate's standard rules
html: dist
	node tools/validate/html.mjs dist

## size: what a first visit fetches, per file (gzip -9 and brotli), against its budget
## (BUDGET_KB in tools/size/budget.mjs): the app's, measured with the rules' example (make
## e2e-site), which a yearly update does not change; then the published dataset's figures
size: e2e-site
	node tools/size/budget.mjs $(E2E_SITE)
	node tools/size/budget.mjs dist none

## bench: cold-load and interaction timings in headless Chromium (median of 15 runs); a benchmark, not a test
bench: dist setup-browser
	node tools/bench/bench.mjs

## import: Cedefop's entry (FILE, the text of its page) made into the dataset, with the text kept
## beside it: public/data/timeline.json and public/data/entry.txt (make import FILE=entry.txt;
## without FILE, the entry already there, imported again)
import: setup
	cargo run --quiet --offline --bin import -- "$(or $(FILE),public/data/entry.txt)"

## check-data: reads FILE (a dataset; the bundled one without FILE) as the app does, and prints
## each problem by its line, development and year (make check-data FILE=path/to/timeline.json)
check-data: setup
	cargo run --quiet --offline --bin check_data -- "$(or $(FILE),public/data/timeline.json)"

clean:
	cargo clean
	rm -rf dist
