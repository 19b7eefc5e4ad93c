/**
 * Sources in, read, found: the five seed articles by the file picker and by drag and drop, a pasted text,
 * a source's highlighted spans, Ctrl+K landing on a span, the custody log verified.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '../fixtures';
import { CaseShell } from '../models/CaseShell';
import { SourceScreen } from '../models/SourceScreen';
import { SourcesScreen } from '../models/SourcesScreen';
import { createCase } from '../pages';

const SEEDS = resolve(import.meta.dirname, '../../seeds');
const seeds = () =>
  readdirSync(SEEDS)
    .filter((f) => f !== 'expected.json' && !f.startsWith('.'))
    .sort()
    .map((f) => join(SEEDS, f));

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
