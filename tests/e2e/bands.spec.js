// The timeline reads at a glance: status bands on a year axis, years as quiet segments that stay
// controls, previews on hover and focus (WCAG 1.4.13), related developments under their measure,
// the whole axis on screen from 600 px, and the year range narrowing the axis.
import { test, expect, expectNoProblems, APP } from './helpers.js';

const TITLE = 'Measures of guidance and promotion of work-based learning';
const PEQ = '?measure=be-fr-vocational-education-pathway-peq';
const preview = (page) => page.locator('#year-preview');

test('28020 is one band from 2015 to 2025, its status written once, and its 2019 segment opens 2019', async ({ page, problems }) => {
  await page.goto(APP);
  const lane = page.locator('#lane-0');
  await expect(lane.locator('.band-over')).toHaveCount(1);
  await expect(lane.locator('td.band-year')).toHaveCount(11);
  const segments = lane.locator('td.band-year a.cell');
  await expect(segments).toHaveCount(11);
  await expect(segments.first()).toHaveId('cell-0-2015');
  await expect(segments.last()).toHaveId('cell-0-2025');
  // The word is drawn once in the lane (the segments' names still say it, for screen readers).
  await expect(lane.getByText('Implementation', { exact: true })).toHaveCount(1);
  await expect(lane.getByText('Implementation', { exact: true })).toBeVisible();
  await expect(page.locator('#cell-0-2019')).toHaveAccessibleName('Implementation, with a note');
  // The years with a note carry a marker: 2019 to 2025.
  await expect(lane.locator('a.cell .note-flag')).toHaveCount(7);
  await page.locator('#cell-0-2019').click();
  await expect(page).toHaveURL(/\/en\/28020\/2019\/(#card-host)?$/);
  await expect(page.locator('section.card h2')).toContainText('2019');
  // The selected year's column is marked across the lanes, in an opaque colour of its own: the
  // pact's 2019 (its fifth year cell), not its 2018.
  const pact = page.locator('#lane-2 > td');
  await expect(pact.nth(4)).toHaveClass(/column-current/);
  const colour = (n) => pact.nth(n).evaluate((td) => getComputedStyle(td).backgroundColor);
  const [marked, unmarked] = [await colour(4), await colour(3)];
  expect(marked, 'an opaque colour (rgba() would be transparent)').toMatch(/^rgb\(/);
  expect(marked).not.toBe(unmarked);
  await expectNoProblems(page, problems);
});

test('the pact is discontinued in 2017: its band ends with its mark; the rest is empty track', async ({ page }) => {
  await page.goto(APP);
  const lane = page.locator('#lane-2');
  await expect(lane.locator('.band-over')).toHaveCount(1);
  await expect(lane.locator('.band-cross .band-end svg.mark-cross')).toBeVisible();
  await expect(lane.locator('td.cell-empty')).toHaveCount(10);
  await expect(page.locator('.key-list li').filter({ hasText: 'Discontinued' }).locator('.band-cross')).toBeVisible();
});

for (const width of [960, 768, 375, 360]) {
  test(`at ${width} px the PEQ's only year, 2025, is on screen without scrolling the track`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(APP + PEQ);
    await expect(page.locator('section.card h2')).toContainText('PEQ');
    const fit = await page.evaluate(() => {
      const track = document.querySelector('.timeline-scroll');
      const year = document.querySelector('#cell-1-2025').getBoundingClientRect();
      const box = track.getBoundingClientRect();
      return { scroll: track.scrollLeft, overflow: track.scrollWidth - track.clientWidth, inside: year.left >= box.left && year.right <= box.right };
    });
    expect(fit).toEqual({ scroll: 0, overflow: 0, inside: true });
  });
}

test('at 320 px the whole axis fits, with the development\'s first year in view; at 400 % the track scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(APP + PEQ);
  await expect(page.locator('section.card h2')).toContainText('PEQ');
  const inView = () => page.evaluate(() => {
    const year = document.querySelector('#cell-1-2025').getBoundingClientRect();
    const box = document.querySelector('.timeline-scroll').getBoundingClientRect();
    return year.left >= box.left && year.right <= box.right + 1;
  });
  await expect.poll(inView).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const overflow = () => page.evaluate(() => { const t = document.querySelector('.timeline-scroll'); return t.scrollWidth - t.clientWidth; });
  expect(await overflow()).toBe(0);
  // Text four times as large (as a zoom of 400 % at 1280 px): the track scrolls inside itself,
  // the selected development's year still in view.
  await page.evaluate(() => { document.documentElement.style.fontSize = '64px'; });
  await expect.poll(overflow).toBeGreaterThan(0);
});

test('the preview opens on focus, closes with Escape, and focus stays put', async ({ page }) => {
  await page.goto(`${APP}?measure=28020`);
  await page.locator('#lane-link-0').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#cell-0-2015')).toBeFocused();
  await expect(preview(page)).toBeVisible();
  await expect(preview(page)).toContainText('2015 · Implementation');
  await expect(preview(page)).toContainText('The entry gives no note for this year.');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  await expect(page.locator('#cell-0-2019')).toBeFocused();
  await expect(preview(page)).toContainText("The platform 'My school, my job' was deployed in 2019");
  await expect(page.locator('#cell-0-2019')).toHaveAttribute('aria-describedby', 'year-preview');
  await page.keyboard.press('Escape');
  await expect(preview(page)).toBeHidden();
  await expect(page.locator('#cell-0-2019')).toBeFocused();
  // Escape closed the preview only: the open card is still the measure's.
  await expect(page).toHaveURL(/\/en\/28020\/(#card-host)?$/);
  // It is a preview: Enter opens the card, as before.
  await page.keyboard.press('Enter');
  await expect(page.locator('section.card h2')).toContainText('2019');
});

test('the preview can be hovered, and stays until the pointer leaves', async ({ page }) => {
  await page.clock.install();
  await page.goto(`${APP}?measure=28020`);
  const segment = page.locator('#cell-0-2021');
  await segment.hover();
  await expect(preview(page)).toContainText('In 2021, the various measures in place continued to be offered.');
  // The pointer moves down onto the preview, which touches the segment: it stays, however long.
  const box = await preview(page).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  await page.clock.runFor(2000);
  await expect(preview(page)).toBeVisible();
  // Once the pointer leaves both, it closes.
  await page.mouse.move(5, 5);
  await page.clock.runFor(2000);
  await expect(preview(page)).toBeHidden();
});

test('related developments sit under their measure, tied to it, in search results too', async ({ page }) => {
  await page.goto(APP);
  const related = page.locator('tr.lane-related');
  await expect(related).toHaveCount(2);
  await expect(related.locator('.lane-relation')).toHaveText([`Related to: ${TITLE}`, `Related to: ${TITLE}`]);
  await page.getByLabel('Search titles and texts').fill('pact');
  await expect(page.locator('tr.lane').last().locator('.lane-relation')).toHaveText(`Related to: ${TITLE}`);
});

test('the year range narrows the axis; a range given backwards is put right, with a note', async ({ page }) => {
  await page.goto(`${APP}?from=2019&to=2025`);
  await expect(page.getByRole('heading', { level: 2, name: 'Timeline 2019–2025' })).toBeVisible();
  await expect(page.locator('th[scope=col]')).toHaveText(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
  await expect(page.locator('#lane-0 a.cell')).toHaveCount(7);
  await page.goto(`${APP}?from=2025&to=2019`);
  await expect(page.getByRole('heading', { level: 2, name: 'Timeline 2019–2025' })).toBeVisible();
  await expect(page.locator('.notice')).toHaveText('The year range in the link (2025 to 2019) ran backwards, so it is shown as 2019–2025.');
});

for (const [width, height] of [[1280, 900], [375, 800]]) {
  test(`the default view at ${width} px looks as its reference image`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(APP);
    await expect(page.locator('section.card h2')).toHaveText(TITLE);
    await expect(page).toHaveScreenshot(`default-${width}.png`, { maxDiffPixelRatio: 0.01 });
  });
}
