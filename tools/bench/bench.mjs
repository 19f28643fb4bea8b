// The benchmark (not a test: it prints figures and fails only when the app does not get ready).
// It serves the release build on loopback (tests/e2e/server.mjs: a sub-path, the strict CSP) and
// drives headless Chromium through cold loads, each in a fresh browser context (empty cache),
// measuring inside the page with `performance.now()` (from navigation start) and event
// timestamps:
//
//   ready       navigation -> the 11 year controls of measure 28020 on screen (real dataset):
//               the page written out at build time, at its first paint
//   interactive navigation -> the live app has taken over that page (a click then opens a card)
//   ... on a throttled mobile network: both, again, through Chromium's network emulation
//               (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up; files served gzipped)
//   click       click on a year -> its card in the page and laid out (the script and layout
//               of the click), and -> the frame that paints it
//   ready 1000  navigation -> the overview of a 1,000-development synthetic dataset on screen
//   keystroke   a key typed in search (1,000 developments) -> the overview updated and laid out
//   ... 10000   both again, with 10,000 developments (a 5.6 MB dataset, 30 countries)
//
// "In the page and laid out": the moment the condition holds, after a forced layout (which the
// browser would do before painting anyway). "Painted": the start of the next animation frame.
// (The search handles keys in an animation frame, coalescing fast typing: its update is painted
// in that frame, so for keystrokes the next frame comes one frame after the paint.)
//
// It prints medians (with min and max) over the runs, and writes them as JSON.
//
//   phone       on the mid-range phone (375×800, touch, CPU slowed 4× through the DevTools
//               protocol, the mobile network above), shared links: navigation -> the
//               link's own view on screen (its language, card and layout), whether another
//               view was on screen first, and -> the live app taken over
//
//   embed       the Embed dialog's script code, copied with its preview at 760 px, pasted in a
//               host page of another origin (tests/e2e/server.mjs, /paste) in columns of 343
//               (on the phone), 760 and 1,000 px (1280×900; CPU and network as the phone's):
//               the host's first paint, and each move of its paragraph under the frame after
//               it (px, and when), until the frame fits the view in it
//
//   node tools/bench/bench.mjs [runs]     (default 15; dist/ must exist: `make dist`)
//   BENCH_OUT=path.json                   (default target/bench.json)
//   BENCH_ROWS=phone                      only these rows (of real,synthetic,synthetic10000,
//                                         mobile,phone,embed; the others print as "-")
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { dirname } from 'node:path';
import { chromium } from '@playwright/test';

const RUNS = Number(process.argv[2] || 15);
const OUT = process.env.BENCH_OUT || 'target/bench.json';
const PORT = Number(process.env.BENCH_PORT || 4377);
const ROWS = (process.env.BENCH_ROWS || 'real,synthetic,synthetic10000,mobile,phone,embed').split(',');
const ORIGIN = `http://127.0.0.1:${PORT}`;
const APP = `${ORIGIN}/ministry/vet/timeline/`;
/** The app with a synthetic dataset of `n` developments (tools/synthetic/generate.mjs). */
const SYNTHETIC = (n) => `${ORIGIN}/synthetic/${n}/`;
const WORD = 'guidance';
const TARGETS = {
  ready: 120, first_click_script: 30, click_script: 16, ready_1000: 250, keystroke: 50,
  ready_10000: 1000, keystroke_10000: 100, phone_own_view: 600,
};
/** The mobile network of the throttled rows (Chromium's network emulation). */
const MOBILE = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) };

/** The mid-range phone: 375×800, touch, CPU slowed 4× (DevTools protocol), the mobile network. */
const PHONE = { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true, cpu: 4 };
/** The shared links of the phone rows, each with what its own view shows: the default view, and
 * three views as the app hands them out (each a page of its own) and in the query form of before
 * (the folder's page, which sends the reader on to the view's page). */
