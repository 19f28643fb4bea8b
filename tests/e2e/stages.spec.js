// A timeline of other years (2012–2027) through all seven of Cedefop's stages, as next year's
// update may bring: tests/fixtures/seven-stages.json, served under /stages/.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, expectNoProblems } from './helpers.js';

const STAGES = '/stages/';
const SEVEN = ['Design', 'Legislative process', 'Approved/agreed', 'Pilot', 'Implementation',
  'Discontinued', 'Completed'];

test('the axis follows the dataset, and every stage is in the key', async ({ page, problems }) => {
  await page.goto(`${STAGES}?measure=90001`);
  const axis = await page.locator('thead th').allTextContents();
  expect(axis).toEqual(Array.from({ length: 16 }, (_, i) => String(2012 + i)));
  await expect(page.getByRole('heading', { name: 'Timeline 2012–2027' })).toBeVisible();
  const key = (await page.locator('.key-list li').allTextContents()).map((t) => t.trim());
  expect(key.slice(0, 8)).toEqual([...SEVEN, 'Under review']);
  // The lead names the dataset's years.
  await expect(page.locator('.lead')).toContainText('2012–2027');
  await expectNoProblems(page, problems);
});

test('in French, no English stage word is in the year controls’ names', async ({ page }) => {
  await page.goto(`${STAGES}?measure=90001&lang=fr`);
  const names = await page.locator('a.cell').evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label')));
  expect(names.length).toBe(28);
  const english = [...SEVEN, 'Approved', 'Agreed'];
  for (const name of names) {
    const status = name;
    if (status.includes('Under review')) continue; // a status the app does not know: the dataset's words
    for (const word of english) expect(status, name).not.toContain(word);
  }
  expect(names).toContain('Phase pilote, avec une note');
});

test('a link to 2026 opens that year, and a year outside the dataset’s span is noticed', async ({ page }) => {
  await page.goto(`${STAGES}?measure=90001&year=2026`);
  await expect(page.locator('section.card h2')).toHaveText('2026 – Synthetic measure through every stage');
  await expect(page.locator('.year-facts')).toContainText('Completed');
  await expect(page.locator('#cell-0-2026')).toHaveAttribute('aria-current', /.+/);
  await page.goto(`${STAGES}?measure=90001&year=2030&from=2011`);
  await expect(page.locator('.notices')).toContainText('The year “2030” in the link is not a year of this timeline (2012–2027), so it was ignored.');
  await expect(page.locator('.notices')).toContainText('The first year “2011” in the link is not a year of this timeline (2012–2027)');
});

for (const scheme of ['light', 'dark']) {
  test(`axe finds nothing on the seven-stage timeline and key (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${STAGES}?measure=90001&year=2016`);
    await expect(page.locator('.key-list li')).toHaveCount(10);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

/** The file a click on the link named `name` downloads: its suggested name and its text. */
async function download(page, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name }).click(),
  ]);
  const stream = await file.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

test('the CSV of a search view has a row per year of each development it shows; the JSON reads back', async ({ page, problems }) => {
  await page.goto(`${STAGES}?q=stopped`);
  await expect(page.locator('#result-count')).toHaveText('1 of 3 developments');
  const csv = await download(page, 'CSV of these developments (a table, a row per year)');
  expect(csv.name).toBe('vet-policy-timeline.csv');
  expect(csv.text.startsWith('\uFEFF')).toBe(true);
  expect(csv.text.slice(1).split('\r\n')).toEqual([
    'id,title,country,type of development,year,stage,note',
    'synthetic-stopped,Synthetic pilot that was stopped,SYNTHETIA,PRACTICAL MEASURE/INITIATIVE,2018,Design,',
    'synthetic-stopped,Synthetic pilot that was stopped,SYNTHETIA,PRACTICAL MEASURE/INITIATIVE,2019,Approved,',
    'synthetic-stopped,Synthetic pilot that was stopped,SYNTHETIA,PRACTICAL MEASURE/INITIATIVE,2020,Pilot,',
    'synthetic-stopped,Synthetic pilot that was stopped,SYNTHETIA,PRACTICAL MEASURE/INITIATIVE,2021,Discontinued,Stopped after the pilot; see the évaluation, part 2.'.replace('Stopped after', '"Stopped after').replace('part 2.', 'part 2."'),
    '',
  ]);
  const json = await download(page, "JSON of these developments (this timeline's data format)");
  expect(json.name).toBe('vet-policy-timeline.json');
  const data = JSON.parse(json.text);
  expect(data.years).toEqual({ from: 2012, to: 2027 });
  expect(data.measures.map((m) => m.id)).toEqual(['synthetic-stopped']);
  await expectNoProblems(page, problems);
});

test('an embed offers the download too', async ({ page, problems }) => {
  await page.goto(`${STAGES}?measure=90001&embed=1`);
  const csv = await download(page, 'CSV of these developments (a table, a row per year)');
  expect(csv.text.split('\r\n').length).toBe(1 + 16 + 4 + 8 + 1);
  await expectNoProblems(page, problems);
});
