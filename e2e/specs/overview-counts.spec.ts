/**
 * The overview's counts change at once (no re-lock, no reload) after an import, an accept and an export:
 * the data layer invalidates what each operation changes. Each number is checked against the service.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '../fixtures';
import { CaseShell } from '../models/CaseShell';
import { ExportScreen } from '../models/ExportScreen';
import { OverviewScreen } from '../models/OverviewScreen';
import { ReviewScreen } from '../models/ReviewScreen';
import { SourcesScreen } from '../models/SourcesScreen';
import { createCase } from '../pages';

const SEEDS = resolve(import.meta.dirname, '../../seeds');

test('the overview counts follow an import, an accept and an export at once', async ({ app }) => {
  test.setTimeout(360_000);
  const { page } = app;
  const shell = new CaseShell(page);
  const overview = new OverviewScreen(page);
  const counts = () => page.evaluate(() => window.casefile.caseInfo({}).then((i) => i.counts));
  await createCase(app, { title: 'Counts' });
  for (const stat of ['sources', 'statements', 'suggestions', 'exports'] as const) await overview.expectCount(stat, 0);

  // An import: sources and suggestions to review.
  const files = readdirSync(SEEDS)
    .filter((f) => f !== 'expected.json' && !f.startsWith('.'))
    .sort()
    .map((f) => join(SEEDS, f));
  await shell.goTo('Sources');
  await new SourcesScreen(page).importByPicker(app, files);
  await shell.goTo('Overview');
  const imported = await counts();
  expect(imported.sources).toBe(files.length);
  expect(imported.pendingSuggestions).toBeGreaterThan(0);
  await overview.expectCount('sources', files.length);
  await overview.expectCount('suggestions', imported.pendingSuggestions);

  // An accept (a quote, with the keyboard): one statement more, fewer suggestions waiting.
  await overview.stat('suggestions').click();
  const review = new ReviewScreen(page);
  await review.waitFor();
  await review.filterKind('quote');
  await review.panel.focus();
  await review.press('accept');
  await expect.poll(async () => (await counts()).statements).toBeGreaterThan(0);
  const accepted = await counts();
  expect(accepted.pendingSuggestions).toBeLessThan(imported.pendingSuggestions);
  await shell.goTo('Overview');
  await overview.expectCount('statements', accepted.statements);
  await overview.expectCount('suggestions', accepted.pendingSuggestions);

  // An export: the exports tile counts it.
  await shell.goTo('Export');
  const exportScreen = new ExportScreen(page);
  await expect(exportScreen.heading).toBeVisible();
  await exportScreen.exportTo(app, join(app.dir, 'counts.pdf'), 'Asylum authority, case officer');
  await shell.goTo('Overview');
  await overview.expectCount('exports', 1);
  expect((await counts()).exports).toBe(1);
});