const FR_2019 = { lang: 'fr', heading: '2019', embed: false, card: true };
const EMBED_2019 = { lang: 'en', heading: '2019', embed: true, card: false };
const PEQ = { lang: 'en', heading: 'Learning becomes modular', embed: false, card: true };
const PHONE_LINKS = [
  { link: '', lang: 'en', heading: 'Measures of guidance', embed: false, card: false },
  // The address bar's form, the one most shared (no fragment), and the form of before.
  { link: 'fr/28020/2019/', ...FR_2019 },
  { link: 'fr/28020/2019/#card-host', ...FR_2019 },
  { link: '?measure=28020&year=2019&lang=fr', ...FR_2019 },
  { link: 'embed/en/28020/2019/', ...EMBED_2019 },
  { link: '?measure=28020&year=2019&embed=1', ...EMBED_2019 },
  { link: 'en/be-fr-vocational-education-pathway-peq/', ...PEQ },
  { link: '?measure=be-fr-vocational-education-pathway-peq', ...PEQ },
];

/** `fn` evaluated in the page, again in the next document where the first one navigates away (a
 * link of the query form goes on to its view's page). */
async function inPage(page, fn) {
  for (let tries = 0; ; tries++) {
    try {
      return await page.evaluate(fn);
    } catch (error) {
      if (tries > 3 || !/destroyed|navigat/i.test(String(error))) throw error;
      await page.waitForLoadState('commit');
    }
  }
}

/** In every page: records when a condition first holds, and the frame that paints it. */
function probe() {
  const marks = {};
  window.__bench = {
    marks,
    /** Records `name` (and `name:frame`, the next frame) when `test()` first holds. */
    when(name, test, since = 0) {
      return new Promise((resolve) => {
        const check = () => {
          if (!test()) return false;
          marks[`${name}:script`] = performance.now() - since;
          document.body.getBoundingClientRect();
          marks[name] = performance.now() - since;
          requestAnimationFrame(() => {
            marks[`${name}:frame`] = performance.now() - since;
            resolve(marks);
          });
          return true;
        };
        if (check()) return;
        let done = false;
        const observer = new MutationObserver(() => { if (!done && check()) { done = true; observer.disconnect(); } });
        observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        // Also at each frame: a stylesheet's arrival changes no node, yet can make it visible.
        const frame = () => { if (!done) { if (check()) { done = true; observer.disconnect(); } else requestAnimationFrame(frame); } };
        requestAnimationFrame(frame);
      });
    },
  };
  const visible = (el) => el && el.getBoundingClientRect().width > 0;
  window.__bench.yearsShown = () => {
    const cells = [...document.querySelectorAll('[id^="cell-0-"]')];
    return cells.length === 11 && cells.every(visible);
  };
  window.__bench.tookOver = () => document.querySelector('main') !== null
    && document.querySelector('#page[data-written-out]') === null && window.__bench.yearsShown();
  window.__bench.overviewShown = () => document.querySelectorAll('tr.lane').length === 20
    && /^([\d,]+) of \1 /.test(document.getElementById('result-count')?.textContent ?? '');
  /** Whether `el` is painted (not hidden while a view is swapped in). */
  // (Before the stylesheet has arrived nothing is painted, though a layout can be forced.)
  const styled = () => getComputedStyle(document.documentElement).getPropertyValue('--column') !== '';
  const painted = (el) => el && styled() && getComputedStyle(el).visibility === 'visible'
    && el.getBoundingClientRect().height > 0;
  /** Some view is on screen, whichever. */
  window.__bench.aView = () => painted(document.querySelector('#page section.card h2'));
  /** The view `own` describes is on screen: its language, its card (where a full-page link
   * names one: its heading and the first lines of what it opened, on the first screen), its
   * layout. */
  window.__bench.ownView = (own) => {
    if (!window.__bench.sameView(own)) return false;
    const h = document.querySelector('#page section.card h2').getBoundingClientRect();
    const body = document.querySelector('#page section.card .card-body')?.getBoundingClientRect();
    return !own.card || (h.top >= 0 && h.bottom <= innerHeight && Boolean(body)
      && body.top >= 0 && body.top + Math.min(body.height, 60) <= innerHeight);
  };
  /** A card of the view `own` describes is painted, wherever it is (its language, its card, its
   * layout): a page painted while it still arrives, its top first, is not another view. */
  window.__bench.sameView = (own) => {
    const heading = document.querySelector('#page section.card h2');
    return document.documentElement?.lang === own.lang && painted(heading)
      && heading.textContent.trim().startsWith(own.heading)
      // (The layout by its header, which comes before the card: a page painted while it still
      // arrives may not have its search yet, which a card comes before.)
      && Boolean(document.querySelector('#page .masthead-embedded')) === own.embed;
  };
  // Start watching at once, before the app runs.
  window.__bench.ready = location.pathname.includes('/synthetic/')
    ? window.__bench.when('ready', () => window.__bench.overviewShown())
    : window.__bench.when('ready', () => window.__bench.yearsShown());
  window.__bench.interactive = window.__bench.when('interactive', () => window.__bench.tookOver());
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x) => Math.round(x * 10) / 10;
/** Median, min and max of `xs` (dashes for a row not run). */
const summary = (xs) => (xs.length === 0 ? { median: '-', min: '-', max: '-', n: 0 }
  : { median: round(median(xs)), min: round(Math.min(...xs)), max: round(Math.max(...xs)), n: xs.length });

