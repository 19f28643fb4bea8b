// Finding developments: search and facets, with the state in the link; on the real dataset and
// on a 1,000-development synthetic one (correctness only: speed is for `make bench`).
import { test, expect, expectNoProblems, APP } from './helpers.js';

const TITLE = 'Measures of guidance and promotion of work-based learning';
const SYNTHETIC = '/synthetic/1000/';

const lanes = (page) => page.locator('tr.lane');
const count = (page) => page.locator('#result-count');

test('filter by a theme and a year range: the count and lanes change, reload keeps it, clear all', async ({ page, problems }) => {
  await page.goto(APP);
  await expect(lanes(page)).toHaveCount(3);
  await expect(count(page)).toHaveText('3 of 3 developments');
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('group', { name: 'Thematic categories' }).getByRole('checkbox', { name: 'Lifelong guidance (1)' }).check();
  await expect(page).toHaveURL(/\?theme=Lifelong\+guidance$/);
  await expect(count(page)).toHaveText('1 of 3 developments');
  await expect(lanes(page)).toHaveCount(1);
  await expect(lanes(page)).toContainText(TITLE);
  // Focus stays on the checkbox the reader used.
  await expect(page.getByRole('checkbox', { name: 'Lifelong guidance (1)' })).toBeFocused();

  await page.getByRole('checkbox', { name: 'Lifelong guidance (1)' }).uncheck();
  await page.getByLabel('From').selectOption('2019');
  await expect(page).toHaveURL(/\?from=2019$/);
  await expect(count(page)).toHaveText('2 of 3 developments');
  await expect(lanes(page)).toHaveCount(2);
  await page.getByLabel('To').selectOption('2020');
  await expect(count(page)).toHaveText('1 of 3 developments');

  await page.reload();
  await expect(count(page)).toHaveText('1 of 3 developments');
  await expect(page.getByLabel('From')).toHaveValue('2019');
  await expect(page.getByLabel('To')).toHaveValue('2020');

  await page.goBack();
  await expect(count(page)).toHaveText('2 of 3 developments');
  await page.goForward();
  await expect(count(page)).toHaveText('1 of 3 developments');

  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/timeline\/$/);
  await expect(count(page)).toHaveText('3 of 3 developments');
  await expect(page.getByLabel('Search titles and texts')).toBeFocused();
  await expectNoProblems(page, problems);
});

test('search with and without accents finds Cité des métiers, and marks it', async ({ page }) => {
  await page.goto(APP);
  const search = page.getByLabel('Search titles and texts');
  await search.fill('cite des metiers');
  await expect(count(page)).toHaveText('1 of 3 developments');
  await expect(page).toHaveURL(/\?q=cite\+des\+metiers$/);
  await expect(page.locator('.lane-excerpt mark')).toHaveText('Cité des métiers');
  await search.fill('CITÉ DES MÉTIERS');
  await expect(page).toHaveURL(/\?q=CIT%C3%89\+DES\+M%C3%89TIERS$/);
  await expect(count(page)).toHaveText('1 of 3 developments');
  // The title match is marked in the lane's name; the PEQ, a related development, is listed
  // under the measure it relates to (which mentions it), tied to it.
  await search.fill('peq');
  await expect(lanes(page).nth(1).locator('.lane-name mark')).toHaveText('PEQ');
  await expect(lanes(page).nth(1).locator('.lane-relation')).toHaveText(`Related to: ${TITLE}`);
  await expect(lanes(page)).toHaveCount(2);
  // Typing does not add a history entry per keystroke.
  await page.goBack();
  await expect(page).toHaveURL(/\/timeline\/$/);
});

