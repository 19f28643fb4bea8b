// Every shared link and embed opens on its own view before the wasm has started (each view a page
// of its own, written out at build time), and the live app takes it over without a visible
// change: same text, same scrolling, same focus, no layout shift. On a phone's screen. Links of
// the query form still open their views.
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
  await expect(page.locator('#page[data-written-out]')).toHaveCount(1);
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

test('a French year page shows the 2019 card, in French, on the first screen, before the wasm', async ({ page }) => {
  await openHeld(page, 'fr/28020/2019/#card-host');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('section.card h2')).toContainText('2019');
  await expect(page.locator('section.card h2')).toBeInViewport();
  await expect(page.locator('section.card dt').first()).toHaveText('Statut');
  await expect(page.getByText('Previous year', { exact: false })).toHaveCount(0);
  await expect(page).toHaveTitle(/Chronologie des politiques d'EFP$/);
});

test('an embed page shows the embedded layout with its 2019 card, no search box, light or in the colours asked, before the wasm', async ({ page }) => {
  await openHeld(page, 'embed/en/28020/2019/');
  await expect(page.locator('.masthead-embedded')).toBeVisible();
  await expect(page.locator('#search')).toHaveCount(0);
  await expect(page.locator('section.card h2')).toContainText('2019');
  await expect(page.locator('html')).toHaveClass('scheme-light');
  await expect(page.getByRole('link', { name: /Open in full view/ })).toBeVisible();
  await page.gotoAsWritten(`${APP}embed/en/28020/2019/?scheme=dark`);
  await expect(page.locator('html')).toHaveClass('scheme-dark');
  await page.gotoAsWritten(`${APP}embed/en/28020/2019/?scheme=auto`);
  await expect(page.locator('html')).toHaveClass('');
});

test('a German query link with a search opens the German page of its development before the wasm, never English, then its search', async ({ page }) => {
  const release = await openHeld(page, '?measure=28020&lang=de&q=pact');
  await expect(page).toHaveURL(new RegExp(`${APP}de/28020/\\?q=pact$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('h1')).toHaveText('Zeitleiste der Berufsbildungspolitik');
  await expect(page.locator('#search')).toBeVisible();
  release();
  await live(page);
  await expect(page.locator('#search')).toHaveValue('pact');
  await expect(page.locator('section.card h2')).toHaveText(TITLE);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test("the PEQ's page shows its card on the first screen, before the wasm", async ({ page }) => {
  await openHeld(page, `en/${PEQ}/`);
  await expect(page.locator('section.card h2')).toHaveText('Learning becomes modular: Vocational education pathway (PEQ)');
  await expect(page.locator('section.card h2')).toBeInViewport();
});

test('with the wasm blocked: from the French 2019 page, 2020, the PEQ and Dutch are pages of their own', async ({ page }) => {
  await page.route('**/*_bg.wasm', (route) => route.abort());
  await page.gotoAsWritten(`${APP}fr/28020/2019/#card-host`);
  await page.locator('#cell-0-2020').click();
  await expect(page).toHaveURL(new RegExp(`${APP}fr/28020/2020/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('section.card h2')).toContainText('2020');
  await expect(page.locator('section.card h2')).toBeInViewport();
  await page.locator('#lane-link-1').click();
  await expect(page).toHaveURL(new RegExp(`${APP}fr/${PEQ}/$`));
  await expect(page.locator('section.card h2')).toHaveText('Learning becomes modular: Vocational education pathway (PEQ)');
  await page.locator('#lang-nl').click();
  await expect(page).toHaveURL(new RegExp(`${APP}nl/${PEQ}/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('section.card h2')).toHaveText('Learning becomes modular: Vocational education pathway (PEQ)');
});

const WIDE = { width: 1280, height: 900 };
for (const [link, control, viewport] of [
  ['fr/28020/2019/', '#cell-0-2019'],
  ['embed/en/28020/2019/', '#cell-0-2020'],
  [`en/${PEQ}/`, '#lane-link-1'],
  ['en/28020/#card-host', '#cell-0-2023'],
  ['', '#lane-link-1'],
  // A link of the query form opens on its view's page: taken over as well.
  ['?measure=28020&year=2019&lang=fr', '#cell-0-2019'],
  ['?measure=28020&year=2019&embed=1', '#cell-0-2020'],
  ['fr/28020/2019/', '#cell-0-2019', WIDE],
  ['en/28020/#card-host', '#cell-0-2023', WIDE],
]) {
  const size = viewport ? ` at ${viewport.width}×${viewport.height}` : '';
  test(`the app takes over ${link || 'the folder\'s page'}${size} without a visible change: text, places, scrolling, focus, no layout shift`, async ({ page, problems }) => {
    if (viewport) await page.setViewportSize(viewport);
    const release = await openHeld(page, link);
    // A reader who has tabbed to a control (focus without scrolling the page).
    await page.locator(control).evaluate((el) => el.focus({ preventScroll: true }));
    const before = await readerState(page);
    release();
    await expect(page.locator('#page[data-written-out]')).toHaveCount(0);
    await expect(page.locator('main')).toHaveCount(1);
    // The live app has done its first updates (it brings a card into view then, if needed).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await readerState(page)).toEqual(before);
    expect(await page.evaluate(() => window.__shifts)).toEqual([]);
    await expectNoProblems(page, problems);
  });
}

// The README's link table, in the query form: each still opens its view once the app is live,
// and in its own language before.
const FR_TITLE = 'Chronologie des politiques d\'EFP';
for (const [link, check] of [
  ['?measure=28020', async (page) => expect(page.locator('section.card h2')).toHaveText(TITLE)],
  ['?measure=28020&year=2019', async (page) => expect(page.locator('section.card h2')).toContainText('2019')],
  [`?measure=${PEQ}`, async (page) => expect(page.locator('section.card h2')).toHaveText('Learning becomes modular: Vocational education pathway (PEQ)')],
  ['?measure=28020&year=2019&lang=fr', async (page) => {
    await expect(page.locator('section.card h2')).toContainText('2019');
    await expect(page.locator('h1')).toHaveText(FR_TITLE);
  }],
  ['?measure=28020&year=2019&lang=fr&embed=1', async (page) => {
    await expect(page.locator('.masthead-embedded')).toBeVisible();
    await expect(page.locator('section.card h2')).toContainText('2019');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  }],
  ['?measure=28020&embed=1&scheme=dark', async (page) => {
    await expect(page.locator('.masthead-embedded')).toBeVisible();
    await expect(page.locator('html')).toHaveClass('scheme-dark');
  }],
  ['?q=cite+des+metiers', async (page) => expect(page.locator('#search')).toHaveValue('cite des metiers')],
  ['?subsystem=CVET', async (page) => expect(page.locator('#result-count')).toHaveText('1 of 3 developments')],
  ['?from=2019&to=2025', async (page) => expect(page.locator('#from')).toHaveValue('2019')],
  ['', async (page) => expect(page.locator('section.card h2')).toHaveText(TITLE)],
]) {
  test(`the query link “${link || '(none)'}” opens its own view, in its own language from the first screen`, async ({ page }) => {
    const lang = new URLSearchParams(link).get('lang') || 'en';
    const release = await openHeld(page, link);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    release();
    await live(page);
    await check(page);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  });
}
