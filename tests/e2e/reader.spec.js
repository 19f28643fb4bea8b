// Where the reader looks: what is opened comes into view, a shared link shows its content first
// (on a phone too), embeds match a light host, one language per page, a printable year card.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, expectNoProblems, APP } from './helpers.js';

const TITLE = 'Measures of guidance and promotion of work-based learning';
const NOTE_2019 = "The platform 'My school, my job' was deployed in 2019";
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const bodyColour = (page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const isLight = (rgb) => rgb.match(/\d+/g).slice(0, 3).map(Number).every((c) => c > 200);
const isDark = (rgb) => rgb.match(/\d+/g).slice(0, 3).map(Number).every((c) => c < 60);

test('at 1280×900, a click on 2019 brings the 2019 card\'s heading on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(APP);
  await page.locator('#cell-0-2019').click();
  const heading = page.locator('section.card h2');
  await expect(heading).toContainText('2019');
  await expect(heading).toBeInViewport({ ratio: 1 });
  await expect(page.locator('section.card .year-facts dd p')).toBeInViewport();
  // On a wide screen the card, first, and the control the reader used are on screen together.
  await expect(page.locator('#cell-0-2019')).toBeInViewport({ ratio: 1 });
  await expect(page.locator('#cell-0-2019')).toBeFocused();
  await page.locator('#cell-0-2023').click();
  await expect(heading).toContainText('2023');
  await expect(heading).toBeInViewport({ ratio: 1 });
  await expect(page.locator('#cell-0-2023')).toBeInViewport({ ratio: 1 });
});

test.describe('on a 375×800 phone', () => {
  test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });

  test('a shared link to a year shows that year\'s note on the first screen', async ({ page }) => {
    await page.goto(`${APP}?measure=28020&year=2019&lang=de`);
    await expect(page.locator('section.card')).toContainText(NOTE_2019);
    await expect(page.locator('section.card h2')).toBeInViewport({ ratio: 1 });
    await expect(page.locator('section.card .year-facts dd p')).toBeInViewport();
  });

  test('all eleven years of 28020 are on screen, each control at least 24 px, the years\' labels apart', async ({ page }) => {
    await page.goto(APP);
    const cells = page.locator('#lane-0 a.cell');
    await expect(cells).toHaveCount(11);
    for (const cell of await cells.all()) {
      await expect(cell).toBeInViewport({ ratio: 1 });
      const box = await cell.boundingBox();
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    // Each year's label fits its column (’15 … ’25), and is still read as the full year.
    const labels = await page.locator('.timeline thead th').evaluateAll((ths) => ths.map((th) => [th.textContent, th.scrollWidth <= th.clientWidth]));
    expect(labels).toEqual([...Array(11)].map((_, i) => [`${2015 + i}`, true]));
    await expect(page.locator('.timeline thead th').first()).toHaveAccessibleName('2015');
  });

  test('tapping 2019, 2020 and 2021 opens each card with its heading and note on screen, the tapped year one short scroll away', async ({ page }) => {
    // Where each tap leaves the page, not how it glides there: without smooth scrolling (the app
    // honours the reader's setting), a tap never lands while the page is still moving, which on a
    // busy machine left the next year's control a fraction of a pixel above the screen.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(APP);
    for (const year of ['2019', '2020', '2021']) {
      const cell = page.locator(`#cell-0-${year}`);
      await cell.tap();
      await expect(page.locator('section.card h2')).toContainText(year);
      await expect(page.locator('section.card h2')).toBeInViewport({ ratio: 1 });
      await expect(page.locator('section.card .year-facts dd p')).toBeInViewport();
      // The card comes first, the timeline under it: the tapped year, which keeps focus, is on
      // screen or less than a screen below it (the card's "next year" link is on it).
      const below = await cell.evaluate((el) => el.getBoundingClientRect().bottom - innerHeight);
      expect(below).toBeLessThan(800);
      await expect(cell).toBeFocused();
      // A tap shows the card; no preview covers the timeline.
      await expect(page.locator('#year-preview')).toBeHidden();
      // The reader taps again once the page has come to rest (Playwright would otherwise
      // scroll the next control into view itself, while the page moves): still for six frames
      // (a smooth scroll on a busy machine can stand still for a frame or two on its way).
      await page.waitForFunction(() => new Promise((done) => {
        const y = scrollY;
        let frames = 0;
        const still = () => {
          if (scrollY !== y) return done(false);
          frames += 1;
          return frames >= 6 ? done(true) : requestAnimationFrame(still);
        };
        requestAnimationFrame(still);
      }));
    }
  });

  test('a note about the link is on the first screen, also when the link opens on a card', async ({ page }) => {
    for (const [link, said] of [
      ['?measure=28020&year=2031', 'The year “2031” in the link'],
      ['?measure=28020&from=2025&to=2019', 'ran backwards'],
      ['?measure=28020&year=2019&from=2030&scheme=purple&lang=fr', '«\u202f2030\u202f»'],
    ]) {
      await page.goto(`${APP}${link}`);
      await expect(page.locator('.notice').first()).toContainText(said);
      for (const note of await page.locator('.notice').all()) await expect(note).toBeInViewport({ ratio: 1 });
      await expect(page.locator('section.card h2')).toBeInViewport();
    }
  });

  test('a link to an unknown measure says so on the first screen', async ({ page }) => {
    await page.goto(`${APP}?measure=1234`);
    await expect(page.locator('section.card h2')).toHaveText('No development “1234” in this timeline');
    await expect(page.locator('section.card h2')).toBeInViewport({ ratio: 1 });
  });
});

