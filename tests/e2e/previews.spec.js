// Each view a page of its own, read as a link preview or a crawler reads it: plain HTTP, no
// browser, no script. Every page `make dist` wrote answers at its address, names its own view
// (language, title, link previews, canonical address), and a crawler that follows the links from
// the folder's own page reaches every full-page view.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test, expect, APP } from './helpers.js';
import { SITE } from './site.mjs';

const DIST = SITE;
const TITLE = 'Measures of guidance and promotion of work-based learning';
const LOCALES = { en: 'en_GB', fr: 'fr_BE', nl: 'nl_BE', de: 'de_BE' };

/** The path (under the app's folder) of every page `make dist` wrote. */
function written(dir = DIST) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return written(path);
    if (entry.name !== 'index.html') return [];
    const folder = relative(DIST, dir).split(sep).join('/');
    return [folder ? `${folder}/` : ''];
  });
}

/** What a link preview reads in `html`. */
function preview(html) {
  const meta = (key) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];
  const link = (rel, extra = '') => html.match(new RegExp(`<link rel="${rel}"${extra} href="([^"]*)"`))?.[1];
  return {
    lang: html.match(/<html lang="([a-z]+)"/)?.[1],
    title: html.match(/<title>([^<]*)<\/title>/)?.[1],
    description: meta('description'),
    ogTitle: meta('og:title'),
    ogDescription: meta('og:description'),
    ogLocale: meta('og:locale'),
    ogUrl: meta('og:url'),
    canonical: link('canonical'),
    alternates: Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([a-z-]+)" href="([^"]*)"/g)].map((m) => [m[1], m[2]])),
  };
}

/** `text` as HTML writes it in an attribute. */
const unescape = (text) => text.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'")
  .replaceAll('&lt;', '<').replaceAll('&gt;', '>');

test('the French 2019 page previews as itself: French, 2019, the measure, its note', async ({ request }) => {
  const response = await request.get(`${APP}fr/28020/2019/`);
  expect(response.status()).toBe(200);
  const p = preview(await response.text());
  expect(p.lang).toBe('fr');
  expect(unescape(p.title)).toBe(`2019 – ${TITLE} – Chronologie des politiques d'EFP`);
  expect(p.ogTitle).toBe(p.title);
  expect(p.ogLocale).toBe('fr_BE');
  expect(unescape(p.description)).toMatch(/^The platform 'My school, my job' was deployed in 2019/);
  expect(p.ogDescription).toBe(p.description);
  expect(p.canonical).toBe('../../../fr/28020/2019/');
  expect(p.alternates).toEqual({
    en: '../../../en/28020/2019/',
    fr: '../../../fr/28020/2019/',
    nl: '../../../nl/28020/2019/',
    de: '../../../de/28020/2019/',
    'x-default': '../../../en/28020/2019/',
  });
  // Without SITE_URL there is no absolute address to give (`make dist SITE_URL=...` adds it).
  expect(p.ogUrl).toBeUndefined();
});

test('every page written out answers at its address and names its own view', async ({ request, baseURL }) => {
  const paths = written();
  // The default view and 16 cards, in four languages, on a page of their own and embedded.
  expect(paths.length).toBe(17 * 4 * 2);
  for (const path of paths) {
    const url = new URL(`${APP}${path}`, baseURL).href;
    const response = await request.get(url);
    expect(response.status(), path).toBe(200);
    const p = preview(await response.text());
    const lang = path === '' ? 'en' : path.replace(/^embed\//, '').slice(0, 2);
    expect(p.lang, path).toBe(lang);
    expect(p.ogLocale, path).toBe(LOCALES[lang]);
    expect(p.ogTitle, path).toBe(p.title);
    expect(p.ogDescription, path).toBe(p.description);
    expect(p.description?.length, path).toBeGreaterThan(20);
    const year = path.match(/\/(\d{4})\/$/)?.[1];
    if (year) expect(p.title, path).toMatch(new RegExp(`^${year} – `));
    // An embedded view names its full page, the one a search engine should list.
    // (The English default view's full page is the folder's own.)
    const fullPath = path.replace(/^embed\//, '').replace(/^en\/$/, '');
    const full = new URL(`${APP}${fullPath}`, baseURL).href;
    expect(new URL(p.canonical, url).href, path).toBe(full);
    expect(new URL(p.alternates[lang], url).href, path).toBe(full);
    expect(Object.keys(p.alternates).sort(), path).toEqual(['de', 'en', 'fr', 'nl', 'x-default']);
  }
});

test('a crawler that follows the links from the folder\'s page reaches every full-page view', async ({ request, baseURL }) => {
  const root = new URL(APP, baseURL).href;
  const seen = new Set(['']);
  const queue = [''];
  while (queue.length > 0) {
    const path = queue.shift();
    const url = `${root}${path}`;
    const response = await request.get(url);
    expect(response.status(), `${path} (linked)`).toBe(200);
    const html = await response.text();
    const hrefs = [...html.matchAll(/<(?:a|link)\b[^>]*?\bhref="([^"]*)"/g)].map((m) => unescape(m[1]));
    for (const href of hrefs) {
      const target = new URL(href, url);
      target.hash = '';
      // The app's pages (not its files, nor the query links of search and filters).
      if (!target.href.startsWith(root) || target.search || !target.pathname.endsWith('/')) continue;
      const next = target.href.slice(root.length);
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  const full = written().filter((p) => !p.startsWith('embed/'));
  expect([...seen].sort()).toEqual(full.sort());
});

test('every page\'s structured data is JSON, and the dataset\'s downloads exist', async ({ request }) => {
  const paths = written();
  let datasets = 0;
  for (const path of paths) {
    const html = await (await request.get(`${APP}${path}`)).text();
    for (const [, block] of html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)) {
      const data = JSON.parse(block);
      expect(data['@context'], path).toBe('https://schema.org');
      if (data['@type'] !== 'Dataset') continue;
      datasets++;
      expect(data.distribution.map((d) => d.encodingFormat), path).toEqual(['text/csv', 'application/json']);
      for (const file of data.distribution) {
        const url = new URL(file.contentUrl, `http://x${APP}${path}`).pathname;
        const response = await request.get(url);
        expect(response.status(), `${path}: ${file.contentUrl}`).toBe(200);
      }
    }
  }
  // Each language's default page.
  expect(datasets).toBe(Object.keys(LOCALES).length);
});

test('every page names a picture of 1200×630 that answers at its address, shared by identical views', async ({ request }) => {
  const paths = written();
  const pictures = new Set();
  for (const path of paths) {
    const html = await (await request.get(`${APP}${path}`)).text();
    const image = html.match(/<meta property="og:image" content="([^"]*)"/)?.[1];
    expect(image, path).toBeTruthy();
    expect(html, path).toContain('<meta property="og:image:width" content="1200">');
    expect(html, path).toContain('<meta property="og:image:height" content="630">');
    expect(html, path).toMatch(/<meta property="og:image:alt" content="[^"]+">/);
    expect(html, path).toContain('<meta name="twitter:card" content="summary_large_image">');
    pictures.add(new URL(image, `http://x${APP}${path}`).pathname);
  }
  for (const url of pictures) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toContain('image/png');
    const png = await response.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], url).toEqual([1200, 630]);
  }
  expect(pictures.size * 2).toBeLessThanOrEqual(paths.length);
});
