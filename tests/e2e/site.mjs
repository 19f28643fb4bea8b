// The written-out site the browser tests are served: `E2E_SITE` (set by the Makefile: the release
// build with the rules' example dataset written out, `make e2e-site`), or dist/ itself.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = fileURLToPath(new URL('../../', import.meta.url));

/** The folder served as the app. */
export const SITE = resolve(repository, process.env.E2E_SITE || 'dist');

/**
 * The headers the build says the files of the site in `folder` are served with (its `_headers`,
 * written by src/hosting/): the Content-Security-Policy, which allows each page's inline
 * stylesheet and early script by their hashes, and `nosniff`.
 */
export function headersOf(folder) {
  return Object.fromEntries(readFileSync(join(folder, '_headers'), 'utf8').split('\n')
    .filter((line) => /^\s+\S+:/.test(line))
    .map((line) => line.trim().split(/:\s*(.*)/s).slice(0, 2)));
}
