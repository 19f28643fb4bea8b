// A static server for the end-to-end tests: serves the release build (dist/, or E2E_SITE: see
// site.mjs) from a sub-path
// under a strict Content-Security-Policy, as a ministry web server would, and serves the same
// build with a broken dataset under /broken/<case>/ so the tests can see the error views, and
// with a timeline of other years and all seven stages under /stages/.
// On the next port, another origin, it serves host pages that embed the app
// (examples/embed-demo.html, pointed at this server), under the same policy opened to the app's
// origin for scripts and frames.
//
//   node tests/e2e/server.mjs [port]     (default 4321; dist/ must exist: `make dist`)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generate } from '../../tools/synthetic/generate.mjs';
import { SITE, headersOf } from './site.mjs';

const root = SITE;
const port = Number(process.argv[2] || process.env.E2E_PORT || 4321);

/** The sub-path the app is published under. */
export const APP_PATH = '/ministry/vet/timeline/';

/** The headers the build says its files are served with. */
export const HEADERS = headersOf(root);
export const CSP = HEADERS['Content-Security-Policy'];
if (!CSP) throw new Error(`${root}/_headers gives no Content-Security-Policy: run \`make dist\``);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const valid = JSON.parse(await readFile(join(root, 'data/timeline.json'), 'utf8'));

/** Datasets that go wrong, each served in place of data/timeline.json under /broken/<case>/. */
const BROKEN = {
  missing: null,
  malformed: '{"format": "vet-policy-timeline", "version": 1, "measures": [ {"id": ',
  invalid: JSON.stringify({
    ...valid,
    measures: valid.measures.map((m, i) => (i === 0
      ? { ...m, timeline: [...m.timeline, { year: 2031, status: 'Implementation' }] }
      : m)),
  }),
  // A year written as text: serde's message quotes the value (with `{:?}`, which a release
  // build must keep: see BENCHMARKS.md, -Zfmt-debug).
  wrongtype: JSON.stringify({
    ...valid,
    measures: valid.measures.map((m, i) => (i === 0
      ? { ...m, timeline: [{ ...m.timeline[0], year: 'MMXV' }, ...m.timeline.slice(1)] }
      : m)),
  }),
  empty: JSON.stringify({ ...valid, measures: [] }),
  hostile: JSON.stringify({
    ...valid,
    measures: valid.measures.map((m, i) => (i === 0
      ? {
        ...m,
        title: '<img src=x onerror="window.__pwned=1">Hostile <b>title</b>',
        objectives: [{ type: 'paragraph', text: '<script>window.__pwned=1</script> *<i>x</i>*' }],
      }
      : m)),
  }),
};

/** A timeline of 2012–2027 through all seven stages (tests/fixtures), under /stages/. */
const STAGES = await readFile(new URL('../fixtures/seven-stages.json', import.meta.url), 'utf8');

const synthetics = new Map();
function syntheticData(n) {
  if (!synthetics.has(n)) synthetics.set(n, JSON.stringify(generate(n)));
  return synthetics.get(n);
}

/** Bodies compressed as a web server would (README, "Publishing it"), by their content. */
const gzipped = new Map();
function gzip(body) {
  const key = typeof body === 'string' ? body : body.toString('latin1');
  if (!gzipped.has(key)) gzipped.set(key, gzipSync(body));
  return gzipped.get(key);
}

function send(res, status, body, type = 'text/plain; charset=utf-8', extra = {}) {
  const compress = /gzip/.test(res.req?.headers['accept-encoding'] ?? '') && body.length > 1024;
  res.writeHead(status, {
    'Content-Type': type,
    ...HEADERS,
    'Cache-Control': 'no-store',
    ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    ...extra,
  });
  res.end(compress ? gzip(body) : body);
}

async function serveFile(res, rel) {
  const path = normalize(join(root, rel || 'index.html'));
  if (!path.startsWith(root)) return send(res, 403, 'Forbidden');
  try {
    const info = await stat(path);
    // A folder's address without its slash goes to the folder, as static hosts do (its page's
    // relative addresses need it).
    const asked = new URL(res.req.url, 'http://localhost');
    if (info.isDirectory() && !asked.pathname.endsWith('/')) {
      return send(res, 301, '', undefined, { Location: `${asked.pathname}/${asked.search}` });
    }
    const file = info.isDirectory() ? join(path, 'index.html') : path;
    const body = await readFile(file);
    return send(res, 200, body, TYPES[extname(file)] || 'application/octet-stream');
  } catch {
    return send(res, 404, 'Not found');
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const path = decodeURIComponent(url.pathname);
  if (path === '/' ) return send(res, 302, '', undefined, { Location: APP_PATH });
  if (path === APP_PATH.slice(0, -1)) {
    return send(res, 301, '', undefined, { Location: APP_PATH + url.search });
  }
  if (path.startsWith(APP_PATH)) return serveFile(res, path.slice(APP_PATH.length));
  // The app with a synthetic dataset of n developments (tests and benchmarks only).
  const synthetic = path.match(/^\/synthetic\/(\d{1,5})\/(.*)$/);
  if (synthetic) {
    const [, n, rel] = synthetic;
    if (rel === 'data/timeline.json') return send(res, 200, syntheticData(Number(n)), TYPES['.json']);
    return serveFile(res, rel);
  }
  const stages = path.match(/^\/stages\/(.*)$/);
  if (stages) {
    if (stages[1] === 'data/timeline.json') return send(res, 200, STAGES, TYPES['.json']);
    return serveFile(res, stages[1]);
  }
  const broken = path.match(/^\/broken\/([a-z]+)\/(.*)$/);
  if (broken && broken[1] in BROKEN) {
    const [, kind, rel] = broken;
    if (rel === 'data/timeline.json') {
      const body = BROKEN[kind];
      return body === null
        ? send(res, 404, 'Not found')
        : send(res, 200, body, TYPES['.json']);
    }
    return serveFile(res, rel);
  }
  return send(res, 404, 'Not found');
});