test('typing a search with a card open keeps the card, and its links follow the search', async ({ page }) => {
  await page.goto(`${APP}?measure=28020`);
  const search = page.getByLabel('Search titles and texts');
  // Key by key, as a person types (some keys are handled together, at the next frame).
  await search.pressSequentially('guidance');
  await expect(page).toHaveURL(/\/en\/28020\/\?q=guidance(#card-host)?$/);
  await expect(search).toBeFocused();
  await expect(page.locator('section.card h2')).toHaveText(TITLE);
  const related = page.locator('section.card').getByRole('link', { name: 'Social partner pact for employment and training' });
  await expect(related).toHaveAttribute('href', /[?&]q=guidance(&|#|$)/);
});

test('the filters open from the keyboard, counted for the search typed before', async ({ page }) => {
  await page.goto(APP);
  await page.getByLabel('Search titles and texts').fill('peq');
  await expect(count(page)).toHaveText('2 of 3 developments');
  const summary = page.locator('.filters > summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(summary).toBeFocused();
  const subsystems = page.getByRole('group', { name: 'Subsystem' });
  await expect(subsystems.getByRole('checkbox', { name: 'IVET (2)' })).toBeVisible();
  // A value that would leave nothing is not offered.
  await expect(subsystems.getByText('CVET')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(subsystems).toBeHidden();
});

test('an empty result says so and offers to remove the filter that emptied it', async ({ page }) => {
  await page.goto(`${APP}?q=pathway&subsystem=CVET`);
  await expect(count(page)).toHaveText('0 of 3 developments');
  await expect(page.locator('.no-results')).toContainText('No development matches all these filters.');
  await page.getByRole('button', { name: 'Remove “Subsystem: CVET” (2 found)' }).click();
  await expect(page).toHaveURL(/\?q=pathway$/);
  await expect(count(page)).toHaveText('2 of 3 developments');
});

test('filters compose with deep links, languages and embed mode', async ({ page }) => {
  await page.goto(`${APP}?measure=28020&year=2019&subsystem=CVET&lang=fr`);
  await expect(count(page)).toHaveText('1 sur 3 évolutions');
  // The card still opens on the deep link; the timeline shows what the filter leaves.
  await expect(page.locator('section.card h2')).toContainText('2019');
  await page.locator('#cell-2-2017').click();
  await expect(page).toHaveURL(/\/fr\/be-fr-social-partner-pact-employment-training\/2017\/\?subsystem=CVET(#card-host)?$/);
  // An embedder can pin a filtered view.
  await page.goto(`${APP}?subsystem=CVET&embed=1`);
  await expect(lanes(page)).toHaveCount(1);
  await expect(page.getByLabel('Search titles and texts')).toHaveCount(0);
});

test('the card marks the search where it matches, and its marks follow the search', async ({ page }) => {
  await page.goto(`${APP}?measure=28020&q=cite+des+metiers`);
  const marks = page.locator('section.card mark');
  await expect(marks.first()).toHaveText('Cité des métiers');
  await page.getByLabel('Search titles and texts').fill('guidance');
  await expect(page.locator('section.card h2 mark')).toHaveText('guidance');
  await expect(marks).not.toHaveCount(1);
  for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toBe('guidance');
  // The card's text is still the source's, word for word.
  await expect(page.locator('section.card h2')).toHaveText(TITLE);
  await page.getByLabel('Search titles and texts').fill('');
  await expect(marks).toHaveCount(0);
});

test('a facet with nothing left to offer is hidden, not left as an empty frame', async ({ page }) => {
  await page.goto(`${APP}?status=Discontinued`);
  await expect(count(page)).toHaveText('1 of 3 developments');
  await expect(page.getByRole('group', { name: 'Status' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Type of development' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Thematic categories' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Target group' })).toBeHidden();
  await page.getByRole('checkbox', { name: /^Discontinued/ }).uncheck();
  await expect(count(page)).toHaveText('3 of 3 developments');
  await expect(page.getByRole('group', { name: 'Thematic categories' })).toBeVisible();
});

test('1,000 synthetic developments: labelled, counted, filtered, searched, shown twenty at a time', async ({ page }) => {
  await page.goto(SYNTHETIC);
  await expect(page.locator('.synthetic-banner')).toContainText('Synthetic test data');
  await expect(count(page)).toHaveText('1,000 of 1,000 developments');
  await expect(lanes(page)).toHaveCount(20);
  await page.getByRole('button', { name: 'Show 20 more (980 not shown)' }).click();
  await expect(lanes(page)).toHaveCount(40);
  await expect(page.locator('tr.lane:nth-of-type(21) a[id^=lane-link-]')).toBeFocused();

  await page.getByText('Filters', { exact: true }).click();
  const country = page.getByRole('group', { name: 'Country' });
  await country.getByRole('checkbox', { name: /^SYNTHETIC-07 / }).check();
  const n = Number((await count(page).textContent()).split(' ')[0]);
  expect(n).toBeGreaterThan(10);
  expect(n).toBeLessThan(100);
  await expect(lanes(page)).toHaveCount(Math.min(n, 20));
  await expect(lanes(page).locator('.lane-meta')).toContainText(Array(Math.min(n, 20)).fill('SYNTHETIC-07'));

  await page.getByLabel('Search titles and texts').fill('cite des metiers');
  await expect(page.locator('.lane-name mark').first()).toHaveText('Cité des métiers');
  const withAccents = await count(page).textContent();
  await page.getByLabel('Search titles and texts').fill('Cité des Métiers');
  await expect(page).toHaveURL(/q=Cit%C3%A9\+des\+M%C3%A9tiers/);
  await expect(count(page)).toHaveText(withAccents);
  await page.reload();
  await expect(count(page)).toHaveText(withAccents);
  await expect(page.getByLabel('Search titles and texts')).toHaveValue('Cité des Métiers');
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(count(page)).toHaveText('1,000 of 1,000 developments');
});
