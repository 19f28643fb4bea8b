// The Embed dialog's codes, pasted as an editor pastes them: the preview at the column's width
// the editor picks, the height it measures, and the host page's text under the frame, which
// does not move where the code was copied for, and moves once, by what the README says,
// elsewhere. Both pages under a strict Content-Security-Policy (tests/e2e/server.mjs).
import AxeBuilder from '@axe-core/playwright';
import { test, expect, APP } from './helpers.js';

test.use({ viewport: { width: 1280, height: 900 } });

/** The host page (another origin) with `code` pasted in a column `width` px wide. */
const pasted = (baseURL, width, code) => {
  const url = new URL(baseURL);
  url.port = String(Number(url.port) + 1);
  url.pathname = '/paste';
  url.search = new URLSearchParams({ width: String(width), code }).toString();
  return url.href;
};

/** The French 2024 view's Embed panel, its preview at `width` px: its two codes, measured. */
async function codesAt(page, width) {
  await page.goto(`${APP}fr/28020/2024/`);
  await page.getByRole('button', { name: 'Intégrer' }).click();
  const panel = page.locator('#embed-panel');
  await panel.getByRole('radio', { name: `${width} px`, exact: true }).check();
  const preview = panel.locator('iframe.embed-preview-frame');
  await expect(preview).toHaveAttribute('width', String(width));
  await expect(panel.locator('.embed-height')).toContainText(`dans une colonne de ${width} px`);
  await expect(panel.locator('.embed-height')).not.toContainText('Mesure');
  return {
    panel,
    preview,
    script: await panel.locator('pre').first().innerText(),
    frame: await panel.locator('pre').nth(1).innerText(),
  };
}

/** The `height` attribute a code gives its frame. */
const heightOf = (code) => Number(code.match(/height="(\d+)"/)[1]);

/**
 * Records, on the host page (not in its frames), from its first frame on: where the paragraph
 * under the timeline is (from the top of the document) at each frame it changes, and the
 * policy's violations.
 */
