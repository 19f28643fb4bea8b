// Trunk post-build hook (release builds), in the staging dir before it becomes dist/:
//
// 0. Optimises the wasm for size (wasm-opt -Oz, from npm's binaryen: Trunk's own wasm-opt step is
//    off, so that its flags are written here only).
// 1. Drops the Web Streams classes that wasm-bindgen exports for wasm-streams (which leptos pulls
//    in through server_fn, for server functions this app does not have): exported, they survive
//    every dead-code pass, with what they call (about 2 KB gzipped, measured). The app never
//    constructs them; the wasm loses their exports, then -Oz removes their code and imports.
//    Likewise `initSync`, which boot.js does not use.
// 2. Shortens the names by which the wasm and its wasm-bindgen JavaScript call each other
//    (binaryen's --minify-imports-and-exports-and-modules, then the same renaming in the JS):
//    names such as `__wbg_removeAttribute_735f25a801a701e1` cost about 3 KB gzipped (measured);
//    and drops the wasm's custom sections (producers, target features: metadata no browser needs).
// 3. Minifies the JavaScript (terser): the wasm-bindgen glue, boot.js and embed.js.
// 4. Minifies the JSON files (whitespace only).
//
// Steps 1 and 2 edit wasm-bindgen's JavaScript, whose shape can change with its version: where a
// pattern they need is not found, the build fails and says which.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir || process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const WASM_BINDGEN = readFileSync('Cargo.toml', 'utf8').match(/^wasm-bindgen = "=([0-9.]+)"/m)?.[1];

/** Stops the build: `what` was not found in wasm-bindgen's output. */
function missing(what, file) {
  throw new Error(`postbuild: ${what} is not in ${file}. This step was written for wasm-bindgen `
    + `${WASM_BINDGEN ?? '(see Cargo.toml)'}'s output: if its version changed, update `
    + 'tools/postbuild.mjs to its new JavaScript.');
}

/** `text` with `pattern` replaced by `by` (as `String.replace` does); fails the build if it
 * does not match. */
function replaceOrFail(text, pattern, by, what, file) {
  pattern.lastIndex = 0;
  if (!pattern.test(text)) missing(what, file);
  pattern.lastIndex = 0;
  return text.replace(pattern, by);
}

const files = (d) => readdirSync(d).flatMap((f) => {
  const path = join(d, f);
  return statSync(path).isDirectory() ? files(path) : [path];
});

/** `wasm` without its custom sections (id 0). */
function withoutCustomSections(wasm) {
  const kept = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const start = at;
    const id = wasm[at++];
    let size = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = wasm[at++];
      size += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
    }
    at += size;
    if (id !== 0) kept.push(wasm.subarray(start, at));
  }
  return Buffer.concat(kept);
}

// The features rustc's wasm uses; and fewer functions inlined into their one caller (about
// 0.8 KB less gzipped wasm, measured).
const FEATURES = ['bulk-memory', 'bulk-memory-opt', 'nontrapping-float-to-int', 'sign-ext',
  'mutable-globals', 'reference-types', 'multivalue'].map((f) => `--enable-${f}`);
const OPTIMISE = ['-Oz', '--one-caller-inline-max-function-size=20'];
const wasmOpt = join(process.cwd(), 'node_modules', '.bin', 'wasm-opt');
const UNUSED_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

for (const wasmPath of files(dir).filter((p) => p.endsWith('_bg.wasm'))) {
  const jsPath = wasmPath.replace(/_bg\.wasm$/, '.js');
  let js = readFileSync(jsPath, 'utf8');

  // 0. Size.
  execFileSync(wasmOpt, [wasmPath, ...FEATURES, ...OPTIMISE, '-o', wasmPath]);

  // 1. Unused exported classes, in the JS and then in the wasm.
  const removed = [];
  for (const name of UNUSED_CLASSES) {
    for (const [pattern, what] of [
      [new RegExp(`^export class ${name} \\{\n[\\s\\S]*?\n\\}\n`, 'm'), `export class ${name}`],
      [new RegExp(`^if \\(Symbol\\.dispose\\) ${name}\\.prototype.*\n`, 'm'), `${name}'s Symbol.dispose line`],
      [new RegExp(`^const ${name}Finalization = [\\s\\S]*?;\n`, 'm'), `const ${name}Finalization`],
    ]) {
      js = replaceOrFail(js, pattern, (text) => { removed.push(text); return ''; }, what, jsPath);
    }
  }
  const dropped = [...new Set(removed.join('').match(/(?<=\bwasm\.)\w+/g) ?? [])];
  if (dropped.length === 0) missing('a wasm export called by the stream classes', jsPath);
  for (const name of dropped) {
    if (new RegExp(`\\bwasm\\.${name}\\b`).test(js)) {
      throw new Error(`postbuild: ${name} is still used after dropping the stream classes`);
    }
  }
  // boot.js uses the default export only: without `initSync` exported, terser drops it.
  js = replaceOrFail(js, /^export \{ initSync, /m, 'export { ', 'export { initSync, ... }', jsPath);

  // 2. Short import and export names, in the wasm and in its JS.
  const mapping = JSON.parse(execFileSync(wasmOpt, [
    wasmPath, ...FEATURES, `--remove-exports=${dropped.join(',')}`, ...OPTIMISE,
    '--minify-imports-and-exports-and-modules', '-o', wasmPath,
  ], { encoding: 'utf8', maxBuffer: 1 << 24 }));
  writeFileSync(wasmPath, withoutCustomSections(readFileSync(wasmPath)));

  // The imports only the dropped code called are gone from the wasm: drop them from the JS too.
  const kept = new Set(mapping.imports.map(([, name]) => name));
  let entries = 0;
  js = js.replace(/^ {8}(\w+): function[\s\S]*?(?=^ {8}\w+: function|^ {4}\};)/gm,
    (entry, name) => { entries += 1; return kept.has(name) ? entry : ''; });
  if (entries === 0) missing('the import object\'s `        name: function(...)` entries', jsPath);
  const modules = new Set(mapping.imports.map(([module]) => module));
  for (const [, name, short] of mapping.imports) {
    // The import object's keys: `    name: function(...`.
    js = replaceOrFail(js, new RegExp(`(^|[\\s,{])${name}:`, 'g'), `$1${JSON.stringify(short)}:`,
      `the import ${name}`, jsPath);
  }
  if (modules.size !== 1) throw new Error('postbuild: expected the imports of one module');
  for (const module of modules) {
    // binaryen names the one module of the imports "a".
    const quoted = JSON.stringify(module);
    if (!js.includes(quoted)) missing(`the import module ${quoted}`, jsPath);
    js = js.replaceAll(quoted, '"a"');
  }
  for (const [name, short] of mapping.exports) {
    js = js.replace(new RegExp(`\\bwasm\\.${name}\\b`, 'g'), `wasm[${JSON.stringify(short)}]`);
  }
  writeFileSync(jsPath, js);
}

// 3. Minified JavaScript.
for (const path of files(dir).filter((p) => p.endsWith('.js'))) {
  const source = readFileSync(path, 'utf8');
  const { code } = await minify(source, {
    module: !path.endsWith('embed.js'),
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  writeFileSync(path, code);
}

// 4. Minified JSON.
for (const path of files(dir).filter((p) => p.endsWith('.json'))) {
  writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
}