test.describe('in a dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('an embed is light by default, dark when its link asks, and the full page follows the reader', async ({ page }) => {
    await page.goto(`${APP}?measure=28020&year=2019&embed=1`);
    expect(isLight(await bodyColour(page)), 'embed, by default').toBe(true);
    const light = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(light.violations.map((v) => v.id)).toEqual([]);

    await page.goto(`${APP}?measure=28020&year=2019&embed=1&scheme=dark`);
    expect(isDark(await bodyColour(page)), 'embed, scheme=dark').toBe(true);
    const dark = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(dark.violations.map((v) => v.id)).toEqual([]);

    await page.goto(`${APP}?measure=28020&year=2019&embed=1&scheme=auto`);
    expect(isDark(await bodyColour(page)), 'embed, scheme=auto').toBe(true);
    await page.goto(`${APP}?measure=28020`);
    expect(isDark(await bodyColour(page)), 'the full page').toBe(true);
  });
});

test('the Embed dialog offers the colours, and only the last "Code copied." stays', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${APP}?measure=28020`);
  await page.getByRole('button', { name: 'Embed' }).click();
  const panel = page.locator('#embed-panel');
  await panel.getByRole('radio', { name: 'Dark' }).check();
  await expect(panel.locator('pre').first()).toContainText('/embed/en/28020/?scheme=dark\"');
  await expect(panel.locator('pre').nth(1)).toContainText('/embed/en/28020/?scheme=dark\"');
  const copies = panel.getByRole('button', { name: 'Copy code' });
  await copies.first().click();
  await expect(panel.getByText('Code copied.')).toHaveCount(1);
  await copies.nth(1).click();
  await expect(panel.getByText('Code copied.')).toHaveCount(1);
  await expect(panel.locator('.snippet').nth(1)).toContainText('Code copied.');
});

test('with lang=fr, the statuses are French: in the year controls\' names, the bands and the key', async ({ page }) => {
  await page.goto(`${APP}?measure=28020&lang=fr`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const names = await page.locator('a.cell').evaluateAll((cells) => cells.map((c) => `${c.getAttribute('aria-label')} ${c.textContent}`));
  expect(names.length).toBe(13);
  for (const name of names) expect(name).not.toMatch(/Implementation|Discontinued|Approved|Legislative process/);
  await expect(page.locator('.key-list li').first()).toHaveText('Mise en œuvre');
  await expect(page.locator('.key-list li').nth(1)).toHaveText('Abandonnée');
  await expect(page.locator('#lane-0 .band-status')).toHaveText('Mise en œuvre');
  // The dataset's own text stays English, marked so.
  await expect(page.locator('.eyebrow .country')).toHaveAttribute('lang', 'en');
});

test('a language the timeline does not speak is said, politely', async ({ page }) => {
  await page.goto(`${APP}?measure=28020&lang=xx`);
  await expect(page.locator('.notice')).toHaveText('The language “xx” in the link is not one this timeline speaks (English, Français, Nederlands, Deutsch), so it is shown in English.');
});

test('first and last years outside the timeline, and unknown colours, are said like an ignored year', async ({ page }) => {
  await page.goto(`${APP}?scheme=purple`);
  await expect(page.locator('.notice')).toHaveText('The colours “purple” in the link are not ones this timeline offers (light, dark, auto), so it shows its usual colours.');
  await page.goto(`${APP}?from=2030`);
  await expect(page.locator('.notice')).toHaveText('The first year “2030” in the link is not a year of this timeline (2015–2025), so it was ignored.');
  await page.goto(`${APP}?to=1999&lang=fr`);
  await expect(page.locator('.notice')).toHaveText('La dernière année «\u202f1999\u202f» du lien n\'est pas une année de cette chronologie (2015–2025)\u202f; elle a été ignorée.');
});

test('printed, a year card carries no form control, its link and the entry\'s citation', async ({ page }) => {
  await page.goto(`${APP}?measure=28020&year=2019`);
  await expect(page.locator('section.card h2')).toContainText('2019');
  await page.emulateMedia({ media: 'print' });
  for (const control of ['input', 'select', 'button', 'textarea', 'summary']) {
    await expect(page.locator(control).filter({ visible: true })).toHaveCount(0);
  }
  await expect(page.locator('#timeline-host')).toBeHidden();
  await expect(page.locator('.print-citation')).toBeVisible();
  await expect(page.locator('.print-citation')).toContainText('Cedefop, & ReferNet. (2026). Measures of guidance and promotion of work-based learning: Belgium-FR.');
  await expect(page.locator('.card-tools .print-only')).toContainText('/en/28020/2019/');
});

test('printed, a search view writes its filters in one line', async ({ page }) => {
  await page.goto(`${APP}?q=guidance&subsystem=IVET&from=2019`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-filters')).toHaveText('Filters: search: guidance; Subsystem: IVET; years 2019–2025');
  await expect(page.locator('.filters')).toBeHidden();
});

test('a dataset that does not arrive: after a while the page says so and offers to try again', async ({ page, problems }) => {
  // The clock stands still from the start: the page's timers run only when the test says
  // (left running, a slow machine's real time would count towards the notice's ten seconds).
  const start = new Date('2026-01-01T00:00:00Z');
  await page.clock.install({ time: start });
  await page.clock.pauseAt(new Date(start.getTime() + 1000));
  let answered = false; // the first request is never answered; the retry's is
  await page.route('**/data/timeline.json', (route) => { if (answered) route.continue(); });
  // (The early script, in each page, would set the colours itself and send the link to its
  // page: without it, a class on <html> is the app's, and says that it has started its clock.)
  await page.route((url) => url.pathname.endsWith('/'), async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<script data-folder[^>]*>[\s\S]*?<\/script>/, '');
    await route.fulfill({ response, body });
  });
  await page.gotoAsWritten(`${APP}?measure=28020&embed=1&scheme=dark`);
  await expect(page.locator('html')).toHaveClass(/scheme-dark/);
  const notice = page.locator('.slow-notice');
  await page.clock.runFor(9000);
  await expect(notice).toHaveCount(0);
  await page.clock.runFor(2000);
  await expect(notice).toContainText('Loading the timeline is taking long.');
  await page.clock.resume(); // (time runs again: clicks wait for frames)
  answered = true;
  await notice.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('#page[data-written-out]')).toHaveCount(0);
  await expect(page.locator('section.card h2')).toHaveText(TITLE);
  await expect(notice).toHaveCount(0);
  await expectNoProblems(page, problems);
});
