// The release build, served from a sub-path under a strict CSP: it renders, and it explains
// every way its dataset can go wrong.
import { createHash } from 'node:crypto';
import { test, expect, expectNoProblems, APP } from './helpers.js';
import { firstVisitFiles } from '../../tools/size/budget.mjs';
import { SITE } from './site.mjs';

const TITLE = 'Measures of guidance and promotion of work-based learning';

test('renders the measure title from a sub-path under a strict CSP, with no errors', async ({ page, problems }) => {
  const response = await page.goto(APP);
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await expect(page.getByRole('heading', { level: 1, name: 'VET policy timeline' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await expect(page.locator('#cell-0-2019')).toHaveAccessibleName('Implementation, with a note');
  await expect(page.locator('#cell-0-2019')).toBeVisible();
  await expectNoProblems(page, problems);
});

test('a first visit fetches nothing the size budget does not count', async ({ page }) => {
  const fetched = new Set();
  page.on('request', (r) => fetched.add(new URL(r.url()).pathname));
  await page.goto(`${APP}en/28020/`);
  await expect(page.locator('#cell-0-2025')).toHaveAccessibleName('Implementation, with a note');
  await expect(page.locator('#cell-0-2025')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const counted = firstVisitFiles(SITE).map((f) => APP + f.replace(/index\.html$/, ''));
  expect([...fetched]).toContain(`${APP}data/timeline.json`);
  for (const path of fetched) expect(counted, 'counted by tools/size/budget.mjs').toContain(path);
});

test('index.html runs no inline script or style but the two its policy allows by their hashes, and loads assets by relative addresses', async ({ request }) => {
  const response = await request.get(APP);
  const html = await response.text();
  // (The policy the build wrote, as the server sends it: each inline text allowed by its hash.)
  const policy = response.headers()['content-security-policy'].split(';').map((d) => d.trim().split(/\s+/));
  const allows = (directive, text) => policy.find(([name]) => name === directive)
    .includes(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  let inline = 0;
  for (const [, attrs, body] of scripts) {
    // Structured data (JSON-LD) is a data block, never run, which a CSP does not govern: it
    // must be JSON.
    if (/type=["']?application\/ld\+json/.test(attrs)) {
      expect(() => JSON.parse(body), 'a data block is JSON').not.toThrow();
      expect(attrs).not.toMatch(/src=/);
      continue;
    }
    // The early script, in the page (no round trip before the first paint), allowed by its
    // hash; every other script by its relative address.
    if (body.trim()) {
      inline += 1;
      expect(attrs).toMatch(/data-folder="\.\/"/);
      expect(allows('script-src', body), 'the inline script is allowed by its hash').toBe(true);
    } else {
      expect(attrs).toMatch(/src=["']?\.\//);
    }
  }
  expect(inline, 'one inline script').toBe(1);
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  expect(styles.length, 'the stylesheet, in the page').toBe(1);
  expect(allows('style-src', styles[0]), 'the inline stylesheet is allowed by its hash').toBe(true);
  expect(policy.flat()).not.toContain("'unsafe-inline'");
  // (The release build minifies the HTML: attribute values may be unquoted.) Assets are loaded
  // by relative addresses; the page written out at build time links within itself, to the views'
  // pages (`fr/28020/2019/`, a query), to the dataset's files (the download links), or to the web.
  // (Not the canonical address and the other languages' pages, which are links, nor the part of
  // the page its first paint waits for, `rel=expect`.)
  const assets = [...html.matchAll(/<(?:link|script)\b([^>]*?)(?:src|href)=["']?([^"'\s>]+)/g)]
    .filter((m) => !/rel="?(canonical|alternate|expect)/.test(m[0])).map((m) => m[2]);
  expect(assets.length).toBeGreaterThan(3);
  for (const url of assets) {
    expect(url, 'relative address (or the icon, in the page itself)').toMatch(/^(\.\/|data:image\/svg\+xml,)/);
  }
  const links = [...html.matchAll(/<a\b[^>]*?href=["']?([^"'\s>]+)/g)].map((m) => m[1]);
  for (const url of links) {
    expect(url, 'a link in the page, to a view\'s page, to the data, a citation\'s file, or to the web').toMatch(/^(#|\?|\.\/$|(embed\/)?(en|fr|nl|de)\/|data\/timeline\.(csv|json)$|cite\/[\w.-]+\.(ris|bib)$|https:\/\/)/);
  }
  expect(html, "no style attribute in a tag").not.toMatch(/<[^>]*\sstyle=/);
});

test('a missing dataset gives a clear message and a retry', async ({ page }) => {
  await page.goto('/broken/missing/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('was not found');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  // (The message is already there: what the retry must show is a new one, after a new try.)
  const said = await alert.elementHandle();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => said.evaluate((el) => el.isConnected), 'the message was replaced').toBe(false);
  await expect(page.getByRole('alert')).toContainText('was not found');
});

test('a network failure says so and recovers on retry', async ({ page }) => {
  let fail = true;
  await page.route('**/data/timeline.json', (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(APP);
  await expect(page.getByRole('alert')).toContainText('could not be downloaded');
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
});

test('a malformed dataset says it is damaged, and where', async ({ page }) => {
  await page.goto('/broken/malformed/');
  await expect(page.getByRole('alert')).toContainText('damaged');
  await expect(page.getByRole('alert')).toContainText('line 1 column');
});

test('a dataset is read as UTF-8: a byte order mark is no matter, other bytes are named', async ({ page }) => {
  let bytes;
  await page.route('**/data/timeline.json', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: bytes(await response.body()) });
  });
  bytes = (body) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]);
  await page.goto(APP);
  await expect(page.locator('section.card h2')).toHaveText(TITLE);
  await expect(page.getByRole('alert')).toHaveCount(0);
  bytes = (body) => Buffer.concat([Buffer.from('{"a'), Buffer.from([0xff]), body]);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('damaged');
  await expect(page.getByRole('alert')).toContainText('not UTF-8 text (byte 4 is not)');
});

test('an invalid dataset lists its problems by path', async ({ page }) => {
  await page.goto('/broken/invalid/');
  await expect(page.getByRole('alert')).toContainText('measures[0].timeline[11].year: 2031 is outside 2015–2025');
});

test('a value of the wrong type is named, quoted, with its place', async ({ page }) => {
  await page.goto('/broken/wrongtype/');
  await expect(page.getByRole('alert')).toContainText('measures[0].timeline[0].year');
  await expect(page.getByRole('alert')).toContainText('"MMXV"');
});

test('an empty dataset says so', async ({ page }) => {
  await page.goto('/broken/empty/');
  await expect(page.getByText('holds no policy development')).toBeVisible();
});

test('hostile dataset text is shown as text, never run as HTML', async ({ page, problems }) => {
  await page.goto('/broken/hostile/');
  await expect(page.getByRole('heading', { level: 2 }).last()).toHaveText('<img src=x onerror="window.__pwned=1">Hostile <b>title</b>');
  await expect(page.getByText('<script>window.__pwned=1</script>')).toBeVisible();
  await expect(page.locator('main em').first()).toHaveText('<i>x</i>');
  expect(await page.locator('main i').count()).toBe(0);
  expect(await page.locator('main img, main b, main script').count()).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expectNoProblems(page, problems);
});
