// What `make dist` writes out is conforming HTML: html-validate's standard rules, on
// `dist/index.html` (the default view) and on each written-out view in `dist/views/`, each checked
// as the document a reader gets once views.js has put it in place of the page's own `<main>`.
// Fails, listing each problem, when any is found.
//
//   node tools/validate/html.mjs [dist]      (default dist; `make dist` first)
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';

const dist = process.argv[2] || 'dist';
const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

const page = readFileSync(join(dist, 'index.html'), 'utf8');
const main = /<main[\s>][\s\S]*<\/main>/;
if (!main.test(page)) {
  console.error(`html: ${join(dist, 'index.html')} has no <main>: was the default view written out (make dist)?`);
  process.exit(1);
}
const documents = [['index.html', page]];
const viewsDir = join(dist, 'views');
if (existsSync(viewsDir)) {
  const views = readdirSync(viewsDir).filter((f) => f.endsWith('.html'))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  for (const file of views) {
    const view = readFileSync(join(viewsDir, file), 'utf8');
    // (A function, so that `$` in the view is not read as a replacement pattern.)
    documents.push([`views/${file} in index.html`, page.replace(main, () => view)]);
  }
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
console.log(`html: ${documents.length} documents conform (html-validate:standard: index.html and each view in dist/views/)`);
