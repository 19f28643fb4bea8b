// The reader's first screen is the view they were sent, from any link, and stays theirs: a page
// opened at its own address (no fragment) shows its view in its first frame, with no script;
// the live app then changes nothing; a reader's scroll is theirs; a tap shows what it opened;
// the whole axis from 300 px.
import { test, expect, live, APP } from './helpers.js';

const PHONE = { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true };
const PEQ = 'be-fr-vocational-education-pathway-peq';

/** The host page of another origin whose column is 343 px wide (tests/e2e/server.mjs). */
const column = (baseURL, year) => {
  const url = new URL(baseURL);
  url.port = String(Number(url.port) + 1);
  url.pathname = '/column';
  url.search = `?year=${year}`;
  return url.href;
};

/**
 * Holds the app's wasm until `release()` is called: the page written out at build time stays
 * on screen, as on a slow phone.
 */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await released; await route.continue(); });
  return release;
}

/**
 * Records, in each document the tab opens, its first frame with content (styled, and the page
 * with a height: nothing else is painted before): the address, the scroll, where the card's
 * heading and what it opened (its body) are, and the page's heading; and the layout shifts.
 * Kept in sessionStorage, so that a link that goes on to another page shows both.
 */
async function recordFirstFrames(page) {
  await page.addInitScript(() => {
    const box = (el) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: r.height, text: el.textContent.trim().slice(0, 80) };
    };
    window.__where = () => ({
      path: location.pathname + location.search + location.hash,
      scrollY,
      heading: box(document.querySelector('#page section.card h2')),
      body: box(document.querySelector('#page section.card .card-body')),
      h1: box(document.querySelector('#page h1')),
      written: Boolean(document.querySelector('#page[data-written-out]')),
    });
    const shown = () => {
      const main = document.getElementById('page');
      return main && main.getBoundingClientRect().height > 0
        && getComputedStyle(document.documentElement).getPropertyValue('--column') !== '';
    };
    // Each frame from the first with content until the page is parsed (a page can be painted
    // while it still arrives, top first: those frames are kept as `partial`, and must be of the
    // same page, unscrolled).
    const frame = () => {
      if (!shown()) return requestAnimationFrame(frame);
      const frames = JSON.parse(sessionStorage.getItem('frames') || '[]');
      const now = window.__where();
      const partial = document.readyState === 'loading';
      frames.push({ ...now, partial });
      sessionStorage.setItem('frames', JSON.stringify(frames));
      return partial ? requestAnimationFrame(frame) : undefined;
    };
    requestAnimationFrame(frame);
    window.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const firstFrames = (page) => page.evaluate(() => JSON.parse(sessionStorage.getItem('frames') || '[]'));
const where = (page) => page.evaluate(() => window.__where());

/** Whether `box` is wholly on a screen `height` high. */
const onScreen = (box, height) => box && box.top >= 0 && box.bottom <= height;

/** The first lines of what a card opened are on a screen `height` high. */
const startsOnScreen = (box, height) => box && box.top >= 0 && box.top + Math.min(box.height, 60) <= height;

/** Whether the first lines of `body` (a locator) are on a screen `height` high. */
async function firstLinesOnScreen(body, height) {
  const box = await body.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: r.height };
  });
  return startsOnScreen(box, height);
}

/**
 * A test: `link` opened (with the wasm held) on a screen `height` high: its first frame with
 * content shows its card's `heading` and the first lines of what it opened (with `body`), with
 * no scroll and no other page painted (`own`: the page a query link goes on to); then the live
 * app moves nothing.
 */
