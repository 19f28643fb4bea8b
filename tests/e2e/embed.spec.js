// Embedding on another origin: the script embed, auto-height, a plain sandboxed frame, "Open in
// full view", and strict Content-Security-Policies on both pages.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, expectNoProblems, APP } from './helpers.js';

const TITLE = 'Measures of guidance and promotion of work-based learning';
const PEQ = 'Learning becomes modular: Vocational education pathway (PEQ)';

/** The host page's address: the next port, another origin. */
const host = (baseURL, path = '/') => {
  const url = new URL(baseURL);
  url.port = String(Number(url.port) + 1);
  url.pathname = path;
  return url.href;
};

/** The frame's document height and its own (frame element) height, in CSS pixels. */
async function heights(page, frameElement) {
  const frame = await frameElement.contentFrame();
  const inner = await frame.evaluate(() => ({
    content: Math.ceil(document.body.getBoundingClientRect().height),
    scroll: document.documentElement.scrollHeight,
    view: window.innerHeight,
  }));
  const box = await frameElement.boundingBox();
  return { ...inner, frame: Math.round(box.height) };
}

async function expectFitted(page, frameElement) {
  await expect.poll(async () => {
    const h = await heights(page, frameElement);
    // Within a few pixels of its content, and no inner scrollbar.
    return Math.abs(h.frame - h.content) <= 4 && h.scroll <= h.view + 1;
  }, { timeout: 10_000 }).toBe(true);
}

test('the script embed puts two timelines on another origin, each at its deep link and its height', async ({ page, baseURL, problems }) => {
  await page.goto(host(baseURL));
  const frames = page.locator('main > iframe');
  await expect(frames).toHaveCount(3);
  const [first, second] = [frames.nth(0), frames.nth(1)];
  await expect(first).toHaveAttribute('title', `VET policy timeline: ${TITLE}`);
  await expect(second).toHaveAttribute('title', "Chronologie des politiques d'EFP");
  await expect(first).toHaveAttribute('loading', 'lazy');

  const one = page.frameLocator('main > iframe >> nth=0');
  const two = page.frameLocator('main > iframe >> nth=1');
  await expect(one.locator('section.card h2')).toContainText('2019');
  await expect(one.locator('section.card')).toContainText("The platform 'My school, my job' was deployed in 2019");
  await expect(two.locator('section.card h2')).toHaveText(PEQ);
  await expect(two.locator('html')).toHaveAttribute('lang', 'fr');
  // No page chrome inside: no visible title, no language switch, no embed codes.
  await expect(one.getByRole('heading', { level: 1 })).toHaveClass(/visually-hidden/);
  await expect(one.locator('.lead')).toHaveCount(0);
  await expect(one.getByRole('navigation', { name: 'Language' })).toHaveCount(0);
  await expect(one.getByRole('button', { name: 'Embed' })).toHaveCount(0);

  await first.scrollIntoViewIfNeeded();
  await expectFitted(page, await first.elementHandle());
  await second.scrollIntoViewIfNeeded();
  await expectFitted(page, await second.elementHandle());

  // A click that makes the card much taller: the frame follows.
  const before = (await heights(page, await first.elementHandle())).frame;
  await one.locator('#lane-link-0').click();
  await expect(one.locator('section.card h2')).toHaveText(TITLE);
  await expectFitted(page, await first.elementHandle());
  const after = (await heights(page, await first.elementHandle())).frame;
  expect(after).toBeGreaterThan(before + 500);
  // And shorter again.
  await one.locator('#cell-0-2016').click();
  await expect(one.locator('section.card h2')).toContainText('2016');
  await expectFitted(page, await first.elementHandle());
  expect((await heights(page, await first.elementHandle())).frame).toBeLessThan(after - 500);

  // A size message that does not come from the frame's own window is ignored.
  const settled = (await heights(page, await first.elementHandle())).frame;
  await page.evaluate(() => window.postMessage({ type: 'vet-policy-timeline:size', height: 5000 }, '*'));
  const other = page.frames().find((f) => f.url().includes('vocational-education-pathway'));
  await other.evaluate(() => parent.postMessage({ type: 'vet-policy-timeline:size', height: 4000 }, '*'));
  await expectFitted(page, await first.elementHandle());
  expect((await heights(page, await first.elementHandle())).frame).toBe(settled);

  // Navigation inside updates the frame's own address, and keeps embed mode.
  // (The 2016 page, embedded, of the frame whose code named 2019.)
  expect(page.frames().filter((f) => /\/embed\/en\/28020\/2016\/$/.test(f.url()))).toHaveLength(1);

  await expectNoProblems(page, problems);
  for (const frame of page.frames()) {
    expect(await frame.evaluate(() => window.__cspViolations || []), frame.url()).toEqual([]);
  }
});

