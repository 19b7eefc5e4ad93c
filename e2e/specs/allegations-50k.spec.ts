/**
 * The allegations table at 50,000 allegations (issue #11), in Chromium against the real core: the case is
 * seeded through the service (importJson of a case JSON with 50,000 allegations and their evidence links,
 * not through the screens), then the table must scroll, sort, filter, group, move with the keyboard and
 * open an allegation, each showing exactly the rows expected from the seeded data (worked out here, in
 * Node, from the same rows) and agreeing with the service. No timings here: they are in
 * bench/allegations-table.bench.ts.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { AllegationEditor } from '../models/AllegationEditor';
import { AllegationsScreen } from '../models/AllegationsScreen';
import { CaseShell } from '../models/CaseShell';
import { UnlockScreen } from '../models/UnlockScreen';
import { PASS, screenshotOf } from '../pages';
import { allegation, CATEGORIES, N, PLACES, type Seeded } from '../seed/big-case';

const seeded = Array.from({ length: N }, (_, i) => allegation(i));
const byLabel = (a: Seeded, b: Seeded) => a.label.toLowerCase().localeCompare(b.label.toLowerCase()) || a.i - b.i;
/** The table's opening order: by category (its label), then entry order. */
const opening = [...seeded].sort(byLabel);

/** The case, written by the core service in a child process (e2e/seed/fifty-thousand.ts), as the CLI would. */
function seedCase(dir: string): string {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../seed/fifty-thousand.ts'), dir, PASS], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  return out.trim().split('\n').at(-1)!;
}