function ownViewFirst({ link, heading, body, own, height }) {
  test(`${link}: its first frame shows the card's heading and what it opened; the live app moves nothing`, async ({ page }) => {
    const release = await holdWasm(page);
    await recordFirstFrames(page);
    await page.gotoAsWritten(`${APP}${link}`);
    await expect.poll(() => firstFrames(page).then((f) => f.some((x) => !x.partial))).toBe(true);
    await expect(page).toHaveURL(new RegExp(`${APP}${(own ?? link).replace(/[?]/g, '\\?')}`));
    const frames = await firstFrames(page);
    const ownPath = new URL(page.url()).pathname;
    expect(frames.map((f) => f.path.replace(/[?#].*$/, '')), 'one page painted: the view\'s own')
      .toEqual(frames.map(() => ownPath));
    expect(frames.map((f) => f.scrollY), 'never scrolled').toEqual(frames.map(() => 0));
    const first = frames.find((f) => !f.partial);
    expect(first.written).toBe(true);
    expect(first.scrollY, 'no scroll').toBe(0);
    expect(first.heading.text).toContain(heading);
    expect(onScreen(first.heading, height), `the heading on screen: ${JSON.stringify(first.heading)}`).toBe(true);
    expect(first.body.text).toContain(body);
    expect(startsOnScreen(first.body, height), `its first lines on screen: ${JSON.stringify(first.body)}`).toBe(true);

    release();
    await live(page);
    const after = await where(page);
    expect(after.scrollY, 'the live app scrolled nothing').toBe(0);
    expect(after.heading).toEqual(first.heading);
    expect(after.body.top).toBe(first.body.top);
    expect(await page.evaluate(() => window.__shifts), 'no layout shift').toBe(0);
  });
}

test.describe('on a 375×800 phone, a page opened at its own address', () => {
  test.use(PHONE);

  const CASES = [
    { link: 'fr/28020/2019/', heading: '2019', body: 'Mise en œuvre' },
    { link: `en/${PEQ}/`, heading: 'Learning becomes modular', body: 'Following the evaluation of the CPU system' },
    { link: 'embed/en/28020/2019/', heading: '2019', body: 'Implementation' },
    // The form of before, with the fragment: the same page, with no jump.
    { link: 'fr/28020/2019/#card-host', heading: '2019', body: 'Mise en œuvre' },
    // A link of the query form, sent on to its page: nothing else is painted on the way.
    { link: '?measure=28020&year=2019&lang=fr', heading: '2019', body: 'Mise en œuvre', page: 'fr/28020/2019/' },
  ];
  for (const { link, heading, body, page: own } of CASES) {
    ownViewFirst({ link, heading, body, own, height: 800 });
  }

  test('the folder\'s page shows its default view, the timeline first, as before; the live app moves nothing', async ({ page }) => {
    const release = await holdWasm(page);
    await recordFirstFrames(page);
    await page.gotoAsWritten(APP);
    await expect.poll(() => firstFrames(page).then((f) => f.some((x) => !x.partial))).toBe(true);
    const first = (await firstFrames(page)).find((f) => !f.partial);
    expect(first.scrollY).toBe(0);
    expect(onScreen(first.h1, 800)).toBe(true);
    const card = await page.locator('#card-host').boundingBox();
    const timeline = await page.locator('#timeline-host').boundingBox();
    expect(timeline.y).toBeLessThan(card.y);
    release();
    await live(page);
    expect((await where(page)).scrollY).toBe(0);
    expect(await page.locator('#card-host').boundingBox()).toEqual(card);
    expect(await page.evaluate(() => window.__shifts)).toBe(0);
  });

  test('a reader who scrolls before the app is live keeps their place through the take-over', async ({ page }) => {
    const release = await holdWasm(page);
    await page.gotoAsWritten(`${APP}fr/28020/2019/`);
    await expect(page.locator('#page[data-written-out] section.card h2')).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 250));
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(250);
    release();
    await live(page);
    // Until the page has settled: the app's effects run after the take-over.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.evaluate(() => scrollY)).toBe(250);
  });

  test('Back and Forward put the reader where they were, as a browser does', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${APP}en/28020/2019/`);
    await page.locator('#lane-0').scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => scrollY);
    expect(before).toBeGreaterThan(0);
    await page.locator('#cell-0-2021').tap();
    await expect(page.locator('section.card h2')).toContainText('2021');
    await expect.poll(() => page.evaluate(() => scrollY)).not.toBe(before);
    const opened = await page.evaluate(() => scrollY);
    await page.goBack();
    await expect(page.locator('section.card h2')).toContainText('2019');
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(before);
    await page.goForward();
    await expect(page.locator('section.card h2')).toContainText('2021');
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(opened);
  });

  test('a tap on a year and on a development shows its card\'s heading and first lines', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${APP}fr/28020/2019/`);
    const heading = page.locator('section.card h2');
    const body = page.locator('section.card .card-body');
    await page.locator('#cell-0-2020').tap();
    await expect(heading).toContainText('2020');
    await expect(heading).toBeInViewport({ ratio: 1 });
    await expect.poll(() => firstLinesOnScreen(body, 800)).toBe(true);
    // The tapped control kept focus: the next year is one short scroll (or the card's own
    // "next year" link) away.
    await expect(page.locator('#cell-0-2020')).toBeFocused();

    await page.locator('#timeline-host a', { hasText: 'Learning becomes modular' }).tap();
    await expect(heading).toContainText('Learning becomes modular');
    await expect(heading).toBeInViewport({ ratio: 1 });
    await expect.poll(() => firstLinesOnScreen(body, 800)).toBe(true);
  });

  test('in a 343 px column of another origin, a tap on a year brings its card on the host\'s screen', async ({ page, baseURL }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(column(baseURL, 2023));
    const frame = page.frameLocator('iframe[data-vet-timeline]');
    await expect(frame.locator('section.card h2')).toContainText('2023');
    await expect(frame.locator('#page[data-written-out]')).toHaveCount(0);
    expect((await page.locator('iframe').boundingBox()).width).toBe(343);
    await frame.locator('#cell-0-2021').tap();
    await expect(frame.locator('section.card h2')).toContainText('2021');
    // The card's heading and first lines, where the host page shows them.
    const shown = async () => {
      const at = (await page.locator('iframe').boundingBox()).y;
      const h = await frame.locator('section.card h2').boundingBox();
      const b = await frame.locator('section.card .card-body').boundingBox();
      // (Playwright gives boxes in the top page's viewport, frames included.)
      return at !== undefined && h.y >= 0 && h.y + h.height <= 800 && b.y >= 0 && b.y + Math.min(b.height, 60) <= 800;
    };
    await expect.poll(shown).toBe(true);
  });
});

