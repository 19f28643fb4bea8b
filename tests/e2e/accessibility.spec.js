// WCAG 2.2 AA and axe's best practices: axe-core audits of every view, a keyboard-only walk, languages, narrow screens,
// themes, forced colours and print.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, expectNoProblems, live, APP } from './helpers.js';

const TITLE = 'Measures of guidance and promotion of work-based learning';
const PEQ = 'Learning becomes modular: Vocational education pathway (PEQ)';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function audit(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, 'axe violations').toEqual([]);
  expect(results.passes.length).toBeGreaterThan(10);
}

const views = {
  'the default view': APP,
  'a year card': `${APP}?measure=28020&year=2019`,
  'a measure card': `${APP}?measure=28020`,
  'a related development': `${APP}?measure=be-fr-vocational-education-pathway-peq`,
  'the not-found view': `${APP}?measure=99999&year=abc`,
  'French': `${APP}?measure=28020&lang=fr`,
  'Dutch': `${APP}?measure=28020&year=2022&lang=nl`,
  'German': `${APP}?measure=be-fr-social-partner-pact-employment-training&lang=de`,
  'open filters with a search': `${APP}?q=guidance&theme=Lifelong+guidance&from=2019`,
  'an empty result': `${APP}?q=pathway&subsystem=CVET&lang=fr`,
  'a synthetic dataset of 1,000': '/synthetic/1000/?country=SYNTHETIC-07',
};

for (const [name, url] of Object.entries(views)) {
  test(`axe finds nothing on ${name}`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('section.card h2')).toBeVisible();
    await audit(page);
  });
}

test('axe finds nothing on the error view', async ({ page }) => {
  await page.goto('/broken/invalid/');
  await expect(page.getByRole('alert')).toBeVisible();
  await audit(page);
});

test('axe finds nothing in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${APP}?measure=28020&year=2019`);
  await expect(page.locator('section.card h2')).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe('rgb(255, 255, 255)');
  await audit(page);
});

test('at 320 px wide: no horizontal page scroll, the whole axis on screen, axe finds nothing', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await page.goto(`${APP}?measure=28020&year=2023`);
  await expect(page.locator('section.card h2')).toBeVisible();
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    view: window.innerWidth,
    timeline: document.querySelector('.timeline-scroll').scrollWidth,
    timelineView: document.querySelector('.timeline-scroll').clientWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.view);
  expect(widths.timeline).toBeLessThanOrEqual(widths.timelineView);
  // The selected year is in view inside the timeline.
  const inView = () => page.evaluate(() => {
    const cell = document.querySelector('#cell-0-2023').getBoundingClientRect();
    const box = document.querySelector('.timeline-scroll').getBoundingClientRect();
    return cell.left >= box.left && cell.right <= box.right;
  });
  await expect.poll(inView).toBe(true);
  await testInfo.attach('320px', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  await audit(page);
});

test('text reflows at 400% (320 CSS px at 1280) and controls keep 24 px targets', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 256 });
  await page.goto(`${APP}?measure=28020`);
  await expect(page.locator('section.card h2')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const small = await page.evaluate(() => [...document.querySelectorAll('#page a, #page button')]
    .filter((el) => !el.closest('p, li:not(.related-item)') || el.matches('.cell, .year-link, .lane-name a, .language-list a'))
    .map((el) => ({ el: el.id || el.textContent.trim().slice(0, 30), ...el.getBoundingClientRect().toJSON() }))
    .filter((r) => r.width > 0 && (r.height < 24 || r.width < 24)));
  expect(small).toEqual([]);
});

