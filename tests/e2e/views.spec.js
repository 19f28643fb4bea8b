// Every shared link and embed opens on its own view before the wasm has started (the views
// written out at build time, public/views.js), and the live app takes it over without a visible
// change: same text, same scrolling, same focus, no layout shift. On a phone's screen.
import { test, expect, expectNoProblems, live, APP } from './helpers.js';

const TITLE = 'Measures of guidance and promotion of work-based learning';
const PEQ = 'be-fr-vocational-education-pathway-peq';

test.use({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });

/** Holds the wasm back until the returned function is called. */
async function holdTheWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  return release;
}

/** Opens `link` with the wasm held back, once the page shows what it holds before the app. */
async function openHeld(page, link) {
  const release = await holdTheWasm(page);
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value)))
      .observe({ type: 'layout-shift', buffered: true });
  });
  await page.gotoAsWritten(`${APP}${link}`);
  await expect(page.locator('html')).not.toHaveClass(/vet-swapping/);
  return release;
}

/** What a reader has: the visible text, where the page is scrolled, what has focus, and where
 * each heading and control is drawn. */
const readerState = (page) => page.evaluate(() => ({
  text: document.body.innerText,
  boxes: [...document.querySelectorAll('h1, h2, h3, a, button, input, select, summary')]
    .map((el) => [el.tagName, el.textContent.trim(), el.getBoundingClientRect()])
    .filter(([, , r]) => r.width > 0 && r.height > 0)
    .map(([tag, name, r]) => `${tag} ${name}: ${[r.x, r.y, r.width, r.height].map(Math.round).join(' ')}`),
  scroll: [window.scrollX, window.scrollY],
  track: document.querySelector('.timeline-scroll')?.scrollLeft,
  focus: document.activeElement?.id || document.activeElement?.tagName,
  lang: document.documentElement.lang,
  title: document.title,
  colours: document.documentElement.className,
}));

test('a French year link shows the 2019 card, in French, on the first screen, before the wasm', async ({ page }) => {
  await openHeld(page, '?measure=28020&year=2019&lang=fr');
  await expect(page.locator('main[data-prerendered]')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('section.card h2')).toContainText('2019');
  await expect(page.locator('section.card h2')).toBeInViewport();
  await expect(page.locator('section.card dt').first()).toHaveText('Statut');
  await expect(page.getByText('Previous year', { exact: false })).toHaveCount(0);
  await expect(page).toHaveTitle(/Chronologie des politiques d'EFP$/);
});

test('an embed link shows the embedded layout with its 2019 card, no search box, before the wasm', async ({ page }) => {
  await openHeld(page, '?measure=28020&year=2019&embed=1');
  await expect(page.locator('.masthead-embedded')).toBeVisible();
  await expect(page.locator('#search')).toHaveCount(0);
  await expect(page.locator('section.card h2')).toContainText('2019');
  await expect(page.locator('html')).toHaveClass(/scheme-light/);
  await expect(page.getByRole('link', { name: /Open in full view/ })).toBeVisible();
});

test('a German link that was not written out (a search) shows the German default view, never English', async ({ page }) => {
  await openHeld(page, '?measure=28020&lang=de&q=pact');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('h1')).toHaveText('Zeitleiste der Berufsbildungspolitik');
  await expect(page.locator('#search')).toBeVisible();
});

test("the PEQ's link shows its card on the first screen, before the wasm", async ({ page }) => {
  await openHeld(page, `?measure=${PEQ}`);
  await expect(page.locator('section.card h2')).toHaveText('Learning becomes modular: Vocational education pathway (PEQ)');
  await expect(page.locator('section.card h2')).toBeInViewport();
});

const WIDE = { width: 1280, height: 900 };
for (const [link, control, viewport] of [
  ['?measure=28020&year=2019&lang=fr', '#cell-0-2019'],
  ['?measure=28020&year=2019&embed=1', '#cell-0-2020'],
  [`?measure=${PEQ}`, '#lane-link-1'],
  ['?measure=28020', '#cell-0-2023'],
  ['?measure=28020&year=2019&lang=fr', '#cell-0-2019', WIDE],
  ['?measure=28020', '#cell-0-2023', WIDE],
]) {
  const size = viewport ? ` at ${viewport.width}×${viewport.height}` : '';
  test(`the app takes over ${link}${size} without a visible change: text, places, scrolling, focus, no layout shift`, async ({ page, problems }) => {
    if (viewport) await page.setViewportSize(viewport);
    const release = await openHeld(page, link);
    // A reader who has tabbed to a control (focus without scrolling the page).
    await page.locator(control).evaluate((el) => el.focus({ preventScroll: true }));
    const before = await readerState(page);
    release();
    await expect(page.locator('main[data-prerendered]')).toHaveCount(0);
    await expect(page.locator('main')).toHaveCount(1);
    // The live app has done its first updates (it brings a card into view then, if needed).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await readerState(page)).toEqual(before);
    expect(await page.evaluate(() => window.__shifts)).toEqual([]);
    await expectNoProblems(page, problems);
  });
}

test('without its view file, a link shows the default view, never a blank page', async ({ page }) => {
  await page.route('**/views/*.html', (route) => route.abort());
  await holdTheWasm(page);
  await page.gotoAsWritten(`${APP}?measure=28020&year=2019&lang=fr`);
  await expect(page.locator('html')).not.toHaveClass(/vet-swapping/);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('section.card h2')).toHaveText(TITLE);
});

test('a view file that never arrives: after 4 s the page shows what it holds, never a blank page', async ({ page }) => {
  await page.clock.install();
  await page.route('**/views/*.html', () => { /* never answered */ });
  await holdTheWasm(page);
  await page.gotoAsWritten(`${APP}?measure=28020&year=2019&lang=fr`);
  await expect(page.locator('html')).toHaveClass(/vet-swapping/);
  await expect(page.locator('section.card h2')).toBeHidden();
  await page.clock.runFor(4000);
  await expect(page.locator('html')).not.toHaveClass(/vet-swapping/);
  await expect(page.locator('section.card h2')).toBeVisible();
  await expect(page.locator('section.card h2')).toHaveText(TITLE);
});

test('without the manifest, a link shows the default view, and the app still takes over', async ({ page }) => {
  // (A build whose index.html has no manifest in views.js's attribute.)
  await page.route((url) => url.pathname.endsWith('/timeline/'), async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/data-views="[^"]*"/, 'data-views');
    await route.fulfill({ response, body });
  });
  const release = await holdTheWasm(page);
  await page.gotoAsWritten(`${APP}?measure=${PEQ}`);
  await expect(page.locator('html')).not.toHaveClass(/vet-swapping/);
  await expect(page.locator('section.card h2')).toHaveText(TITLE);
  release();
  await live(page);
  await expect(page.locator('section.card h2')).toHaveText('Learning becomes modular: Vocational education pathway (PEQ)');
});
