// The site as a publisher serves it: dist/ by nginx with the configuration `make dist` writes
// (src/hosting/nginx.rs), under the folder's path, on the loopback. Checks each kind of file's
// headers over HTTP, the precompressed files, the redirects and the 404 page, then the core path
// in Chromium with no console error and no CSP violation. nginx is stopped at the end, pass or
// fail. Run with `make test-nginx` (which writes the configuration into NGINX_CONF).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import AxeBuilder from '@axe-core/playwright';
import { headersOf } from '../e2e/site.mjs';

const CONF = resolve(process.env.NGINX_CONF || 'target/nginx-test');
const serveConf = readFileSync(`${CONF}/serve.conf`, 'utf8');
const siteConf = readFileSync(`${CONF}/site.conf`, 'utf8');
const ADDRESS = serveConf.match(/listen (\S+);/)[1];
const FOLDER = siteConf.match(/location \^~ (\S+) \{/)[1];
const APP = `http://${ADDRESS}${FOLDER}`;
const HEADERS = headersOf('dist');
const NOTE_2019 = "The platform 'My school, my job' was deployed in 2019";
const NOTE_2020 = 'In 2020, the various measures in place continued to be offered.';
const YEAR = 'public, max-age=31536000, immutable';

let nginx;
let said = '';

before(async () => {
  nginx = spawn('nginx', ['-p', CONF, '-c', `${CONF}/serve.conf`, '-e', 'stderr'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin` },
  });
  nginx.stderr.on('data', (d) => { said += d; });
  const stopped = new Promise((_, reject) => {
    nginx.on('error', (e) => reject(new Error(`nginx could not start (${e.message}): run tools/setup.sh nginx`)));
    nginx.on('exit', (code) => reject(new Error(`nginx stopped (${code}): ${said}`)));
  });
  // Until it answers (or stops).
  const answers = async () => {
    for (;;) {
      try {
        await get(FOLDER);
        return;
      } catch {
        await new Promise((r) => { setTimeout(r, 50); });
      }
    }
  };
  await Promise.race([answers(), stopped]);
});

after(() => {
  nginx?.kill('SIGQUIT');
});

/** The answer to a GET of `path` (absolute, on the server) with `headers`: status, headers, body. */
function get(path, headers = {}) {
  return new Promise((done, fail) => {
    const [host, port] = ADDRESS.split(':');
    const req = request({ host, port, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** The headers every answer carries: the build's policy and nosniff. */
function assertPolicy(res, what) {
  assert.equal(res.headers['content-security-policy'], HEADERS['Content-Security-Policy'], what);
  assert.equal(res.headers['x-content-type-options'], 'nosniff', what);
}

test('each kind of file has its type and cache rule, and every answer the policy', async () => {
  // The hashed names as the build wrote them (which names hold a hash is Rust's rule,
  // `hosting::is_hashed`: the server must keep these a year).
  const hashed = readFileSync('dist/index.html', 'utf8').match(/vet-policy-timeline-[0-9a-f]+/)[0];
  const preview = readFileSync('dist/fr/28020/2019/index.html', 'utf8').match(/previews\/[0-9a-f]{16}\.png/)[0];
  const stylesheet = siteConf.match(/main-[0-9a-f]+\.css/)[0];
  const files = [
    ['', 'text/html; charset=utf-8', 'no-cache'],
    ['fr/28020/2019/', 'text/html; charset=utf-8', 'no-cache'],
    ['boot.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ['early.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ['embed.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ['data/timeline.json', 'application/json; charset=utf-8', 'no-cache'],
    ['data/timeline.csv', 'text/csv; charset=utf-8', 'no-cache'],
    ['i18n/fr.json', 'application/json; charset=utf-8', 'no-cache'],
    ['cite/28020.ris', 'application/x-research-info-systems; charset=utf-8', 'no-cache'],
    ['cite/28020.bib', 'application/x-bibtex; charset=utf-8', 'no-cache'],
    [`${hashed}.js`, 'text/javascript; charset=utf-8', YEAR],
    [`${hashed}_bg.wasm`, 'application/wasm', YEAR],
    [stylesheet, 'text/css; charset=utf-8', YEAR],
    [preview, 'image/png', YEAR],
  ];
  for (const [path, type, cache] of files) {
    const res = await get(`${FOLDER}${path}`);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers['content-type'], type, path);
    assert.equal(res.headers['cache-control'], cache, path);
    assertPolicy(res, path);
  }
});

test('the files compressed at build time are sent to a browser that accepts them', async () => {
  const page = readFileSync('dist/fr/28020/2019/index.html');
  const path = `${FOLDER}fr/28020/2019/`;
  const br = await get(path, { 'accept-encoding': 'br, gzip' });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.match(br.headers.vary, /Accept-Encoding/);
  assert.deepEqual(brotliDecompressSync(br.body), page);
  const gz = await get(path, { 'accept-encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(gz.body), page);
  const plain = await get(path);
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.deepEqual(plain.body, page);
  const wasm = readFileSync('dist/index.html', 'utf8').match(/vet-policy-timeline-[0-9a-f]+_bg\.wasm/)[0];
  const packed = await get(`${FOLDER}${wasm}`, { 'accept-encoding': 'br' });
  assert.equal(packed.headers['content-encoding'], 'br');
  assert.equal(packed.headers['content-type'], 'application/wasm');
});

test('a folder without its slash, and English\'s folder, are sent on to their page', async () => {
  const bare = await get(`${FOLDER}fr/28020/2019`);
  assert.equal(bare.status, 301);
  assert.equal(bare.headers.location, `${FOLDER}fr/28020/2019/`);
  const english = await get(`${FOLDER}en/`);
  assert.equal(english.status, 301);
  assert.equal(english.headers.location, FOLDER);
  assert.equal((await get(english.headers.location)).status, 200);
  for (const documented of ['fr/', 'nl/', 'de/', 'embed/en/', 'en/28020/', 'fr/28020/2019/']) {
    assert.equal((await get(`${FOLDER}${documented}`)).status, 200, documented);
  }
});

test('an address the site does not have answers 404 with the 404 page, at any depth', async () => {
  const missing = readFileSync('dist/404.html');
  for (const path of ['nothing', 'fr/28020/2030/', 'fr/28O20/', 'embed/', 'a/b/c/d/e/']) {
    const res = await get(`${FOLDER}${path}`);
    assert.equal(res.status, 404, path);
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8', path);
    assert.deepEqual(res.body, missing, path);
    assertPolicy(res, path);
  }
});

test('Chromium: the 404 page, deep down, links to the timeline, and axe finds nothing', async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const page = await (await browser.newContext({ viewport: { width: 320, height: 700 } })).newPage();
    const violations = [];
    page.on('console', (m) => { if (/Content.Security.Policy|Refused/.test(m.text())) violations.push(m.text()); });
    const res = await page.goto(`${APP}fr/28020/2030/`);
    assert.equal(res.status(), 404);
    await page.getByRole('heading', { level: 1, name: 'This page does not exist' }).waitFor();
    // (Its stylesheet is in the page, allowed by its hash.)
    assert.notEqual(await page.$eval('section.card', (s) => getComputedStyle(s).borderTopStyle), 'none');
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    assert.deepEqual(axe.violations.map((v) => v.id), []);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), 0, 'no sideways scroll at 320 px');
    await page.getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(`${APP}fr/`);
    assert.deepEqual(violations, []);
  } finally {
    await browser.close();
  }
});

test('Chromium: the core path on the served site, with no console error', async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    const card = page.locator('section.card');
    await page.goto(`${APP}fr/28020/2019/`);
    await card.filter({ hasText: NOTE_2019 }).waitFor();
    // The live app has taken over the page written out at build time.
    await page.locator('#page:not([data-written-out])').waitFor();
    await page.locator('#cell-0-2020').click();
    await card.filter({ hasText: NOTE_2020 }).waitFor();
    assert.equal(page.url(), `${APP}fr/28020/2020/`);
    await page.getByRole('link', { name: /Vocational education pathway \(PEQ\)/ }).first().click();
    await page.getByRole('heading', { level: 2, name: /Vocational education pathway \(PEQ\)/ }).waitFor();
    assert.equal(page.url(), `${APP}fr/be-fr-vocational-education-pathway-peq/`);
    await page.goBack();
    await card.filter({ hasText: NOTE_2020 }).waitFor();
    assert.equal(page.url(), `${APP}fr/28020/2020/`);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
