// The written-out site the browser tests are served: `E2E_SITE` (set by the Makefile: the release
// build with the rules' example dataset written out, `make e2e-site`), or dist/ itself.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = fileURLToPath(new URL('../../', import.meta.url));

/** The folder served as the app. */
export const SITE = resolve(repository, process.env.E2E_SITE || 'dist');