test('keyboard only: reach 2019, open it, move to 2023, open the PEQ, come back, close with Escape', async ({ page }) => {
  await page.goto(APP);
  await expect(page.locator('section.card h2')).toHaveText(TITLE);
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return el ? (el.id || el.getAttribute('aria-label') || el.textContent.trim()) : '';
  });
  // From the top of the page, Tab reaches the first development's lane.
  let presses = 0;
  while ((await focused()) !== 'lane-link-0' && presses < 15) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  expect(await focused()).toBe('lane-link-0');
  // The lane is one tab stop: the next Tab leaves it for the next lane.
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('lane-link-1');
  await page.keyboard.press('Shift+Tab');
  expect(await focused()).toBe('lane-link-0');

  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
  expect(await focused()).toBe('cell-0-2019');
  const outline = await page.evaluate(() => parseFloat(getComputedStyle(document.activeElement).outlineWidth));
  expect(outline).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/28020\/2019\/(#card-host)?$/);
  await expect(page.locator('section.card')).toContainText("The platform 'My school, my job' was deployed in 2019");
  expect(await focused()).toBe('cell-0-2019');

  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  expect(await focused()).toBe('cell-0-2023');
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(/\/2023\/(#card-host)?$/);
  expect(await focused()).toBe('cell-0-2023');
  await expect(page.locator('#cell-0-2023')).toHaveAttribute('aria-current', 'true');

  // Down to the PEQ's lane (its nearest year), then to its name, and open it.
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe('cell-1-2025');
  await page.keyboard.press('ArrowLeft');
  expect(await focused()).toBe('lane-link-1');
  await page.keyboard.press('Enter');
  await expect(page.locator('section.card h2')).toHaveText(PEQ);
  await expect(page.locator('#announcer')).toHaveText(`Showing the full entry: ${PEQ}.`);

  // Escape closes the PEQ's card: back to 2023, focus on the control that opened the PEQ.
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/2023\/(#card-host)?$/);
  await expect(page.locator('section.card h2')).toContainText('2023');
  expect(await focused()).toBe('lane-link-1');

  // Escape closes the 2023 card: back to 2019, focus on the control that opened 2023.
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/2019\/(#card-host)?$/);
  expect(await focused()).toBe('cell-0-2023');
});

test('Up and Down keep the year, as in a grid: from 2016, Down then Up returns to 2016', async ({ page }) => {
  await page.goto(`${APP}?measure=28020`);
  const focused = () => page.evaluate(() => document.activeElement?.id);
  await page.locator('#cell-0-2016').focus();
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe('cell-1-2025'); // the PEQ has 2025 only: its nearest year
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe('cell-2-2017'); // the pact: 2017 only
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  expect(await focused()).toBe('cell-0-2016');
  // A move along the lane starts from where it is.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  expect(await focused()).toBe('cell-0-2017');
});

test('Escape on a card the page was opened on goes up to its parent, focus on its control', async ({ page }) => {
  await page.goto(`${APP}?measure=28020&year=2021`);
  await page.locator('section.card h2').focus();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/en\/28020\/(#card-host)?$/);
  await expect(page.locator('#cell-0-2021')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/timeline\/$/);
});

test('following a link inside a card moves focus to the new card, and Escape returns to the link', async ({ page }) => {
  await page.goto(`${APP}?measure=28020`);
  await page.locator('section.card').getByRole('link', { name: 'Vocational Education Pathway (PEQ)', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('section.card h2')).toHaveText(PEQ);
  await expect(page.locator('section.card h2')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('section.card h2')).toHaveText(TITLE);
  await expect(page.locator('section.card').getByRole('link', { name: 'Vocational Education Pathway (PEQ)', exact: true })).toBeFocused();
});

test('languages: the link\'s (its path, or ?lang=), never the browser\'s, and the switch, which keeps the deep link', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'nl-BE' });
  const page = await context.newPage();
  // A link that names no language is the English page, whatever the browser (as before the app).
  await page.goto(`${APP}?measure=28020&year=2019`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto(`${APP}?measure=28020&year=2019&lang=nl`);
  await expect(page).toHaveURL(/\/nl\/28020\/2019\/(#card-host)?$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tijdlijn van het beroepsopleidingsbeleid');
  await expect(page.locator('section.card dt').first()).toHaveText('Status');
  // Dataset text stays English, marked as such.
  await expect(page.locator('section.card [lang=en]').first()).toBeAttached();
  await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/28020\/2019\/(#card-host)?$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Chronologie des politiques d'EFP");
  await expect(page.getByRole('link', { name: 'Français' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Français' })).toHaveAttribute('aria-current', 'true');
  // The statuses are interface words: no English status word in a French page.
  await expect(page.locator('#cell-0-2019')).toHaveAccessibleName('Mise en œuvre, avec une note');
  await page.locator('#cell-0-2023').click();
  await expect(page).toHaveURL(/\/fr\/28020\/2023\/(#card-host)?$/);
  await page.goto(`${APP}?lang=de`);
  await expect(page.getByRole('heading', { level: 2, name: 'Zeitleiste 2015–2025' })).toBeVisible();
  await expect(page).toHaveTitle(`${TITLE} – Zeitleiste der Berufsbildungspolitik`);
  await context.close();
});

test('printing a card gives the card alone, with its link and citation written out', async ({ page }) => {
  await page.goto(`${APP}?measure=28020`);
  await expect(page.locator('section.card h2')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.timeline-host')).toBeHidden();
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.locator('.languages')).toBeHidden();
  const link = page.locator('.print-only');
  await expect(link).toBeVisible();
  await expect(link).toHaveText(new RegExp(`^Link to this entry: http://127\\.0\\.0\\.1:\\d+${APP.replace(/\//g, '\\/')}en\\/28020\\/$`));
  await expect(page.locator('.citation')).toBeVisible();
  for (const heading of ['Background', 'Timeline', 'Further reading', 'Cite as']) {
    await expect(page.getByRole('heading', { level: 3, name: heading })).toBeVisible();
  }
});

test('forced colours keep the selection and the notes visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(`${APP}?measure=28020&year=2019`);
  await expect(page.locator('section.card h2')).toBeVisible();
  const style = await page.locator('#cell-0-2019').evaluate((el) => getComputedStyle(el).borderTopWidth);
  expect(parseFloat(style)).toBeGreaterThanOrEqual(3);
  await audit(page);
});

test('the live region says what a click opened, and the page says nothing wrong', async ({ page, problems }) => {
  await page.goto(`${APP}?measure=28020`);
  await page.locator('#cell-0-2024').click();
  await expect(page.locator('#announcer')).toHaveText(`Showing 2024: Implementation – ${TITLE}.`);
  await expectNoProblems(page, problems);
});