test.describe('at 1280×900, a page opened at its own address', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  ownViewFirst({ link: 'fr/28020/2019/', heading: '2019', body: 'Mise en œuvre', height: 900 });
  ownViewFirst({ link: `en/${PEQ}/`, heading: 'Learning becomes modular', body: 'Following the evaluation of the CPU system', height: 900 });
});

for (const width of [300, 320, 343, 375]) {
  test(`at ${width} px, all eleven years are on screen, full page and embedded`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const link of ['en/28020/', 'embed/en/28020/']) {
      await page.goto(`${APP}${link}`);
      const cells = page.locator('#lane-0 a.cell');
      await expect(cells).toHaveCount(11);
      // (Down the page, where the timeline is: the card the link names comes first.)
      await page.locator('#lane-0').scrollIntoViewIfNeeded();
      for (const cell of await cells.all()) {
        await expect(cell, link).toBeInViewport({ ratio: 1 });
        const box = await cell.boundingBox();
        expect(box.width, `${link} ${width}: a year 24 px wide at least`).toBeGreaterThanOrEqual(24);
      }
      const track = page.locator('.timeline-scroll');
      expect(await track.evaluate((t) => t.scrollWidth <= t.clientWidth), `${link}: nothing cut`).toBe(true);
    }
  });
}