test('"Open in full view" opens the same deep link, without embed, in a new tab', async ({ page, baseURL, context }) => {
  await page.goto(host(baseURL));
  const one = page.frameLocator('main > iframe >> nth=0');
  await one.locator('#cell-0-2020').click();
  const link = one.getByRole('link', { name: /Open in full view/ });
  await expect(link).toHaveAttribute('target', '_blank');
  const full = `${new URL(APP, baseURL).href}en/28020/2020/`;
  expect(await link.evaluate((a) => a.href)).toBe(full);
  const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
  // (The live app drops the fragment once the page has opened on the card.)
  await expect(tab).toHaveURL((url) => url.href === full || url.href === full.replace(/#card-host$/, ''));
  await expect(tab.getByRole('heading', { level: 1, name: 'VET policy timeline' })).toBeVisible();
});

test('a plain sandboxed iframe works, for hosts that allow no scripts', async ({ page, baseURL, problems }) => {
  await page.goto(host(baseURL, '/plain'));
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('section.card')).toContainText('In 2021, the various measures in place continued to be offered.');
  await frame.locator('#cell-0-2022').click();
  await expect(frame.locator('section.card')).toContainText("The platform 'My school, my job' was updated");
  await expectNoProblems(page, problems);
});

test('embed mode alone: axe finds nothing, and the height is posted in both shapes', async ({ page, baseURL }) => {
  // A page that frames the app and records what it posts.
  await page.goto(host(baseURL, '/plain'));
  // Once the card is shown, the frame is taller than its "loading" line.
  const messages = await page.evaluate(() => new Promise((resolve) => {
    const seen = [];
    const tall = (m) => m.height > 300;
    window.addEventListener('message', (e) => {
      seen.push(e.data);
      if (seen.some((m) => m.sentinel === 'amp' && tall(m))
        && seen.some((m) => m.type === 'vet-policy-timeline:size' && tall(m))) resolve(seen);
    });
    document.querySelector('iframe').src += '';
  }));
  const amp = messages.find((m) => m.sentinel === 'amp' && m.height > 300);
  expect(amp.type).toBe('embed-size');
  const own = messages.find((m) => m.type === 'vet-policy-timeline:size' && m.height > 300);
  expect(own.url).toBe(`${new URL(APP, baseURL).href}en/28020/2021/`);

  await page.goto(`${APP}?measure=28020&year=2019&embed=1`);
  await expect(page.locator('section.card h2')).toContainText('2019');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the Embed control shows both snippets for the current deep link, with copy buttons', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${APP}?measure=28020&year=2023&lang=nl`);
  const toggle = page.getByRole('button', { name: 'Insluiten' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const panel = page.locator('#embed-panel');
  await expect(panel).toBeVisible();
  const app = new URL(APP, baseURL).href;
  // The frames' height is the view's, as the panel's preview measured it (in a 760 px column,
  // until the editor picks another width).
  await expect(panel.locator('.embed-height')).toContainText('760 px');
  await expect(panel.locator('.embed-height')).not.toContainText('gemeten');
  const height = await page.frameLocator('iframe.embed-preview-frame').locator('body')
    .evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  const src = `src="${app}embed/nl/28020/2023/"`;
  const title = `title="Tijdlijn van het beroepsopleidingsbeleid: ${TITLE}"`;
  const script = `<iframe ${src} ${title} width="100%" height="${height}" frameborder="0" loading="lazy" allow="clipboard-write" data-vet-timeline></iframe>\n`
    + `<script src="${app}embed.js" async></script>`;
  await expect(panel.locator('pre').first()).toHaveText(script);
  await expect(panel.locator('pre').nth(1)).toHaveText(`<iframe ${src} ${title} width="100%" height="${height}" frameborder="0" loading="lazy"></iframe>`);
  await panel.getByRole('button', { name: 'Code kopiëren' }).first().click();
  await expect(panel.getByRole('status').first()).toHaveText('Code gekopieerd.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(script);
});

test('Escape closes the Embed panel, not the card, and returns focus to its button', async ({ page }) => {
  await page.goto(`${APP}?measure=28020&year=2019`);
  const toggle = page.getByRole('button', { name: 'Embed' });
  await toggle.click();
  const panel = page.locator('#embed-panel');
  await expect(panel).toBeVisible();
  // From inside the panel (the colours' first choice), then from the button itself.
  await panel.getByRole('radio').first().focus();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page).toHaveURL(/\/en\/28020\/2019\/(#card-host)?$/);
  await toggle.press('Enter');
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(page).toHaveURL(/\/en\/28020\/2019\/(#card-host)?$/);
  // With the panel closed, Escape closes the card, as before.
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/en\/28020\/$/);
});

test.describe('on a phone (375×800, CPU slowed 4×, 150 ms, 1.6 Mbit/s)', () => {
  test.use({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });

  test('a frame in the page from the start, shorter than its view: its room reserved at once, without a border, then grown to its content', async ({ page, baseURL }) => {
    test.setTimeout(60_000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
    });
    // On the host page: its layout shifts, and each height of the frame, at every frame.
    await page.addInitScript(() => {
      if (window !== window.top) return;
      window.seen = { cls: 0, heights: [] };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.seen.cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
      const watch = () => {
        const frame = document.querySelector('iframe[data-vet-timeline]');
        const h = frame && Math.round(frame.getBoundingClientRect().height);
        if (h && window.seen.heights.at(-1) !== h) window.seen.heights.push(h);
        requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    await page.goto(host(baseURL));
    const first = page.locator('iframe[data-vet-timeline]');
    await expect(first).toHaveAttribute('height', '800');
    const inside = page.frameLocator('iframe[data-vet-timeline]');
    // The live app has taken over the view written out at build time, and the frame fits it.
    await expect(inside.locator('#page:not([data-written-out])')).toBeAttached({ timeout: 30_000 });
    await expectFitted(page, await first.elementHandle());
    const seen = await page.evaluate(() => window.seen);
    const final = seen.heights.at(-1);
    expect(final).toBeGreaterThan(800);
    expect(Math.max(...seen.heights), `heights: ${seen.heights}`).toBeLessThanOrEqual(final + 4);
    // Reserved from the start, with no border (`frameborder="0"`) before the script runs.
    expect(seen.heights[0], 'reserved from the start').toBe(800);
    expect(seen.cls).toBeLessThan(0.05);
  });
});

test('the download works inside a cross-origin frame, under both pages’ policies', async ({ page, baseURL, problems }) => {
  await page.goto(host(baseURL));
  const frame = page.frameLocator('main > iframe').first();
  const link = frame.getByRole('link', { name: 'CSV of these developments (a table, a row per year)' });
  await expect(link).toBeVisible({ timeout: 10_000 });
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(file.suggestedFilename()).toBe('vet-policy-timeline.csv');
  const chunks = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk);
  const rows = Buffer.concat(chunks).toString('utf8').split('\r\n');
  // 28020's eleven years, the PEQ's one and the pact's one.
  expect(rows.length).toBe(1 + 11 + 1 + 1 + 1);
  expect(rows[1]).toBe('28020,Measures of guidance and promotion of work-based learning,BELGIUM-FR,PRACTICAL MEASURE/INITIATIVE,2015,Implementation,');
  await expectNoProblems(page, problems);
});

test('the host page is told one link for the view, whatever the size message comes from', async ({ page, baseURL }) => {
  // A link whose first year is outside the dataset's: the page shows every year and says so;
  // the size messages, from the body's resizes and from each new view, name the same link.
  await page.goto(host(baseURL, '/plain'));
  // A new frame in place of the page's, whose messages alone are kept.
  await page.locator('iframe').evaluate((old) => {
    const frame = old.cloneNode();
    frame.src = old.src.replace(/\?.*/, 'embed/en/28020/?from=1990');
    window.seen = [];
    window.addEventListener('message', (e) => {
      if (e.source === frame.contentWindow && e.data.type === 'vet-policy-timeline:size') window.seen.push(e.data);
    });
    old.replaceWith(frame);
  });
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('#page:not([data-written-out])')).toBeVisible();
  await expect(frame.locator('section.card h2')).toContainText(TITLE);
  await expect.poll(() => page.evaluate(() => window.seen.length)).toBeGreaterThanOrEqual(2);
  const urls = new Set(await page.evaluate(() => window.seen.map((m) => m.url)));
  expect([...urls]).toEqual([`${new URL(APP, baseURL).href}en/28020/?from=1990`]);
});
