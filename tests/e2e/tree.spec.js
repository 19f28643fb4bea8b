// What a screen reader reads: the accessibility tree of four views, written down in
// tests/e2e/trees/ and compared whole (a change to them is a decision: review the diff, then
// `UPDATE_TREES=1 npx playwright test tree` writes them again), and the timeline read as a
// table, cell by cell, with a screen reader's table logic over Chromium's tree.
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, live, APP } from './helpers.js';

const TITLE = 'Measures of guidance and promotion of work-based learning';
const TREES = new URL('./trees/', import.meta.url);

const views = {
  default: APP,
  'fr-2019': `${APP}fr/28020/2019/`,
  peq: `${APP}en/be-fr-vocational-education-pathway-peq/`,
  'embed-2019': `${APP}embed/en/28020/2019/`,
};

for (const [name, url] of Object.entries(views)) {
  test(`the accessibility tree of the ${name} view is the one written down`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    await live(page);
    await expect(page.locator('section.card h2')).toBeVisible();
    const tree = `${await page.locator('body').ariaSnapshot()}\n`;
    const file = new URL(`${name}.yml`, TREES);
    if (process.env.UPDATE_TREES) writeFileSync(file, tree);
    expect(tree).toBe(readFileSync(file, 'utf8'));
  });
}

/** What a screen reader says of the focused control in a table: its row's header, its
 *  column's header and its own name, read from Chromium's accessibility tree (the cell's place
 *  among its row's cells, and the header row's cell at that place). */
async function announced(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const role = (n) => n?.role?.value;
  const name = (n) => n?.name?.value ?? '';
  const up = (n, roles) => {
    for (let p = byId.get(n.parentId); p; p = byId.get(p.parentId)) if (roles.includes(role(p))) return p;
    return null;
  };
  // The children a reader counts: those in the tree (ignored ones are skipped, theirs kept).
  const kids = (n) => (n.childIds || []).map((id) => byId.get(id)).filter(Boolean)
    .flatMap((c) => (c.ignored ? kids(c) : [c]));
  const down = (n, roles) => kids(n).flatMap((c) => (roles.includes(role(c)) ? [c] : down(c, roles)));
  // (The document is focused too: the control is the focused node within it.)
  const focused = nodes.find((n) => role(n) !== 'RootWebArea'
    && n.properties?.some((p) => p.name === 'focused' && p.value.value));
  const cell = up(focused, ['cell', 'gridcell']);
  const row = up(cell, ['row']);
  const table = up(row, ['table', 'grid']);
  const cells = (r) => kids(r).filter((c) => ['cell', 'gridcell', 'rowheader', 'columnheader'].includes(role(c)));
  const column = cells(row).indexOf(cell);
  const [header] = down(table, ['row']);
  return {
    row: name(cells(row).find((c) => role(c) === 'rowheader')),
    column: name(cells(header)[column]),
    control: name(focused),
    columns: cells(header).length,
    cells: cells(row).length,
  };
}

test('moving cell by cell, each year of 28020 is announced with its development and its year', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(APP);
  await live(page);
  await page.locator('#lane-link-0').focus();
  const heard = [];
  for (let year = 2015; year <= 2025; year += 1) {
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(`#cell-0-${year}`)).toBeFocused();
    const said = await announced(page);
    expect(said.row.startsWith(TITLE), said.row).toBe(true);
    expect(said.column).toBe(String(year));
    expect(said.cells, 'a cell per year, after the row header').toBe(said.columns);
    heard.push(`${said.column}: ${said.control}`);
  }
  expect(heard[4]).toBe('2019: Implementation, with a note');
  expect(heard).toEqual([
    ...[2015, 2016, 2017, 2018].map((y) => `${y}: Implementation`),
    ...[2019, 2020, 2021, 2022, 2023, 2024, 2025].map((y) => `${y}: Implementation, with a note`),
  ]);
  // Down keeps the column: the PEQ's 2025, in the next row.
  await page.keyboard.press('ArrowDown');
  const peq = await announced(page);
  expect(peq.row).toContain('Learning becomes modular');
  expect(peq.column).toBe('2025');
});