server.listen(port, '127.0.0.1', () => {
  console.log(`e2e server: http://127.0.0.1:${port}${APP_PATH} (dist: ${root})`);
});

// ---- The host pages, on another origin ----
const appUrl = `http://127.0.0.1:${port}${APP_PATH}`;
const appOrigin = `http://127.0.0.1:${port}`;
const HOST_CSP = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${appOrigin}; `
  + `frame-src ${appOrigin}; style-src 'self'; img-src 'self' data:`;
const demo = (await readFile(new URL('../../examples/embed-demo.html', import.meta.url), 'utf8'))
  .replaceAll('https://www.example.gov/vet/timeline/', appUrl);
const plain = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Plain frame</title></head>
<body><main><h1>A page that allows no scripts of others</h1>
<iframe src="${appUrl}?measure=28020&amp;year=2021&amp;embed=1" title="VET policy timeline: 2021"
 width="100%" height="700" sandbox="allow-scripts allow-same-origin allow-popups"></iframe></main></body></html>`;
// A page whose text column is 343 px wide (a phone's, with the host's own margins), the
// Embed dialog's code of a year between two paragraphs: /column?year=2023 (its stylesheet is
// the host's own, as its CSP asks).
const column = (year) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A column</title>
<link rel="stylesheet" href="/column.css"></head>
<body><main><h1>A ministry's page</h1>
${'<p>A paragraph of the host page, above the timeline, long enough to take some room on a phone.</p>'.repeat(4)}
<iframe src="${appUrl}embed/en/28020/${year}/" title="VET policy timeline" width="100%" height="800"
 loading="lazy" allow="clipboard-write" data-vet-timeline></iframe>
<script src="${appUrl}embed.js" async></script>
<p id="after">The paragraph under the timeline.</p></main></body></html>`;
const COLUMN_CSS = 'body { margin: 0; font: 16px/1.5 sans-serif; } main { max-width: 343px; margin: 0 auto; }';
// A page of another origin whose text column is `width` px wide (320 to 1200), with an embed
// code pasted between two paragraphs, as an editor would: /paste?width=760&code=<the code>.
// Its stylesheet, /paste.css?width=760, is its own (its CSP allows no inline style).
const paste = (width, code) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>An editor's page</title>
<link rel="stylesheet" href="/paste.css?width=${width}"></head>
<body><main><h1>A ministry's page</h1>
<p>A paragraph of the host page, above the timeline.</p>
${code}
<p id="after">The paragraph under the timeline.</p>
${'<p>More of the host page.</p>'.repeat(20)}</main></body></html>`;
const pasteCss = (width) => `body { margin: 0; font: 16px/1.5 sans-serif; } main { width: ${width}px; margin: 0 auto; }`;
const columnWidth = (url) => Math.min(1200, Math.max(320, Number(url.searchParams.get('width')) || 760));
const HOST_PAGES = { '/': demo, '/plain': plain };

createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const path = url.pathname;
  if (path === '/favicon.ico') return send(res, 204, '');
  if (path === '/column.css') return send(res, 200, COLUMN_CSS, TYPES['.css']);
  if (path === '/paste.css') return send(res, 200, pasteCss(columnWidth(url)), TYPES['.css']);
  const year = /^20[0-9]{2}$/.test(url.searchParams.get('year')) ? url.searchParams.get('year') : '2019';
  const page = path === '/column' ? column(year)
    : path === '/paste' ? paste(columnWidth(url), url.searchParams.get('code') || '')
      : HOST_PAGES[path];
  if (page === undefined) return send(res, 404, 'Not found');
  res.writeHead(200, {
    'Content-Type': TYPES['.html'],
    'Content-Security-Policy': HOST_CSP,
    'Cache-Control': 'no-store',
  });
  return res.end(page);
}).listen(port + 1, '127.0.0.1');