async function watchHost(page) {
  await page.addInitScript(() => {
    if (window !== window.top) return;
    window.seen = { after: [], violations: [] };
    document.addEventListener('securitypolicyviolation', (e) => {
      window.seen.violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
    const watch = () => {
      const after = document.getElementById('after');
      if (after) {
        const y = Math.round(after.getBoundingClientRect().top + window.scrollY);
        if (window.seen.after.at(-1) !== y) window.seen.after.push(y);
      }
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
}

/** The frame's own height and its view's, once the live app has taken over in it. */
async function settled(page, selector) {
  const frame = page.locator(selector);
  const inside = page.frameLocator(selector);
  await expect(inside.locator('#page:not([data-written-out])')).toBeAttached({ timeout: 20_000 });
  const sizes = async () => {
    const content = await inside.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
    const box = await frame.boundingBox();
    return { frame: Math.round(box.height), content };
  };
  await expect.poll(async () => {
    const s = await sizes();
    return Math.abs(s.frame - s.content) <= 1;
  }, { timeout: 10_000 }).toBe(true);
  return sizes();
}

/** The policy's violations inside the frame `selector`. */
const violationsIn = (page, selector) => page.frameLocator(selector).locator('html')
  .evaluate(() => window.__cspViolations || []);

test('the Embed panel previews the view in a 760 px column, and its codes carry that height', async ({ page }) => {
  const { panel, preview, script, frame } = await codesAt(page, 760);
  // The preview is the embed page itself, as tall as its view.
  expect(await preview.getAttribute('src')).toMatch(/\/embed\/fr\/28020\/2024\/$/);
  const inside = page.frameLocator('iframe.embed-preview-frame');
  await expect(inside.locator('section.card h2')).toContainText('2024');
  const content = await inside.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  expect(Math.round((await preview.boundingBox()).width)).toBe(760);
  expect(heightOf(script)).toBe(content);
  expect(heightOf(frame)).toBe(content);
  await expect(panel.locator('.embed-height')).toHaveText(
    `La hauteur des codes, ${content} px, est celle de cette vue dans une colonne de 760 px\u202f: `
    + "le cadre réserve cette place dès le départ, et le script l'ajuste ensuite à la colonne où il se trouve vraiment.",
  );
  // Another width: measured again, and the codes follow.
  await panel.getByRole('radio', { name: '320 px', exact: true }).check();
  await expect(panel.locator('.embed-height')).toContainText('dans une colonne de 320 px');
  await expect(panel.locator('.embed-height')).not.toContainText('Mesure');
  const narrow = await inside.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  expect(narrow).toBeGreaterThan(content);
  await expect(panel.locator('pre').first()).toContainText(`height="${narrow}"`);
  // Neither code has an inline style (a host's strict policy would block it).
  for (const code of [script, frame]) expect(code).not.toContain('style=');
  // The panel, its choices and its preview open: axe finds nothing.
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test.describe('the script code copied at 760 px, pasted in a column of another origin', () => {
  let code;
  test.beforeEach(async ({ page }) => {
    ({ script: code } = await codesAt(page, 760));
    await watchHost(page);
  });

  test('760 px: the paragraph under the frame never moves, and no policy is violated', async ({ page, baseURL }) => {
    await page.goto(pasted(baseURL, 760, code));
    const sizes = await settled(page, 'iframe[data-vet-timeline]');
    expect(sizes.frame).toBe(heightOf(code));
    const seen = await page.evaluate(() => window.seen);
    expect(seen.after, 'where the paragraph was, at each frame').toHaveLength(1);
    expect(seen.violations).toEqual([]);
    expect(await violationsIn(page, 'iframe[data-vet-timeline]')).toEqual([]);
  });

  for (const width of [343, 1000]) {
    test(`${width} px: the paragraph moves once, by the view's height there less the code's`, async ({ page, baseURL }) => {
      await page.goto(pasted(baseURL, width, code));
      const sizes = await settled(page, 'iframe[data-vet-timeline]');
      const seen = await page.evaluate(() => window.seen);
      const [first] = seen.after;
      expect(seen.after, 'where the paragraph was, at each frame').toEqual([first, first + sizes.frame - heightOf(code)]);
      // (Narrower: the view is taller; wider: shorter.)
      if (width < 760) expect(sizes.frame).toBeGreaterThan(heightOf(code));
      else expect(sizes.frame).toBeLessThan(heightOf(code));
      expect(seen.violations).toEqual([]);
    });
  }
});

test('the frame code alone, under the host\'s style-src \'self\': no border, no blank band, no violation', async ({ page, baseURL }) => {
  const { frame: code } = await codesAt(page, 760);
  await watchHost(page);
  await page.goto(pasted(baseURL, 760, code));
  const frame = page.locator('main > iframe');
  const inside = page.frameLocator('main > iframe');
  await expect(inside.locator('#page:not([data-written-out])')).toBeAttached({ timeout: 20_000 });
  const border = await frame.evaluate((f) => getComputedStyle(f).borderTopWidth);
  expect(border).toBe('0px');
  const content = await inside.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  const box = await frame.boundingBox();
  expect(box.height - content, 'blank band under the view').toBeLessThanOrEqual(4);
  expect(box.height - content, 'none of the view cut').toBeGreaterThanOrEqual(0);
  expect((await page.evaluate(() => window.seen)).violations).toEqual([]);
  expect(await violationsIn(page, 'main > iframe')).toEqual([]);
});

test('"Open in full view" from a dark embed opens the full page in the reader\'s colours', async ({ page, baseURL }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${APP}embed/en/28020/2019/?scheme=dark`);
  await expect(page.locator('html')).toHaveClass(/scheme-dark/);
  const link = page.getByRole('link', { name: /Open in full view/ });
  expect(await link.evaluate((a) => a.href)).toBe(`${new URL(APP, baseURL).href}en/28020/2019/`);
});
