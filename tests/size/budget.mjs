// The size budget: the bytes a first visit of `?measure=28020` fetches from dist/ (HTML, boot
// script, JS, wasm, CSS, dataset, icon), each compressed with gzip -9 (and brotli, shown beside),
// against a budget. Deterministic, so `make test` fails when the budget is exceeded.
//
//   node tests/size/budget.mjs [dist] [budget-bytes]      (defaults: dist, 100 KB)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const budget = Number(process.argv[3] || 100 * 1024);

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const attr = (pattern) => [...html.matchAll(pattern)].map((m) => m[1]);
// What the page loads: stylesheets, icons, scripts, module preloads, and what boot.js is told
// to load (the wasm-bindgen JS and the wasm); then the dataset the app fetches.
const files = new Set(['index.html']);
// (Attribute values may be unquoted: the release build minifies the HTML.)
for (const url of [
  ...attr(/<link[^>]+href=["']?\.\/([^"'\s>]+)/g),
  ...attr(/<script[^>]+src=["']?\.\/([^"'\s>]+)/g),
  ...attr(/data-(?:js|wasm)=["']?\.\/([^"'\s>]+)/g),
]) files.add(url);
files.add('data/timeline.json');

const rows = [...files].map((file) => {
  const body = readFileSync(join(dist, file));
  return {
    file,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  };
});
rows.sort((a, b) => b.gzip - a.gzip);
const total = (key) => rows.reduce((n, r) => n + r[key], 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

console.log(`First visit of ?measure=28020 (${dist}/):`);
console.log(`${pad('file', 48)}${lpad('raw', 10)}${lpad('gzip -9', 10)}${lpad('brotli', 10)}`);
for (const r of rows) {
  console.log(`${pad(r.file, 48)}${lpad(kb(r.raw), 10)}${lpad(kb(r.gzip), 10)}${lpad(kb(r.brotli), 10)}`);
}
console.log(`${pad('total', 48)}${lpad(kb(total('raw')), 10)}${lpad(kb(total('gzip')), 10)}${lpad(kb(total('brotli')), 10)}`);
const over = total('gzip') - budget;
if (over > 0) {
  console.error(`Size budget exceeded: ${kb(total('gzip'))} gzip is ${kb(over)} over the ${kb(budget)} budget.`);
  process.exit(1);
}
console.log(`Within the ${kb(budget)} budget (${kb(-over)} to spare).`);