/** `promise`, or an error saying `what` went wrong after 10 s. */
function within(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`bench: ${what} (waited 10 s)`)), 10_000);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function startServer() {
  const server = spawn(process.execPath, ['tests/e2e/server.mjs', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => { if (String(d).includes('e2e server')) resolve(); });
    server.on('exit', (code) => reject(new Error(`the server stopped (${code}): is dist/ built? (make dist)`)));
  });
  return server;
}

/** One cold load of the real dataset on a throttled mobile network: ready and interactive. */
async function mobileRun(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', MOBILE);
  await page.addInitScript(probe);
  await page.goto(`${APP}en/28020/`, { waitUntil: 'commit' });
  const { 'ready:frame': ready } = await within(page.evaluate(() => window.__bench.ready),
    'the 11 year controls did not appear on the throttled network');
  const { 'interactive:frame': interactive } = await within(page.evaluate(() => window.__bench.interactive),
    'the app did not take over on the throttled network');
  await context.close();
  return { ready, interactive };
}

/** A new page on the phone: its screen, its CPU and its network. */
async function onThePhone(browser) {
  const context = await browser.newContext({
    viewport: PHONE.viewport, isMobile: PHONE.isMobile, hasTouch: PHONE.hasTouch,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', MOBILE);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  return { context, page };
}

/** One cold load of `own.link` on the phone: its own view on screen, whether another view was on
 * screen first, and the live app taken over. */
async function phoneRun(browser, own) {
  const { context, page } = await onThePhone(browser);
  await page.addInitScript(probe);
  await page.addInitScript((o) => {
    window.__bench.own = window.__bench.when('own', () => window.__bench.ownView(o));
    // (Which view it was, told at the moment one is first painted: a frame later, the live app
    // may be putting its page in place.)
    window.__bench.first = window.__bench.when('first', () => {
      const shown = window.__bench.aView();
      if (shown && window.__bench.firstWasOwn === undefined) window.__bench.firstWasOwn = window.__bench.sameView(o);
      return shown;
    }).then((marks) => ({ ...marks, firstWasOwn: window.__bench.firstWasOwn }));
  }, own);
  // (From the first navigation: a query link's page goes on to another, whose clock starts
  // anew; each time is taken on the wall clock, from the page's time origin.)
  const start = Date.now();
  const since = (marks, name) => marks.origin + marks[name] - start;
  const withOrigin = (promise) => `${promise}.then((m) => ({ ...m, origin: performance.timeOrigin }))`;
  await page.goto(`${APP}${own.link}`, { waitUntil: 'commit' });
  const first = await within(inPage(page, withOrigin('window.__bench.first')), `no view of ${own.link} appeared`);
  const own_ = await within(inPage(page, withOrigin('window.__bench.own')),
    `the own view of ${own.link} did not appear`);
  const taken = await within(inPage(page, withOrigin('window.__bench.interactive')),
    `the app did not take over ${own.link}`);
  await context.close();
  return {
    ownView: since(own_, 'own:frame'),
    interactive: since(taken, 'interactive:frame'),
    otherFirst: first.firstWasOwn ? 0 : 1,
    otherAt: since(first, 'first:frame'),
  };
}

/** One cold load of `own.link` on the phone, watched by nothing: when its first frame with
 * content was painted (the browser's first-contentful-paint), from the first navigation. The
 * probe of `phoneRun` forces a style and layout at each change while the page arrives, which a
 * phone at 4× pays for; this one adds no work. That the first frame with content is the view's
 * own is asserted by tests/e2e/views.spec.js. */
async function phoneFirstPaint(browser, own) {
  const { context, page } = await onThePhone(browser);
  const start = Date.now();
  await page.goto(`${APP}${own.link}`, { waitUntil: 'commit' });
  const at = await within(inPage(page, `new Promise((resolve) => {
    const done = (entry) => resolve(performance.timeOrigin + entry.startTime);
    const seen = performance.getEntriesByName('first-contentful-paint')[0];
    if (seen) return done(seen);
    new PerformanceObserver((list) => {
      const fcp = list.getEntriesByName('first-contentful-paint')[0];
      if (fcp) done(fcp);
    }).observe({ type: 'paint', buffered: true });
  })`), `${own.link} was not painted`);
  await context.close();
  return at - start;
}

/** The host pages' origin (the e2e server's next port). */
const HOST = `http://127.0.0.1:${PORT + 1}`;
/** The columns the embed rows paste the code in, each with the screen it is read on. */
const EMBED_COLUMNS = [
  { width: 343, viewport: PHONE.viewport, isMobile: true, hasTouch: true },
  { width: 760, viewport: { width: 1280, height: 900 } },
  { width: 1000, viewport: { width: 1280, height: 900 } },
];

/** The French 2024 view's script code, as the Embed dialog gives it with its preview at 760 px. */
async function embedCode(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${APP}fr/28020/2024/`);
  await page.waitForFunction(() => !document.querySelector('#page[data-written-out]'));
  await page.getByRole('button', { name: 'Intégrer' }).click();
  await page.getByRole('radio', { name: '760 px', exact: true }).check();
  await page.waitForFunction(() => /760 px/.test(document.querySelector('.embed-height')?.textContent)
    && /^La hauteur/.test(document.querySelector('.embed-height')?.textContent));
  const code = await page.locator('#embed-panel pre').first().innerText();
  await context.close();
  return code;
}

/** One cold load of `code` pasted in `column` (CPU and network as the phone's): the host's first
 * paint, and each move of its paragraph under the frame (px, ms from navigation) until the
 * frame fits its view. */
async function embedRun(browser, code, column) {
  const context = await browser.newContext({
    viewport: column.viewport, isMobile: !!column.isMobile, hasTouch: !!column.hasTouch,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', MOBILE);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  await page.addInitScript(() => {
    if (window !== window.top) return;
    window.__embed = { at: [], paint: null };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__embed.paint = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    const watch = (now) => {
      const after = document.getElementById('after');
      if (after) {
        const y = Math.round(after.getBoundingClientRect().top + window.scrollY);
        if (window.__embed.at.at(-1)?.y !== y) window.__embed.at.push({ y, t: now });
      }
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  const url = new URL('/paste', HOST);
  url.search = new URLSearchParams({ width: String(column.width), code }).toString();
  await page.goto(url.href, { waitUntil: 'commit' });
  const inside = page.frameLocator('iframe[data-vet-timeline]');
  await within(inside.locator('#page:not([data-written-out])').waitFor({ state: 'attached', timeout: 60_000 }),
    `the embedded app did not start in a ${column.width} px column`);
  // (Until the frame is as tall as its live view: polled from here, the frame being of another
  // origin.)
  const frame = page.locator('iframe[data-vet-timeline]');
  const fits = async () => {
    const content = await inside.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
    return Math.abs((await frame.boundingBox()).height - content) <= 1;
  };
  for (let k = 0; !(await fits()); k++) {
    if (k === 600) throw new Error(`the frame did not fit its view in a ${column.width} px column`);
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
  const seen = await page.evaluate(() => window.__embed);
  await context.close();
  const moves = seen.at.slice(1).map((m, k) => ({ px: m.y - seen.at[k].y, at: Math.round(m.t) }));
  return { paint: seen.paint, moves };
}

/** One cold load of the real dataset: ready, interactive, then clicks on four years in turn. */
async function realRun(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(probe);
  await page.goto(`${APP}en/28020/`);
  const { ready, 'ready:frame': readyFrame } = await within(page.evaluate(() => window.__bench.ready),
    'the 11 year controls of measure 28020 did not appear');
  const { 'interactive:frame': interactive } = await within(page.evaluate(() => window.__bench.interactive),
    'the app did not take over the page written out at build time');
  // Where the time to ready goes: the browser until the HTML has arrived, the downloads of the
  // files it names, and what the app does once it has them (compile, start, render, layout).
  const { html, files } = await page.evaluate(() => {
    const wanted = performance.getEntriesByType('resource').filter((e) => !/favicon/.test(e.name));
    return {
      html: performance.getEntriesByType('navigation')[0].responseEnd,
      files: Math.max(...wanted.map((e) => e.responseEnd)),
    };
  });
  const clicks = [];
  for (const year of [2019, 2016, 2023, 2021]) {
    // From the click's handling (a capture listener on the document, before the app's) to the
    // card with that year's heading; and from the click's own timestamp to the next frame.
    await page.evaluate((y) => {
      document.addEventListener('click', (e) => {
        const start = performance.now();
        window.__bench.clickPromise = window.__bench.when('card',
          () => document.querySelector('section.card h2')?.textContent.includes(String(y)), start)
          .then((marks) => ({ ...marks, event: performance.now() - e.timeStamp }));
      }, { capture: true, once: true });
    }, year);
    // A real mouse click at the control (Playwright's element click would add its own checks to
    // the page's click handling, which the figure would include).
    // (The page opens scrolled to the card the link names: the control is brought back first.)
    await page.locator(`#cell-0-${year}`).scrollIntoViewIfNeeded();
    const box = await page.locator(`#cell-0-${year}`).boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const marks = await within(page.evaluate(() => window.__bench.clickPromise),
      `the card of ${year} did not open`);
    clicks.push({ script: marks['card:script'], laidOut: marks.card, painted: marks.event });
  }
  await context.close();
  return { ready, readyFrame, interactive, html, files, clicks };
}

/** One cold load of `n` synthetic developments: ready, then the keystrokes of a search word. */
async function syntheticRun(browser, n = 1000) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(probe);
  await page.goto(SYNTHETIC(n));
  const { ready, 'ready:frame': readyFrame } = await within(page.evaluate(() => window.__bench.ready),
    `the overview of ${n} developments did not appear`);
  await page.focus('#search');
  const keys = [];
  for (const key of WORD) {
    // From the key's event to the first change of the overview after it, and the frame after.
    await page.evaluate(() => {
      document.addEventListener('keydown', (e) => {
        const overview = document.getElementById('page');
        let changed = false;
        const observer = new MutationObserver(() => { changed = true; observer.disconnect(); });
        observer.observe(overview, { subtree: true, childList: true, characterData: true });
        window.__bench.keyPromise = window.__bench.when('key', () => changed, e.timeStamp);
      }, { capture: true, once: true });
    });
    await page.keyboard.press(key);
    const marks = await within(page.evaluate(() => window.__bench.keyPromise),
      `the overview did not change when "${key}" was typed in search`);
    keys.push(marks);
  }
  await context.close();
  return { ready, readyFrame, keys };
}

