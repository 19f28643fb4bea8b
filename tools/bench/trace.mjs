// The start on the mid-range phone, traced: each main-thread task over 50 ms from navigation to
// the live app's take-over, with what it spent its time on. A look before a cut, not a test.
//
//   node tools/bench/trace.mjs [link] [runs]    (dist/ must exist: make dist)
//
// Serves dist/ with tests/e2e/server.mjs, loads `link` (default en/28020/) cold on the
// phone profile of bench.mjs (375×800, CPU 4×, 150 ms, 1.6 Mbit/s) with a DevTools trace, and
// prints, per run: when the written-out page was painted and when the app took over, each long
// task (start, length) and its largest parts (script by function where the wasm has names,
// style, layout, parsing, compiling).
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

const LINK = process.argv[2] || 'en/28020/';
const RUNS = Number(process.argv[3] || 3);
const PORT = 4378;
const APP = `http://127.0.0.1:${PORT}/ministry/vet/timeline/`;
const MOBILE = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

const server = spawn(process.execPath, ['tests/e2e/server.mjs', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve, reject) => {
  server.stdout.on('data', (d) => { if (String(d).includes('e2e server')) resolve(); });
  server.on('exit', (code) => reject(new Error(`the server stopped (${code}): is dist/ built?`)));
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

/** The events of `events` inside [ts, ts+dur] on the same thread, below the task itself. */
function parts(events, task) {
  const end = task.ts + task.dur;
  const byName = new Map();
  for (const e of events) {
    if (e === task || e.ph !== 'X' || e.tid !== task.tid || e.ts < task.ts || e.ts + (e.dur || 0) > end) continue;
    const name = e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction'
      ? null : e.name;
    if (!name || !e.dur) continue;
    byName.set(name, (byName.get(name) || 0) + e.dur);
  }
  return [...byName].sort((a, b) => b[1] - a[1]).slice(0, 8)
    .map(([n, d]) => `${n} ${(d / 1000).toFixed(1)}`).join(', ');
}

for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', MOBILE);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,v8,blink.user_timing,loading',
    transferMode: 'ReportEvents',
  });
  await page.goto(`${APP}${LINK}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelector('main') && !document.querySelector('#page[data-written-out]'),
    null, { timeout: 20_000, polling: 50 });
  // A second after the take-over: what follows it is in the trace too.
  await page.waitForTimeout(1000);
  await cdp.send('Tracing.end');
  await done;
  const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStartToNavigationFinish');
  const t0 = nav ? nav.ts : Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const main = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames?.[0]?.processId;
  const tasks = events.filter((e) => e.name === 'RunTask' && e.dur > 50_000 && (!main || e.pid === main));
  console.log(`run ${run + 1}: ${tasks.length} tasks over 50 ms; blocking ${tasks.reduce((s, t) => s + t.dur / 1000 - 50, 0).toFixed(0)} ms`);
  for (const t of tasks) {
    console.log(`  at ${((t.ts - t0) / 1000).toFixed(0)} ms, ${(t.dur / 1000).toFixed(1)} ms: ${parts(events, t)}`);
  }
  await context.close();
}
await browser.close();
server.kill();
