// The size budget: the bytes a first visit of a shared link, measure 28020's page `en/28020/`,
// fetches from dist/ (HTML, the early and boot scripts, JS, wasm, CSS, dataset), each compressed with gzip -9 (and brotli, shown beside),
// against a budget. Deterministic, so `make test` fails when the budget is exceeded.
//
//   node tools/size/budget.mjs [dist] [budget-bytes|none]      (defaults: dist, BUDGET_KB below;
//   none: the figures only)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** The page a first visit opens: measure 28020's, as Copy link gives it. */
export const FIRST_PAGE = 'en/28020/index.html';

/**
 * The files of `dist` a first visit fetches, as paths relative to the app: the page, what it
 * links (stylesheets, scripts, module preloads; not the other pages it names), what boot.js is
 * told to load (the wasm-bindgen JS and the wasm), and the dataset the app fetches.
 */
export function firstVisitFiles(dist) {
  // (What a <noscript> names is fetched only where scripts are off: not counted.)
  const html = readFileSync(join(dist, FIRST_PAGE), 'utf8').replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  const up = '(?:\\.\\.\\/)+';
  const attr = (pattern) => [...html.matchAll(pattern)].map((m) => m[1]);
  const files = new Set([FIRST_PAGE]);
  // (Attribute values may be unquoted: the release build minifies the HTML.)
  for (const url of [
    ...attr(new RegExp(`<link(?![^>]*rel="?(?:canonical|alternate))[^>]+href=["']?${up}([^"'\\s>]+)`, 'g')),
    ...attr(new RegExp(`<script[^>]+src=["']?${up}([^"'\\s>]+)`, 'g')),
    ...attr(new RegExp(`data-(?:js|wasm)=["']?${up}([^"'\\s>]+)`, 'g')),
  ]) files.add(url);
  files.add('data/timeline.json');
  return [...files];
}

/**
 * The budget, KB gzip. Issue 11 set 220 KB for the Leptos app (197.9 KB measured); the
 * timeline's bands and previews (+16.9 KB of wasm), the page written out at build time (+5.4 KB
 * of HTML, which makes the page readable before the wasm starts) and issue 14's reader work
 * (+13.3 KB of wasm: translated vocabularies, colour schemes, bringing cards into view, print)
 * took it to 235.1 KB: the ceiling is that figure plus 5% (see BENCHMARKS.md). Issue 33's
 * citation files in the card (+2.4 KB of wasm: 1.2 for reading the citation's parts, which says
 * whether the files exist, 1.2 for the links and their words) and the page's citation and
 * picture metadata (+0.3 KB of HTML) raised it by what they cost, to 250. Issue 38's preview in
 * the Embed panel (the embedded view in a frame at the column's width the editor picks, its
 * height measured; +4.4 KB of wasm: the frame's reactive attributes, the width's choices and
 * their words, each an instantiation of Leptos's generic views) raised it by what it costs, to
 * 254.5: on the phone profile, 22 ms more before the app is live, and nothing before the first
 * paint (the page written out at build time does not wait for the wasm). BENCHMARKS.md, issue 38.
 * Issue 39's table a screen reader can read (a row per development and a cell per year, the
 * bands drawn across the cells in CSS; the page's banner, main and footer in Leptos's views,
 * the no-script notice in the page's language; +0.6 KB of wasm, +0.3 KB of CSS, twiggy diff in
 * BENCHMARKS.md) raised it by what it costs, to 255.
 */
const BUDGET_KB = 255;

/** Prints the breakdown of `dist`'s first visit and fails over `budget` bytes gzipped. */
function main(dist, budget) {
  const files = firstVisitFiles(dist);
  const rows = files.map((file) => {
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

  console.log(`First visit of ${FIRST_PAGE.replace(/index\.html$/, '')} (${dist}/):`);
  console.log(`${pad('file', 48)}${lpad('raw', 10)}${lpad('gzip -9', 10)}${lpad('brotli', 10)}`);
  for (const r of rows) {
    console.log(`${pad(r.file, 48)}${lpad(kb(r.raw), 10)}${lpad(kb(r.gzip), 10)}${lpad(kb(r.brotli), 10)}`);
  }
  console.log(`${pad('total', 48)}${lpad(kb(total('raw')), 10)}${lpad(kb(total('gzip')), 10)}${lpad(kb(total('brotli')), 10)}`);
  if (budget === 'none') {
    console.log('(The published dataset\'s figures: the budget is measured with the rules\' example, `make e2e-site`.)');
    return;
  }
  const over = total('gzip') - budget;
  if (over > 0) {
    console.error(`Size budget exceeded: ${kb(total('gzip'))} gzip is ${kb(over)} over the ${kb(budget)} budget.`);
    process.exitCode = 1;
    return;
  }
  console.log(`Within the ${kb(budget)} budget (${kb(-over)} to spare).`);
}

// Run as a script (not imported by a test).
if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  const budget = process.argv[3] === 'none' ? 'none' : Number(process.argv[3] || BUDGET_KB * 1024);
  main(process.argv[2] || 'dist', budget);
}
