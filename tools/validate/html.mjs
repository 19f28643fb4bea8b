// What `make dist` writes out is conforming HTML: html-validate's standard rules, on every page
// it writes (`dist/index.html`, the default view, each view's page, `dist/<path>/index.html`,
// and the 404 page, `dist/404.html`).
// Fails, listing each problem, when any is found.
//
//   node tools/validate/html.mjs [dist]      (default dist; `make dist` first)
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';

const dist = process.argv[2] || 'dist';
const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

/** Every `index.html` under `dir`, and its `404.html`. */
function pages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    return entry.name === 'index.html' || (dir === dist && entry.name === '404.html') ? [path] : [];
  });
}

const documents = pages(dist).sort().map((path) => [relative(dist, path), readFileSync(path, 'utf8')]);
const unwritten = documents.filter(([, html]) => !/<main[\s>][\s\S]*<\/main>/.test(html));
if (documents.length === 0 || unwritten.length > 0) {
  console.error(`html: ${unwritten.map(([name]) => name).join(', ') || 'no page'}: no <main>: were the views written out (make dist)?`);
  process.exit(1);
}

let problems = 0;
for (const [name, html] of documents) {
  const report = await validator.validateString(html, name);
  for (const result of report.results) {
    for (const m of result.messages) {
      problems += 1;
      const at = html.slice(Math.max(0, m.offset - 60), m.offset + 60).replace(/\s+/g, ' ');
      console.error(`${name}:${m.line}:${m.column}: ${m.message} [${m.ruleId}]\n    …${at}…`);
    }
  }
}
if (problems > 0) {
  console.error(`html: ${problems} problem(s) in ${documents.length} documents (html-validate:standard)`);
  process.exit(1);
}
console.log(`html: ${documents.length} documents conform (html-validate:standard: every page make dist writes)`);