const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
/** Shows how far the runs are: one line rewritten in a terminal, one line per step in a log. */
function progress(text) {
  process.stderr.write(process.stderr.isTTY ? `\r${text}` : `${text}\n`);
}

try {
  // One unmeasured load of each warms the server and the browser's process, not the page cache.
  await realRun(browser);
  await syntheticRun(browser);
  if (ROWS.includes('synthetic10000')) await syntheticRun(browser, 10000);
  const real = [];
  const synthetic = [];
  const runs = (row) => (ROWS.includes(row) ? RUNS : 0);
  for (let i = 0; i < runs('real'); i++) {
    real.push(await realRun(browser));
    progress(`real dataset: run ${i + 1}/${RUNS}`);
  }
  for (let i = 0; i < runs('synthetic'); i++) {
    synthetic.push(await syntheticRun(browser));
    progress(`1,000 developments: run ${i + 1}/${RUNS}`);
  }
  const synthetic10000 = [];
  for (let i = 0; i < runs('synthetic10000'); i++) {
    synthetic10000.push(await syntheticRun(browser, 10000));
    progress(`10,000 developments: run ${i + 1}/${RUNS}`);
  }
  const mobile = [];
  for (let i = 0; i < runs('mobile'); i++) {
    mobile.push(await mobileRun(browser));
    progress(`throttled mobile network: run ${i + 1}/${RUNS}`);
  }
  const phone = PHONE_LINKS.map(() => []);
  for (let i = 0; i < runs('phone'); i++) {
    for (const [k, own] of PHONE_LINKS.entries()) {
      phone[k].push({ ...await phoneRun(browser, own), firstPaint: await phoneFirstPaint(browser, own) });
    }
    progress(`mid-range phone: run ${i + 1}/${RUNS}`);
  }
  const embed = EMBED_COLUMNS.map(() => []);
  if (runs('embed')) {
    const code = await embedCode(browser);
    for (let i = 0; i < runs('embed'); i++) {
      for (const [k, column] of EMBED_COLUMNS.entries()) embed[k].push(await embedRun(browser, code, column));
      progress(`embed code copied at 760 px: run ${i + 1}/${RUNS}`);
    }
  }
  if (process.stderr.isTTY) process.stderr.write('\n');

  const results = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length,
      memory_gb: Math.round(totalmem() / 2 ** 30), os: release(),
      browser: `Chromium ${browser.version()} (headless)`, node: process.version,
    },
    runs: RUNS,
    ms: {
      ready: summary(real.map((r) => r.readyFrame)),
      ready_html_received: summary(real.map((r) => r.html)),
      ready_files_received: summary(real.map((r) => r.files)),
      interactive: summary(real.map((r) => r.interactive)),
      mobile_ready: summary(mobile.map((r) => r.ready)),
      mobile_interactive: summary(mobile.map((r) => r.interactive)),
      first_click_script: summary(real.map((r) => r.clicks[0].script)),
      first_click_laid_out: summary(real.map((r) => r.clicks[0].laidOut)),
      first_click_painted: summary(real.map((r) => r.clicks[0].painted)),
      click_script: summary(real.flatMap((r) => r.clicks.slice(1).map((c) => c.script))),
      click_laid_out: summary(real.flatMap((r) => r.clicks.slice(1).map((c) => c.laidOut))),
      click_painted: summary(real.flatMap((r) => r.clicks.slice(1).map((c) => c.painted))),
      ready_1000: summary(synthetic.map((r) => r.readyFrame)),
      keystroke_script: summary(synthetic.flatMap((r) => r.keys.map((k) => k['key:script']))),
      keystroke: summary(synthetic.flatMap((r) => r.keys.map((k) => k.key))),
      keystroke_frame: summary(synthetic.flatMap((r) => r.keys.map((k) => k['key:frame']))),
      ready_10000: summary(synthetic10000.map((r) => r.readyFrame)),
      keystroke_10000_script: summary(synthetic10000.flatMap((r) => r.keys.map((k) => k['key:script']))),
      keystroke_10000: summary(synthetic10000.flatMap((r) => r.keys.map((k) => k.key))),
    },
    targets_ms: TARGETS,
    phone: Object.fromEntries(PHONE_LINKS.map((own, k) => [own.link, {
      own_view: summary(phone[k].map((r) => r.ownView)),
      first_paint: summary(phone[k].map((r) => r.firstPaint)),
      interactive: summary(phone[k].map((r) => r.interactive)),
      another_view_first: phone[k].reduce((n, r) => n + r.otherFirst, 0),
      another_view_at: phone[k].some((r) => r.otherFirst)
        ? summary(phone[k].filter((r) => r.otherFirst).map((r) => r.otherAt)) : null,
    }])),
    // Per column: the host's first paint, and the paragraph's moves after it (each run's total,
    // and when its last move was, from navigation).
    embed: Object.fromEntries(EMBED_COLUMNS.map((column, k) => [column.width, {
      first_paint: summary(embed[k].map((r) => r.paint)),
      moves_per_load: summary(embed[k].map((r) => r.moves.length)),
      moved_px: summary(embed[k].map((r) => r.moves.reduce((sum, m) => sum + m.px, 0))),
      last_move_at: summary(embed[k].filter((r) => r.moves.length).map((r) => r.moves.at(-1).at)),
    }])),
  };

  const rows = [
    ['real dataset: navigation -> 11 year controls painted', 'ready'],
    ['  ... navigation -> the HTML received', 'ready_html_received'],
    ['  ... navigation -> every file it names received', 'ready_files_received'],
    ['interactive: navigation -> the app took over, painted', 'interactive'],
    ['mobile network: navigation -> 11 year controls painted', 'mobile_ready'],
    ['mobile network: navigation -> interactive, painted', 'mobile_interactive'],
    ['first click on a year -> card in the page (script)', 'first_click_script'],
    ['  ... and laid out', 'first_click_laid_out'],
    ['  ... from the click event to the next frame', 'first_click_painted'],
    ['later clicks -> card in the page (script)', 'click_script'],
    ['  ... and laid out', 'click_laid_out'],
    ['  ... from the click event to the next frame', 'click_painted'],
    ['1,000 developments: navigation -> overview painted', 'ready_1000'],
    ['search keystroke -> overview updated (script)', 'keystroke_script'],
    ['  ... and laid out', 'keystroke'],
    ['search keystroke -> the frame after', 'keystroke_frame'],
    ['10,000 developments: navigation -> overview painted', 'ready_10000'],
    ['search keystroke at 10,000 -> overview updated (script)', 'keystroke_10000_script'],
    ['  ... and laid out', 'keystroke_10000'],
  ];
  const pad = (s, n) => String(s).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  console.log(`\n${results.machine.cpu}, ${results.machine.cores} cores; ${results.machine.browser}; ${RUNS} cold loads each`);
  console.log(`${pad('measure (ms)', 56)}${lpad('median', 8)}${lpad('min', 8)}${lpad('max', 8)}${lpad('target', 8)}`);
  for (const [label, key] of rows) {
    const m = results.ms[key];
    const target = TARGETS[key] ? `< ${TARGETS[key]}` : '';
    console.log(`${pad(label, 56)}${lpad(m.median, 8)}${lpad(m.min, 8)}${lpad(m.max, 8)}${lpad(target, 8)}`);
  }
  console.log(`\nMid-range phone (375×800, touch, CPU ${PHONE.cpu}× slower, 150 ms, 1.6 Mbit/s): medians, ms; target: its own view <= ${TARGETS.phone_own_view}, no other view first`);
  console.log('(first paint: the first frame with content, in a load watched by nothing; own view: in a load whose probe checks the page at each change)');
  console.log(`${pad('link', 52)}${lpad('first paint', 12)}${lpad('own view', 10)}${lpad('live', 8)}${lpad('other first', 13)}`);
  for (const own of PHONE_LINKS) {
    const r = results.phone[own.link];
    const other = r.own_view.n === 0 ? '-' : r.another_view_first ? `${r.another_view_first}/${RUNS} at ${r.another_view_at.median}` : `0/${RUNS}`;
    console.log(`${pad(own.link || '(the folder: the default view)', 52)}${lpad(r.first_paint.median, 12)}${lpad(r.own_view.median, 10)}${lpad(r.interactive.median, 8)}${lpad(other, 13)}`);
  }
  console.log(`\nThe script code copied at 760 px, pasted on a host page (CPU ${PHONE.cpu}× slower, 150 ms, 1.6 Mbit/s): medians`);
  console.log(`${pad('column', 22)}${lpad('first paint', 13)}${lpad('moves', 7)}${lpad('moved px', 10)}${lpad('last move at', 14)}`);
  for (const column of EMBED_COLUMNS) {
    const r = results.embed[column.width];
    const screen = column.isMobile ? ' (phone)' : '';
    console.log(`${pad(`${column.width} px${screen}`, 22)}${lpad(r.first_paint.median, 13)}${lpad(r.moves_per_load.median, 7)}${lpad(r.moved_px.median, 10)}${lpad(r.last_move_at.median, 14)}`);
  }
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten to ${OUT}`);
} finally {
  await browser.close();
  server.kill();
}
