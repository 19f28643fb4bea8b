// State follows the link: after any sequence of typing, pasting, filter clicks, Back and
// Forward, the page is what a fresh load of the same link shows. Includes the three bugs found
// when the app was tried as a new user would (key marks, search box after Back, pasted search).
import { test, expect, expectNoProblems, live, APP } from './helpers.js';

const search = (page) => page.getByLabel('Search titles and texts');
const count = (page) => page.locator('#result-count');

/** What a reader sees of the page's state, to compare with a fresh load of the same link. */
async function seen(page) {
  await expect(page.locator('section.card h2, .no-results').first()).toBeVisible();
  return page.evaluate(() => {
    const texts = (sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent.trim());
    return {
      search: document.querySelector('#search')?.value ?? null,
      count: document.querySelector('#result-count')?.textContent ?? null,
      lanes: texts('tr.lane .lane-name'),
      marks: texts('main mark'),
      excerpts: texts('.lane-excerpt'),
      // Each key entry: its words and the marks drawn beside them.
      key: [...document.querySelectorAll('.key-list li')].map((li) => ({
        text: li.textContent.trim(),
        marks: [...li.querySelectorAll('svg, .note-flag, .key-empty')].map((m) => m.getAttribute('class')),
      })),
      current: [...document.querySelectorAll('[aria-current]')].map((e) => e.id || e.textContent.trim()),
      card: document.querySelector('section.card h2')?.textContent ?? null,
      facetsBuilt: document.querySelector('.filters fieldset') !== null,
      checked: [...document.querySelectorAll('.filters input:checked')].map((i) => i.value),
      range: [...document.querySelectorAll('.filters select')].map((s) => s.value),
      notices: texts('.notice'),
    };
  });
}

/** Asserts the page shows what a fresh load of its own address shows. */
async function expectAsFreshLoad(page) {
  const now = await seen(page);
  const fresh = await page.context().newPage();
  await fresh.goto(page.url());
  await live(fresh);
  const loaded = await seen(fresh);
  // The facets are built when first opened (or at once for a link with facets or years):
  // their values are compared where both pages have them.
  if (!(now.facetsBuilt && loaded.facetsBuilt)) {
    for (const s of [now, loaded]) { s.checked = []; s.range = []; s.facetsBuilt = null; }
  }
  expect(now).toEqual(loaded);
  await fresh.close();
}

test('key marks: after a search and Back, and after ticking a Status filter, each status keeps its one mark', async ({ page }) => {
  await page.goto(`${APP}?measure=28020&year=2019`);
  await search(page).pressSequentially('pact');
  await expect(count(page)).toHaveText('1 of 3 developments');
  await page.goBack();
  await expect(count(page)).toHaveText('3 of 3 developments');
  const key = page.locator('.key-list li');
  await expect(key.filter({ hasText: 'Discontinued' }).locator('svg')).toHaveCount(1);
  await expect(key.filter({ hasText: 'Discontinued' }).locator('svg')).toHaveClass('mark mark-cross');
  await expect(key.filter({ hasText: 'Year with a note' }).locator('svg')).toHaveCount(0);
  await expectAsFreshLoad(page);

  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: /^Discontinued/ }).check();
  await expect(count(page)).toHaveText('1 of 3 developments');
  await expect(key.filter({ hasText: 'Discontinued' }).locator('svg')).toHaveClass('mark mark-cross');
  await expect(key.filter({ hasText: 'Year with a note' }).locator('svg')).toHaveCount(0);
  await expectAsFreshLoad(page);
});

test('search box after Back: the typed search goes with the link it belonged to', async ({ page, problems }) => {
  await page.goto(`${APP}?measure=28020&year=2019`);
  await search(page).pressSequentially('pact');
  await expect(page).toHaveURL(/q=pact/);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/28020\/2019\/(#card-host)?$/);
  await expect(count(page)).toHaveText('3 of 3 developments');
  await expect(search(page)).toHaveValue('');
  await expectAsFreshLoad(page);
  await page.goForward();
  await expect(search(page)).toHaveValue('pact');
  await expect(count(page)).toHaveText('1 of 3 developments');
  await expectAsFreshLoad(page);
  await expectNoProblems(page, problems);
});

test('a pasted search replaces the results, as typing does', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${APP}?q=cite+des+metiers`);
  await expect(page.locator('.lane-excerpt mark')).toHaveText('Cité des métiers');
  await page.evaluate(() => navigator.clipboard.writeText('xyzzy'));
  await search(page).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await expect(search(page)).toHaveValue('xyzzy');
  await expect(count(page)).toHaveText('0 of 3 developments');
  await expect(page.locator('tr.lane')).toHaveCount(0);
  await expect(page.locator('.lane-excerpt')).toHaveCount(0);
  await expect(page.locator('.no-results')).toBeVisible();
  await expectAsFreshLoad(page);
});

test('a long sequence of clicks, typing, filters, Back and Forward always shows what its link shows', async ({ page }) => {
  // Eleven loads of the app, one per step: three times the usual time (it took 11.5 s here and
  // ran out of 30 s on a CI machine 2.4 times slower).
  test.slow();
  await page.goto(APP);
  await page.locator('#cell-0-2021').click();
  await expect(page).toHaveURL(/\/2021\//);
  await search(page).pressSequentially('guid');
  await expect(page).toHaveURL(/q=guid/);
  await page.getByText('Filters', { exact: true }).click();
  await page.getByLabel('From').selectOption('2020');
  await expect(page).toHaveURL(/from=2020/);
  await page.getByRole('group', { name: 'Subsystem' }).getByRole('checkbox', { name: /^IVET/ }).check();
  await expect(page).toHaveURL(/subsystem=IVET/);
  await expectAsFreshLoad(page);
  for (const step of ['back', 'back', 'back', 'forward', 'back', 'back', 'forward', 'forward', 'forward']) {
    const before = page.url();
    await (step === 'back' ? page.goBack() : page.goForward());
    await expect(page).not.toHaveURL(before);
    await expectAsFreshLoad(page);
  }
});