test('allegations at 50,000: the table scrolls, sorts, filters, groups, moves by keyboard and opens the right one', async ({ app }) => {
  test.setTimeout(420_000);
  const { page } = app;
  const path = seedCase(app.dir);
  await app.answerOpenDialog(path);
  await page.getByRole('button', { name: /Open case file/ }).click();
  await new UnlockScreen(page).unlock();
  const shell = new CaseShell(page);
  await shell.goTo('Allegations');
  const list = new AllegationsScreen(page);
  await list.waitFor();
  await expect(list.count).toHaveText(`${N} rows`);
  const service = await page.evaluate(() => window.casefile.allegationRows({ limit: 3 }));
  expect(service.total).toBe(N);
  expect(service.rows.map((r) => r.id)).toEqual(opening.slice(0, 3).map((a) => a.id));
  // The chart counts every allegation (18 categories, each split by status).
  await expect(list.chart.locator('[data-category]')).toHaveCount(CATEGORIES.length);

  // Opening order, then scrolled to the middle and to the end: the rows there are the expected ones.
  await expect(list.dataRow(0)).toContainText(opening[0].description);
  await list.scrollTo(0.5);
  await expect.poll(() => list.firstRenderedIndex()).toBeGreaterThan(N / 4);
  const middle = await list.firstRenderedIndex();
  await expect(list.dataRow(middle + 3)).toContainText(opening[middle + 3].description);
  await list.scrollUntil(1, list.dataRow(N - 1));
  await expect(list.dataRow(N - 1)).toContainText(opening[N - 1].description);
  // The table itself (below the chart), scrolled to its last row.
  await screenshotOf(app, page.locator('.data-table'), 'allegations-50k');

  // Keyboard: Home, End, up, PageDown; Enter opens the active allegation.
  await list.scrollTo(0);
  await list.dataRow(0).focus();
  await page.keyboard.press('End');
  await expect(list.activeRow).toHaveAttribute('data-row-id', opening[N - 1].id);
  await page.keyboard.press('ArrowUp');
  await expect(list.activeRow).toHaveAttribute('data-row-id', opening[N - 2].id);
  await page.keyboard.press('Home');
  await page.keyboard.press('PageDown');
  const paged = Number(await list.activeRow.getAttribute('data-index'));
  expect(paged).toBeGreaterThan(3);
  await expect(list.activeRow).toHaveAttribute('data-row-id', opening[paged].id);
  await page.keyboard.press('Enter');
  const editor = new AllegationEditor(page);
  await editor.waitFor();
  expect(await editor.id()).toBe(opening[paged].id);
  await expect(editor.description).toHaveValue(opening[paged].description);
  await page.goBack();
  await list.waitFor();

  // Sorted by date, both ways (ties in entry order).
  const byDate = [...seeded].sort((a, b) => a.date.localeCompare(b.date) || a.i - b.i);
  await list.header('Date').getByRole('button').click();
  await expect(list.header('Date')).toHaveAttribute('aria-sort', 'ascending');
  await expect(list.dataRow(0)).toContainText(byDate[0].description);
  await expect(list.dataRow(1)).toContainText(byDate[1].description);
  await list.header('Date').getByRole('button').click();
  await expect(list.header('Date')).toHaveAttribute('aria-sort', 'descending');
  const latest = [...seeded].sort((a, b) => b.date.localeCompare(a.date) || a.i - b.i);
  await expect(list.dataRow(0)).toContainText(latest[0].description);
  await list.scrollUntil(1, list.dataRow(N - 1));
  await expect(list.dataRow(N - 1)).toContainText(latest[N - 1].description);
  await list.scrollTo(0);

  // Independent sources, most first: the allegations with two sources (every fifth) come first.
  await list.header('Independent sources').getByRole('button').click();
  await expect(list.dataRow(0).locator('td.numeric')).toHaveText('2');
  await expect(list.dataRow(0)).toContainText(seeded[0].description);
  await expect(list.dataRow(1)).toContainText(seeded[5].description);

  // Filters: status, then text (Cyrillic, any case), then both cleared.
  await list.status.selectOption('disputed');
  await expect(list.count).toHaveText(`${N / 4} of ${N} rows`);
  await expect(list.dataRow(0)).toContainText('disputed');
  await list.search.fill('a-31337');
  await expect(list.count).toHaveText(`0 of ${N} rows`);
  await list.status.selectOption('');
  await expect(list.count).toHaveText(`1 of ${N} rows`);
  await expect(list.dataRow(0)).toContainText(seeded[31337].description);
  await list.search.fill('БАХМУТ');
  const inBakhmut = seeded.filter((a) => a.i % PLACES.length === 5).length;
  await expect(list.count).toHaveText(`${inBakhmut} of ${N} rows`);
  const filtered = await page.evaluate(() => window.casefile.allegationRows({ search: 'бахмут', limit: 1 }));
  expect(filtered.matched).toBe(inBakhmut);
  await list.search.fill('');
  await expect(list.count).toHaveText(`${N} rows`);

  // Grouped by category: a heading with each category's count; the last group ends with its last row.
  await list.header('Date').getByRole('button').click();
  await list.groupByCategory.check();
  const first = opening[0].label;
  await expect(list.groupRows().first()).toHaveText(`Category: ${first} (${seeded.filter((a) => a.label === first).length})`);
  await list.scrollUntil(1, list.dataRow(N - 1 + CATEGORIES.length));
  const lastGroup = opening[N - 1].label;
  const lastOfGroup = seeded.filter((a) => a.label === lastGroup).sort((a, b) => a.date.localeCompare(b.date) || a.i - b.i);
  await expect(list.dataRow(N - 1 + CATEGORIES.length)).toContainText(lastOfGroup[lastOfGroup.length - 1].description);

  // Open one with a click: the editor shows it, and the service agrees.
  await list.scrollTo(0);
  await list.search.fill('A-00042');
  // Clicked only once the filtered list is in: a row of the list before could move under the pointer.
  await expect(list.count).toHaveText(`1 of ${N} rows`);
  await list.row('A-00042').click();
  await editor.waitFor();
  expect(await editor.id()).toBe(seeded[42].id);
  const got = await page.evaluate((id) => window.casefile.getAllegation({ id }), seeded[42].id);
  expect(got).toMatchObject({ description: seeded[42].description, status: seeded[42].status, category: seeded[42].category });
  expect(got.evidence).toHaveLength(1);
});
