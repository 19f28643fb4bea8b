// Shared helpers of the end-to-end tests.
import { test as base, expect } from '@playwright/test';

/** Where the app is published in the tests: a sub-path, as on a ministry's site. */
export const APP = '/ministry/vet/timeline/';

/**
 * `test`, with a `problems` fixture that records what a page reports as going wrong: console
 * errors, uncaught exceptions, and Content-Security-Policy violations.
 */
export const test = base.extend({
  // The page, whose `goto` and `reload` resolve once the live app has taken over the page
  // written out at build time (or said why it cannot): before that, the page's controls are not
  // the app's (and, while it takes over, both pages are in the document).
  // (`page.gotoAsWritten` does not wait: for the tests of the written-out page itself.)
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled !== false) {
      const goto = page.goto.bind(page);
      page.gotoAsWritten = goto;
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        await live(page);
        return response;
      };
      const reload = page.reload.bind(page);
      page.reload = async (options) => {
        const response = await reload(options);
        await live(page);
        return response;
      };
    }
    await use(page);
  },
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

/** Waits until the live app has taken over the page written out at build time, if any. */
export async function live(page) {
  await page.waitForFunction(() => !document.querySelector('#page[data-written-out]'));
}

/** Asserts the page reported no console error, exception or CSP violation. */
export async function expectNoProblems(page, problems) {
  expect(await problems.cspOf(page), 'CSP violations').toEqual([]);
  expect(problems.exceptions, 'uncaught exceptions').toEqual([]);
  expect(problems.console, 'console errors').toEqual([]);
}

export { expect };
