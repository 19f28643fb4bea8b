// Trunk post-build hook (release builds): minifies what Trunk leaves as is, in the staging dir,
// before it becomes dist/: the wasm-bindgen JavaScript, boot.js and embed.js (with terser), and
// the JSON files (whitespace). Keeps the Subresource Integrity hashes of index.html true.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir || process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const files = (d) => readdirSync(d).flatMap((f) => {
  const path = join(d, f);
  return statSync(path).isDirectory() ? files(path) : [path];
});
const sri = (body) => `sha384-${createHash('sha384').update(body).digest('base64')}`;

let html = readFileSync(join(dir, 'index.html'), 'utf8');
for (const path of files(dir)) {
  if (path.endsWith('.js')) {
    const source = readFileSync(path, 'utf8');
    const module = !path.endsWith('embed.js');
    const { code } = await minify(source, {
      module,
      ecma: 2020,
      compress: { passes: 2 },
      mangle: true,
      format: { comments: false },
    });
    html = html.replaceAll(sri(source), sri(code));
    writeFileSync(path, code);
  } else if (path.endsWith('.json')) {
    writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
  }
}
writeFileSync(join(dir, 'index.html'), html);
