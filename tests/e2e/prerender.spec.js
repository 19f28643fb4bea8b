// The default view written out at build time: readable without scripts, with links that lead to
// what the page holds; taken over by the live app without a jump; link previews' meta tags.
import { test, expect, expectNoProblems, APP } from './helpers.js';

const TITLE = 'Measures of guidance and promotion of work-based learning';
const NOTE_2019 = "The platform 'My school, my job' was deployed in 2019";
const SECTIONS = ['Background', 'Objectives', 'Description', 'Timeline', 'Bodies responsible',
  'Target group', 'Thematic categories', 'Subsystem', 'Further reading',
  'Related policy developments', 'Cite as'];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page is complete: title, every section, the 2019 note, eleven year links that lead to their pages', async ({ page }) => {
    await page.goto(APP);
    await expect(page).toHaveTitle(`${TITLE} – VET policy timeline`);
    await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
    await expect(page.locator('section.card .card-section > h3')).toHaveText(SECTIONS);
    await expect(page.locator('section.card')).toContainText(NOTE_2019);
    await expect(page.locator('section.card')).toContainText('Cedefop, & ReferNet. (2026). Measures of guidance and promotion of work-based learning: Belgium-FR.');
    const years = page.locator('#lane-0 a.cell');
    await expect(years).toHaveCount(11);
    await expect(years.nth(4)).toHaveAttribute('href', 'en/28020/2019/');
    await expect(page.locator('.noscript-notice')).toBeVisible();
    await expect(page.locator('.noscript-notice')).toContainText('The interactive timeline needs JavaScript');
    // The whole dataset, as CSV and as the dataset file, written at build time beside it.
    const csv = page.getByRole('link', { name: 'CSV of these developments (a table, a row per year)' });
    await expect(csv).toHaveAttribute('href', 'data/timeline.csv');
    await expect(page.getByRole('link', { name: "JSON of these developments (this timeline's data format)" })).toHaveAttribute('href', 'data/timeline.json');
    const written = await page.request.get(new URL('data/timeline.csv', page.url()).href);
    const rows = (await written.text()).split('\r\n');
    expect(rows[0]).toBe('\uFEFFid,title,country,type of development,year,stage,note');
    expect(rows.length).toBe(1 + 11 + 1 + 1 + 1);
    // Controls that need the app are not offered; the languages are links to their pages.
    await expect(page.getByLabel('Search titles and texts')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Français' })).toHaveAttribute('href', 'fr/');
    // A year leads to its page, which opens on its card.
    await years.nth(4).click();
    await expect(page).toHaveURL(new RegExp(`${APP}en/28020/2019/$`));
    await expect(page.locator('section.card h2')).toContainText('2019');
    await expect(page.locator('section.card h2')).toBeInViewport();
    await expect(page.locator('section.card')).toContainText(NOTE_2019);
    // Its download links still lead to the dataset, from its folder.
    const back = await page.request.get(new URL(await csv.getAttribute('href'), page.url()).href);
    expect(back.status()).toBe(200);
  });

  test('from the French 2019 page: the next year, a related development and another language are pages of their own', async ({ page }) => {
    await page.goto(`${APP}fr/28020/2019/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    // The notice in the page's language; the timeline reads as the live app's table does.
    await expect(page.locator('.noscript-notice')).toHaveText(/^La chronologie interactive a besoin de JavaScript et de WebAssembly\./);
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);
    await expect(page.locator('#lane-0').getByRole('cell')).toHaveCount(11);
    await expect(page.locator('#cell-0-2019')).toHaveAccessibleName('Mise en œuvre, avec une note');
    for (const role of ['banner', 'main', 'contentinfo']) await expect(page.getByRole(role)).toHaveCount(1);
    await page.locator('#cell-0-2020').click();
    await expect(page).toHaveURL(new RegExp(`${APP}fr/28020/2020/$`));
    await expect(page.locator('section.card h2')).toContainText('2020');
    await expect(page.locator('section.card dt').first()).toHaveText('Statut');
    await page.locator('#lane-link-1').click();
    await expect(page).toHaveURL(new RegExp(`${APP}fr/be-fr-vocational-education-pathway-peq/$`));
    await expect(page.locator('section.card h2')).toHaveText('Learning becomes modular: Vocational education pathway (PEQ)');
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await expect(page).toHaveURL(new RegExp(`${APP}nl/be-fr-vocational-education-pathway-peq/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.locator('section.card h2')).toHaveText('Learning becomes modular: Vocational education pathway (PEQ)');
  });
});

test('a deep link shows its own view once the app takes over, the timeline not doubled and not moved', async ({ page, problems }) => {
  // Hold the wasm until the written-out page has been measured.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.gotoAsWritten(`${APP}en/28020/2019/`);
  await expect(page.locator('#page[data-written-out] .timeline')).toBeVisible();
  // Where the timeline is in the document (the live page then brings the card into view).
  const place = () => page.locator('.timeline').evaluate((t) => {
    const r = t.getBoundingClientRect();
    return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
  });
  const before = await place();
  release();
  await expect(page.locator('#page[data-written-out]')).toHaveCount(0);
  await expect(page.locator('section.card h2')).toContainText('2019');
  await expect(page.locator('section.card')).toContainText(NOTE_2019);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('.timeline')).toHaveCount(1);
  expect(await place()).toEqual(before);
  // The live links lead to the same pages.
  await expect(page.locator('#cell-0-2023')).toHaveAttribute('href', '../../../en/28020/2023/');
  await expectNoProblems(page, problems);
});

test('focus on the written-out page stays on the same control when the app takes over', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.gotoAsWritten(APP);
  await page.locator('#page[data-written-out] #lane-link-1').focus();
  release();
  await expect(page.locator('#page[data-written-out]')).toHaveCount(0);
  await expect(page.locator('#lane-link-1')).toBeFocused();
});

test('link previews: title, description, type, site name, card, locale; the canonical and alternate pages relative without SITE_URL', async ({ request }) => {
  const html = await (await request.get(APP)).text();
  const meta = (property) => html.match(new RegExp(`<meta (?:property|name)="?${property}"? content="([^"]*)"`))?.[1];
  expect(meta('og:title')).toBe(`${TITLE} – VET policy timeline`);
  expect(meta('og:description')).toMatch(/^At the age of 14, upper secondary learners have the opportunity/);
  expect(meta('og:type')).toBe('website');
  expect(meta('og:site_name')).toBe('VET policy timeline');
  expect(meta('og:locale')).toBe('en_GB');
  expect(meta('twitter:card')).toBe('summary_large_image');
  expect(meta('og:image')).toMatch(/^previews\/[0-9a-f]{16}\.png$/);
  expect(html).toContain('<link rel="canonical" href="./">');
  expect(html).toContain('<link rel="alternate" hreflang="fr" href="fr/">');
  expect(html).not.toMatch(/og:url/);
});
