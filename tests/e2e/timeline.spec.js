// The timeline, its cards, related developments and the deep-link contract, in the release
// build served from a sub-path under a strict CSP.
import { test, expect, expectNoProblems, APP } from './helpers.js';

const TITLE = 'Measures of guidance and promotion of work-based learning';
const PEQ = 'Learning becomes modular: Vocational education pathway (PEQ)';
const PACT = 'Social partner pact for employment and training';
const NOTE_2019 = "The platform 'My school, my job' was deployed in 2019";
const NOTE_2023 = 'The work on amending the decree of 11 April 2014';

const card = (page) => page.locator('section.card');
// A year's control, found as a reader finds it: in the row of the development, under the year.
const cell = (page, year, title = TITLE) =>
  page.locator('tr.lane')
    .filter({ has: page.getByRole('rowheader').getByRole('link', { name: title, exact: true }) })
    .locator(`td:nth-child(${year - 2015 + 2}) a.cell`);

test('a deep link opens a year card; clicks, back, forward and reload keep URL and view in step', async ({ page, problems }) => {
  await page.goto(`${APP}?measure=28020&year=2019`);
  await expect(card(page)).toContainText(NOTE_2019);
  await expect(card(page).getByRole('heading', { level: 2 })).toContainText('2019');
  await expect(cell(page, 2019)).toHaveAttribute('aria-current', 'true');

  await cell(page, 2023).click();
  await expect(page).toHaveURL(/\/ministry\/vet\/timeline\/en\/28020\/2023\/(#card-host)?$/);
  await expect(card(page)).toContainText(NOTE_2023);
  await expect(cell(page, 2023)).toHaveAttribute('aria-current', 'true');
  await expect(cell(page, 2019)).not.toHaveAttribute('aria-current', /.*/);
  await expect(page).toHaveTitle(`2023 – ${TITLE} – VET policy timeline`);

  await page.goBack();
  await expect(page).toHaveURL(/\/en\/28020\/2019\/(#card-host)?$/);
  await expect(card(page)).toContainText(NOTE_2019);
  await expect(cell(page, 2019)).toHaveAttribute('aria-current', 'true');

  await page.goForward();
  await expect(card(page)).toContainText(NOTE_2023);

  await page.reload();
  await expect(card(page)).toContainText(NOTE_2023);
  await expect(cell(page, 2023)).toHaveAttribute('aria-current', 'true');
  await expectNoProblems(page, problems);
});

test('a year without a note says so, distinct from a note', async ({ page }) => {
  await page.goto(`${APP}?measure=28020&year=2016`);
  await expect(card(page)).toContainText('The entry gives no note for this year.');
  await expect(cell(page, 2016)).toHaveAccessibleName('Implementation');
  await expect(cell(page, 2020)).toHaveAccessibleName('Implementation, with a note');
});

test('the PEQ named in the background leads to its entry, and a link leads back', async ({ page }) => {
  await page.goto(APP);
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(TITLE);
  await card(page).getByRole('link', { name: 'Vocational Education Pathway (PEQ)', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/be-fr-vocational-education-pathway-peq\/(#card-host)?$/);
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(PEQ);
  await expect(card(page).getByRole('heading', { level: 2 })).toBeFocused();
  await expect(card(page)).toContainText('On 20 July 2022, the Government of the French Community approved the decree');
  await expect(card(page)).toContainText('Regulation/legislation');
  // The PEQ's lane is the one in focus.
  await expect(page.locator('tr.lane-current')).toContainText(PEQ);

  await card(page).getByRole('link', { name: TITLE }).click();
  await expect(page).toHaveURL(/\/en\/28020\/(#card-host)?$/);
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(TITLE);
  await page.goBack();
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(PEQ);
  await page.goBack();
  await expect(page).toHaveURL(/\/timeline\/$/);
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(TITLE);
});

test('related developments are links from the card and from the timeline', async ({ page }) => {
  await page.goto(`${APP}?measure=28020`);
  const related = card(page).locator('.related');
  await expect(related.getByRole('link', { name: PEQ })).toBeVisible();
  await related.getByRole('link', { name: PACT }).click();
  await expect(page).toHaveURL(/\/en\/be-fr-social-partner-pact-employment-training\/(#card-host)?$/);
  await expect(card(page)).toContainText('The pact focused on six areas:');
  await expect(card(page)).toContainText('Strategy/action plan');
  await expect(card(page).locator('.card-section').filter({ hasText: 'Subsystem' })).toContainText('CVET');
  await cell(page, 2017, PACT).click();
  await expect(page).toHaveURL(/\/en\/be-fr-social-partner-pact-employment-training\/2017\/(#card-host)?$/);
  await expect(card(page)).toContainText('Discontinued');
  await page.getByRole('link', { name: TITLE, exact: true }).first().click();
  await expect(page).toHaveURL(/\/en\/28020\/(#card-host)?$/);
});

test('an unknown measure shows what the timeline holds; a garbage year is ignored politely', async ({ page, problems }) => {
  await page.goto(`${APP}?measure=99999`);
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText('No development “99999” in this timeline');
  await expect(card(page).getByRole('link')).toHaveText([TITLE, PEQ, PACT]);
  await card(page).getByRole('link', { name: PEQ }).click();
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(PEQ);

  await page.goto(`${APP}?measure=28020&year=20x9`);
  await expect(page.getByRole('status').filter({ hasText: 'is not a year of this timeline' })).toContainText('“20x9”');
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(TITLE);

  await page.goto(`${APP}?measure=%3Cscript%3E&year=${'9'.repeat(500)}`);
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText('No development “<script>” in this timeline');
  await expectNoProblems(page, problems);
});

test('every text of the source can be reached through clicks', async ({ page }) => {
  await page.goto(APP);
  const text = await card(page).innerText();
  for (const sentence of [
    'At the age of 14, upper secondary learners have the opportunity',
    'trainers from IFAPME, AVIQ and and the training centre in Brussels for SMEs (EFP);',
    'To promote the positive orientation of upper secondary learners',
    'The internship process has been further formalised',
    'In 2025, the various measures in place continued to be offered.',
    'Young people not in employment, education or training (NEETs)',
    'Providing for individuals\' re- and upskilling needs',
    '18/04/2024 - Decree amending the decree of 11 April 2014',
    'Cedefop, & ReferNet. (2026). Measures of guidance and promotion of work-based learning: Belgium-FR.',
  ]) {
    expect(text).toContain(sentence);
  }
  await expect(card(page).getByRole('link', { name: 'https://www.cedefop.europa.eu/en/tools/timeline-vet-policies-europe/search/28020' })).toBeVisible();
  await expect(card(page).locator('.citation em')).toHaveText('Timeline of VET policies in Europe');
});

test('copy link puts the absolute deep link on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${APP}?measure=28020&year=2019`);
  await cell(page, 2022).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${new URL(page.url()).origin}${APP}en/28020/2022/`);

  await page.getByRole('link', { name: TITLE, exact: true }).first().click();
  await page.getByRole('button', { name: 'Copy citation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Citation copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'Cedefop, & ReferNet. (2026). Measures of guidance and promotion of work-based learning: Belgium-FR. '
    + 'In Cedefop, & ReferNet. (2026). Timeline of VET policies in Europe (2025 update) [Online tool]. '
    + 'https://www.cedefop.europa.eu/en/tools/timeline-vet-policies-europe/search/28020',
  );
});

test('the RIS download from the card holds the citation Copy citation copies', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${APP}en/28020/`);
  await page.getByRole('button', { name: 'Copy citation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Citation copied.' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'RIS', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('28020.ris');
  const { readFile } = await import('node:fs/promises');
  const ris = await readFile(await download.path(), 'utf8');
  // A reference manager's reading: each tag's values.
  const tags = {};
  for (const line of ris.split('\r\n').filter(Boolean)) {
    const [tag, value] = [line.slice(0, 2), line.slice(6)];
    (tags[tag] ??= []).push(value);
  }
  expect(tags.AU).toEqual(['Cedefop', 'ReferNet']);
  // The same citation: the copied text is these parts in the source's order, and its address.
  const parts = `${tags.AU[0]}, & ${tags.AU[1]}. (${tags.PY[0]}). ${tags.TI[0]}. In ${tags.AU[0]}, & ${tags.AU[1]}. `
    + `(${tags.PY[0]}). ${tags.T2[0]} (${tags.ET[0]}) [${tags.N1[0]}]. ${tags.UR[0]}`;
  expect(parts).toBe(copied);
});

test('where copying is refused, the link is shown to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    document.execCommand = () => false;
  });
  await page.goto(`${APP}?measure=28020&year=2019`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'did not allow copying' })).toBeVisible();
  const field = page.getByRole('textbox', { name: 'Copy link' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(/\/ministry\/vet\/timeline\/en\/28020\/2019\/$/);
});
