/**
 * Sources in, read, found: the five seed articles by the file picker and by drag and drop, a pasted text,
 * a source's highlighted spans, Ctrl+K landing on a span, the custody log verified.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '../fixtures';
import { CaseShell } from '../models/CaseShell';
import { CustodyLogScreen } from '../models/CustodyLogScreen';
import { OverviewScreen } from '../models/OverviewScreen';
import { SearchPalette } from '../models/SearchPalette';
import { SourceScreen } from '../models/SourceScreen';
import { SourcesScreen } from '../models/SourcesScreen';
import { createCase, foreignRequests, screenshot } from '../pages';

const SEEDS = resolve(import.meta.dirname, '../../seeds');
const seeds = () =>
  readdirSync(SEEDS)
    .filter((f) => f !== 'expected.json' && !f.startsWith('.'))
    .sort()
    .map((f) => join(SEEDS, f));

test('import the seeds by the file picker, read one with its spans, find a phrase with Ctrl+K and land on it, verify the log', async ({
  app,
}) => {
  test.setTimeout(480_000);
  const { page } = app;
  const shell = new CaseShell(page);
  const sources = new SourcesScreen(page);
  const overview = new OverviewScreen(page);
  await createCase(app, { title: 'Seeds by picker' });
  const files = seeds();
  expect(files.length).toBeGreaterThanOrEqual(5);

  await shell.goTo('Sources');
  await sources.importByPicker(app, files);
  for (const f of files) await expect(sources.batchItem(f.split('/').pop()!)).toHaveAttribute('data-status', 'imported');
  await expect(sources.table.locator('tbody tr[data-row-id]')).toHaveCount(files.length);
  await screenshot(app, 'sources');

  // The overview knows at once (no re-lock): the data layer refreshed what the import changed.
  await shell.goTo('Overview');
  await overview.expectCount('sources', files.length);
  const info = await page.evaluate(() => window.casefile.caseInfo({}));
  await overview.expectCount('suggestions', info.counts.pendingSuggestions);
  expect(info.counts.pendingSuggestions).toBeGreaterThan(0);

  // Open the first source from the table with the keyboard: its suggestion spans are highlighted by kind.
  await shell.goTo('Sources');
  await sources.table.locator('tbody tr[data-row-id]').first().focus();
  await page.keyboard.press('Enter');
  const source = new SourceScreen(page);
  await expect(source.cleanText).toBeVisible();
  await expect(source.spans().first()).toBeVisible();
  const kinds = await source.spans().evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-kind')))]);
  expect(kinds.length).toBeGreaterThan(1);
  const text = await page.evaluate(async () => {
    const id = location.hash.split('/')[2];
    return window.casefile.getSourceText({ sourceId: id });
  });
  if (text.language) await expect(source.cleanText).toHaveAttribute('lang', text.language);
  await expect(source.sha256).toHaveText(/^[0-9a-f]{64}$/);
  await screenshot(app, 'source');
  await source.tab('Custody entries').click();
  await expect(source.custody.locator('li', { hasText: 'source.import' })).toHaveCount(1);

  // Ctrl+K: a phrase from the middle of that text; Enter opens the source scrolled to that very span.
  const words = text.text.split(/\s+/).filter((w) => /^[\p{L}]{5,}$/u.test(w));
  const phrase = words[Math.floor(words.length / 2)];
  const search = new SearchPalette(page);
  await shell.goTo('Overview');
  await search.open();
  await search.find(phrase);
  await expect(search.hits.first().locator('mark').first()).toHaveText(new RegExp(phrase, 'i'));
  // A source without a detected title is named by its file, as in the table (not "Untitled").
  await expect(search.hits.locator('.hit-title').filter({ hasText: /^Untitled$/ })).toHaveCount(0);
  await screenshot(app, 'search');
  await search.input.focus(); // the screenshot helper blurs the focused element
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/sources\/[^/]+\/at\/\d+\/\d+$/);
  await expect(source.target.first()).toBeVisible();
  await expect(source.target.first()).toBeInViewport();
  expect((await source.target.allTextContents()).join('')).toMatch(new RegExp(`^${phrase}$`, 'i'));

  // The custody log: filter by action, then Verify names no problem.
  const custody = new CustodyLogScreen(page);
  await shell.custodyCount.click();
  await expect(custody.heading).toBeVisible();
  await custody.action.selectOption('source.import');
  await expect(custody.rows()).toHaveCount(files.length);
  await custody.action.selectOption('');
  await custody.verify.click();
  await expect(custody.result).toContainText(`all ${files.length} sources match`);
  await screenshot(app, 'custody');
  expect(foreignRequests(app)).toEqual([]);
});

test('import by dropping files on the window, and paste a text as a new source', async ({ app }) => {
  test.skip(app.kind === 'electron', 'A drop of real files needs the OS (webUtils.getPathForFile); the chromium project covers it.');
  test.setTimeout(240_000);
  const { page } = app;
  const shell = new CaseShell(page);
  const sources = new SourcesScreen(page);
  await createCase(app, { title: 'Seeds by drop' });
  await shell.goTo('Sources');
  const files = seeds();
  await sources.importByDrop(app, files);
  for (const f of files) await expect(sources.batchItem(f.split('/').pop()!)).toHaveAttribute('data-status', 'imported');
  await expect(sources.table.locator('tbody tr[data-row-id]')).toHaveCount(files.length);

  // A file dropped again is reported, not stored twice; the case still has five sources.
  await sources.importByDrop(app, [files[0]]);
  await expect(sources.batchItem(files[0].split('/').pop()!)).toHaveAttribute('data-status', 'duplicate');

  const pasted = 'Pasted report. Captain Oleg Petrov said on 12 March 2024 that he had deserted and applied for asylum in Germany.';
  await sources.paste(pasted, 'A pasted report');
  const source = new SourceScreen(page);
  await expect(source.title).toHaveText('A pasted report');
  await expect(source.cleanText).toContainText('Captain Oleg Petrov');
  await source.tab('Original as received').click();
  await expect(source.original).toHaveText(pasted);
  const log = await page.evaluate(() => window.casefile.custodyLog({}));
  const entry = log.find((e) => e.action === 'source.import' && e.details.origin === 'pasted');
  expect(entry).toBeTruthy();
  expect(await page.evaluate(() => window.casefile.listSources({}))).toHaveLength(files.length + 1);
});

test('correct what the importer derived: the original is unchanged and each correction is a custody entry', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const shell = new CaseShell(page);
  const sources = new SourcesScreen(page);
  const source = new SourceScreen(page);
  await createCase(app);
  await shell.goTo('Sources');
  await sources.paste('An article without a headline about a defector from unit 1234.');
  const before = await page.evaluate(() => window.casefile.listSources({}).then((s) => s[0]));
  await source.correctDetails.click();
  await source.field('Title').fill('Defector from unit 1234');
  await source.field('Publisher').fill('Example Gazette');
  await source.field('Publication date').fill('5 May');
  await source.saveCorrections.click();
  await expect(source.field('Publication date')).toHaveAttribute('aria-invalid', 'true');
  await expect(source.field('Publication date')).toHaveAccessibleDescription(/2024-05-31/);
  await source.field('Publication date').fill('2024-05-05');
  await source.field('URL').fill('https://example.org/defector');
  await source.saveCorrections.click();
  await expect(source.title).toHaveText('Defector from unit 1234');
  const after = await page.evaluate(() => window.casefile.listSources({}).then((s) => s[0]));
  expect(after).toMatchObject({
    sha256: before.sha256,
    outlet: 'Example Gazette',
    publishedDate: '2024-05-05',
    url: 'https://example.org/defector',
  });
  const log = await page.evaluate(() => window.casefile.custodyLog({}));
  const corrections = log.filter((e) => e.action === 'source.correct');
  expect(corrections.at(-1)?.details).toMatchObject({
    changes: {
      title: { to: 'Defector from unit 1234' },
      outlet: { from: null, to: 'Example Gazette' },
      url: { to: 'https://example.org/defector' },
    },
  });
  const verified = await page.evaluate(() => window.casefile.verify({}));
  expect(verified.ok).toBe(true);
});

test('a batch lists each file that could not be imported with its reason, and imports the rest', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const shell = new CaseShell(page);
  const sources = new SourcesScreen(page);
  await createCase(app, { title: 'Mixed batch' });
  await shell.goTo('Sources');
  const junk = join(app.dir, 'blob.bin');
  writeFileSync(junk, Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 9, 8, 7, 6, 0, 0, 0, 0]));
  const vanished = join(app.dir, 'moved-away.txt');
  writeFileSync(vanished, 'This file is chosen, then moved away before its turn comes.');
  const good = seeds()[0];
  // The picker hands out the three paths; the second is gone by the time it is read.
  await app.answerOpenDialog(good, vanished, junk);
  rmSync(vanished);
  await sources.importButton.click();
  await expect(page.getByRole('heading', { name: /^Import finished: 1 of 3 imported/ })).toBeVisible({ timeout: 120_000 });
  await expect(sources.batchItem(good.split('/').pop()!)).toHaveAttribute('data-status', 'imported');
  await expect(sources.batchItem('moved-away.txt')).toHaveAttribute('data-status', 'failed');
  await expect(sources.batchItem('moved-away.txt')).toContainText('it is no longer there');
  await expect(sources.batchItem('blob.bin')).toHaveAttribute('data-status', 'failed');
  await expect(sources.batchItem('blob.bin').locator('.batch-detail')).not.toBeEmpty();
  await expect(sources.table.locator('tbody tr[data-row-id]')).toHaveCount(1);
  expect(await page.evaluate(() => window.casefile.listSources({}))).toHaveLength(1);
});
