// The core path in a second browser engine: Debian's Firefox ESR, driven over WebDriver BiDi
// (puppeteer-core), against the release build served from a sub-path under the strict CSP.
// Deep link, click a year, Back, and the embed's size message. Run with `make test-e2e`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';

const PORT = Number(process.env.FIREFOX_E2E_PORT || 4341);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const APP = `${ORIGIN}/ministry/vet/timeline/`;
const NOTE_2019 = "The platform 'My school, my job' was deployed in 2019";
const NOTE_2023 = 'The work on amending the decree of 11 April 2014';

let server;
let browser;

before(async () => {
  server = spawn(process.execPath, ['tests/e2e/server.mjs', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => { if (String(d).includes('e2e server')) resolve(); });
    server.on('exit', (code) => reject(new Error(`the test server stopped (${code}): is dist/ built?`)));
  });
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
    headless: true,
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** The open card's text, once it holds `text` (waits for it, as a reader would). */
async function cardWith(page, text) {
  await page.waitForFunction(
    (t) => document.querySelector('section.card')?.textContent.includes(t),
    { timeout: 10_000 },
    text,
  );
  return page.$eval('section.card', (c) => c.textContent);
}

test('Firefox: a deep link opens its year; a click opens another; Back returns; no error', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  // The year's page, as Copy link gives it.
  await page.goto(`${APP}en/28020/2019/#card-host`);
  assert.match(await cardWith(page, NOTE_2019), /2019/);
  // The live app has taken over the page written out at build time (whose links are pages).
  await page.waitForFunction(() => !document.querySelector('#page[data-written-out]'), { timeout: 10_000 });
  assert.equal(await page.$eval('#cell-0-2019', (a) => a.getAttribute('aria-current')), 'true');

  await page.click('#cell-0-2023');
  await cardWith(page, NOTE_2023);
  assert.match(page.url(), /\/timeline\/en\/28020\/2023\/$/);
  assert.equal(await page.$eval('#cell-0-2023', (a) => a.getAttribute('aria-current')), 'true');

  await page.goBack();
  await cardWith(page, NOTE_2019);
  // (Without the fragment, which the live app drops once the page has opened on its card.)
  assert.match(page.url(), /\/timeline\/en\/28020\/2019\/$/);
  assert.equal(await page.$eval('#cell-0-2019', (a) => a.getAttribute('aria-current')), 'true');
  assert.deepEqual(errors, []);
  await page.close();
});

test('Firefox: embedded in a page of another origin, the app posts its height and link', async () => {
  const page = await browser.newPage();
  const host = `http://127.0.0.1:${PORT + 1}/plain`;
  await page.goto(host);
  const message = await page.evaluate(() => new Promise((resolve) => {
    window.addEventListener('message', (e) => {
      if (e.data && e.data.type === 'vet-policy-timeline:size' && e.data.height > 300) resolve(e.data);
    });
    document.querySelector('iframe').src += '';
  }));
  // (The frame's code is of the query form: its view's full page is a page of its own.)
  assert.equal(message.url, `${APP}en/28020/2021/`);
  await page.close();
});

test('Firefox: the timeline is a table of a row per development and a cell per year, each under its year', async () => {
  // (Firefox's accessibility tree cannot be read here: WebDriver BiDi's accessibility locator
  // finds nothing in headless Firefox ESR, not even a link by its name. So the table is checked
  // as Firefox builds it from the page, the HTML table model its tree follows, and as it lays it
  // out: each year's cell under its year's header.)
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(APP);
  await page.waitForFunction(() => !document.querySelector('#page[data-written-out]'), { timeout: 10_000 });
  await page.waitForSelector('table.timeline tr.lane', { timeout: 10_000 });
  const table = await page.$eval('table.timeline', (t) => {
    const left = (el) => Math.round(el.getBoundingClientRect().left);
    const [head, ...lanes] = [...t.rows];
    return {
      head: [...head.cells].map((c) => [c.tagName, c.getAttribute('scope'), c.textContent]),
      lanes: lanes.map((row) => ({
        header: [row.cells[0].tagName, row.cells[0].getAttribute('scope'), row.cells[0].querySelector('a').textContent],
        cells: [...row.cells].slice(1).map((c) => [c.tagName, c.colSpan, c.querySelector('a.cell')?.getAttribute('aria-label') ?? '']),
        aligned: [...row.cells].slice(1).every((c, i) => left(c) === left(head.cells[i + 1])),
      })),
    };
  });
  const years = Array.from({ length: 11 }, (_, i) => String(2015 + i));
  assert.deepEqual(table.head, [['TD', null, ''], ...years.map((y) => ['TH', 'col', y])]);
  assert.equal(table.lanes.length, 3);
  for (const lane of table.lanes) {
    assert.deepEqual(lane.header.slice(0, 2), ['TH', 'row']);
    assert.equal(lane.cells.length, 11, 'a cell per year');
    assert.ok(lane.cells.every(([tag, span]) => tag === 'TD' && span === 1));
    assert.ok(lane.aligned, `each cell of "${lane.header[2]}" under its year`);
  }
  assert.deepEqual(table.lanes[0].cells.map(([, , name]) => name), [
    ...Array(4).fill('Implementation'), ...Array(7).fill('Implementation, with a note')]);
  assert.deepEqual(table.lanes[2].cells.map(([, , name]) => name).filter(Boolean), ['Discontinued']);
  // The landmarks: one banner, one main, one footer, none inside another.
  assert.deepEqual(await page.$eval('#page', (p) => [...p.children].map((c) => c.tagName).filter((t) => /^(HEADER|MAIN|FOOTER)$/.test(t))),
    ['HEADER', 'MAIN', 'FOOTER']);
  await page.close();
});
