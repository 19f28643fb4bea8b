// Shared helpers of the end-to-end tests.
import { test as base, expect } from '@playwright/test';

/** Where the app is published in the tests: a sub-path, as on a ministry's site. */
export const APP = '/ministry/vet/timeline/';

/**
 * `test`, with a `problems` fixture that records what a page reports as going wrong: console
 * errors, uncaught exceptions, and Content-Security-Policy violations.
 */
export const test = base.extend({
  problems: async ({ page }, use) => {
    const problems = { console: [], exceptions: [] };
    page.on('console', (m) => { if (m.type() === 'error') problems.console.push(m.text()); });
    page.on('pageerror', (e) => problems.exceptions.push(String(e)));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations = window.__cspViolations || [];
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    problems.cspOf = (p = page) => p.evaluate(() => window.__cspViolations || []);
    await use(problems);
  },
});

/** Asserts the page reported no console error, exception or CSP violation. */
export async function expectNoProblems(page, problems) {
  expect(await problems.cspOf(page), 'CSP violations').toEqual([]);
  expect(problems.exceptions, 'uncaught exceptions').toEqual([]);
  expect(problems.console, 'console errors').toEqual([]);
}

export { expect };
