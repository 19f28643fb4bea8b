// Browser end-to-end tests against the release build (dist/), served from a sub-path under a
// strict Content-Security-Policy by tests/e2e/server.mjs. Run with `make test-e2e`.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 4321);

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.js',
  outputDir: '../../target/playwright',
  // Reference images (`npx playwright test --update-snapshots` writes them), the same for every
  // machine of the project's kind: Debian's Chromium and fonts.
  snapshotPathTemplate: '{testDir}/screenshots/{arg}{ext}',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // A CI machine ran the suite 2.4 times slower than a warm local one: room for that.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: [
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node server.mjs ${port}`,
    url: `http://127.0.0.1:${port}/ministry/vet/timeline/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
