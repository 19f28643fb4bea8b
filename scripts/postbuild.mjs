// Trunk post-build hook (release builds), in the staging dir before it becomes dist/:
//
// 0. Drops the Web Streams classes that wasm-bindgen exports for wasm-streams (which leptos pulls
//    in through server_fn, for server functions this app does not have): exported, they survive
//    every dead-code pass, with what they call (about 2 KB gzipped, measured). The app never
//    constructs them; the wasm loses their exports, then -Oz removes their code and imports.
//    Likewise `initSync`, which boot.js does not use.
// 1. Shortens the names by which the wasm and its wasm-bindgen JavaScript call each other
//    (binaryen's --minify-imports-and-exports-and-modules, then the same renaming in the JS):
//    names such as `__wbg_removeAttribute_735f25a801a701e1` cost about 3 KB gzipped (measured).
// 2. Minifies the JavaScript (terser): the wasm-bindgen glue, boot.js and embed.js.
// 3. Minifies the JSON files (whitespace only).
// 4. Drops the wasm's custom sections (producers, target features: metadata no browser needs).
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir || process.env.TRUNK_PROFILE !== 'release') process.exit(0);

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

const FEATURES = ['bulk-memory', 'bulk-memory-opt', 'nontrapping-float-to-int', 'sign-ext',
  'mutable-globals', 'reference-types', 'multivalue'].map((f) => `--enable-${f}`);
const wasmOpt = join(process.cwd(), 'node_modules', '.bin', 'wasm-opt');
const UNUSED_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

for (const wasmPath of files(dir).filter((p) => p.endsWith('_bg.wasm'))) {
  const jsPath = wasmPath.replace(/_bg\.wasm$/, '.js');
  let js = readFileSync(jsPath, 'utf8');

  // 0. Unused exported classes, in the JS and then in the wasm.
  const removed = [];
  for (const name of UNUSED_CLASSES) {
    for (const pattern of [
      new RegExp(`^export class ${name} \\{\n[\\s\\S]*?\n\\}\n`, 'm'),
      new RegExp(`^if \\(Symbol\\.dispose\\) ${name}\\.prototype.*\n`, 'm'),
      new RegExp(`^const ${name}Finalization = [\\s\\S]*?;\n`, 'm'),
    ]) {
      js = js.replace(pattern, (text) => { removed.push(text); return ''; });
    }
  }
  const dropped = [...new Set(removed.join('').match(/(?<=\bwasm\.)\w+/g) ?? [])];
  for (const name of dropped) {
    if (new RegExp(`\\bwasm\\.${name}\\b`).test(js)) {
      throw new Error(`postbuild: ${name} is still used after dropping the stream classes`);
    }
  }
  // boot.js uses the default export only: without `initSync` exported, terser drops it.
  js = js.replace(/^export \{ initSync, /m, 'export { ');
  // (As index.html asks of Trunk's wasm-opt: fewer functions inlined into their one caller.)
  const optimise = dropped.length
    ? [`--remove-exports=${dropped.join(',')}`, '-Oz', '--one-caller-inline-max-function-size=20']
    : [];

  // 1. Short import and export names, in the wasm and in its JS.
  const mapping = JSON.parse(execFileSync(wasmOpt, [
    wasmPath, ...FEATURES, ...optimise, '--minify-imports-and-exports-and-modules', '-o', wasmPath,
  ], { encoding: 'utf8', maxBuffer: 1 << 24 }));
  writeFileSync(wasmPath, withoutCustomSections(readFileSync(wasmPath)));

  // The imports only the dropped code called are gone from the wasm: drop them from the JS too.
  const kept = new Set(mapping.imports.map(([, name]) => name));
  js = js.replace(/^ {8}(\w+): function[\s\S]*?(?=^ {8}\w+: function|^ {4}\};)/gm,
    (entry, name) => (kept.has(name) ? entry : ''));
  const modules = new Set(mapping.imports.map(([module]) => module));
  for (const [, name, short] of mapping.imports) {
    // The import object's keys: `    name: function(...`.
    const key = new RegExp(`(^|[\\s,{])${name}:`, 'g');
    if (!key.test(js)) throw new Error(`postbuild: import ${name} not found in ${jsPath}`);
    js = js.replace(new RegExp(`(^|[\\s,{])${name}:`, 'g'), `$1${JSON.stringify(short)}:`);
  }
  for (const module of modules) {
    // binaryen names the one module of the imports "a".
    js = js.replaceAll(JSON.stringify(module), '"a"');
  }
  for (const [name, short] of mapping.exports) {
    js = js.replace(new RegExp(`\\bwasm\\.${name}\\b`, 'g'), `wasm[${JSON.stringify(short)}]`);
  }
  if (modules.size !== 1) throw new Error('postbuild: expected the imports of one module');
  writeFileSync(jsPath, js);
}

// 2. Minified JavaScript.
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

// 3. Minified JSON.
for (const path of files(dir).filter((p) => p.endsWith('.json'))) {
  writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
}
