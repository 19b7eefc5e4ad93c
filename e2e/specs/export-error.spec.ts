/**
 * Errors appear where the user is looking (issue #10): an export that cannot be written (its folder is
 * gone) says so in words, in view after the click, and writes nothing; the case is unchanged.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { CaseShell } from '../models/CaseShell';
import { ExportScreen } from '../models/ExportScreen';
import { createCase } from '../pages';

test('a failed export shows its reason in view, in words, and the ledger stays empty', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await createCase(app, { title: 'Export error' });
  await page.evaluate(() => window.casefile.addAllegation({ category: 'pillage', description: 'Looting of the village shop' }));
  await new CaseShell(page).goTo('Export');
  const screen = new ExportScreen(page);
  await expect(screen.heading).toBeVisible();
  const out = join(app.dir, 'no-such-folder', 'summary.pdf');
  // A short window, so the Export button is reached by scrolling and an alert placed elsewhere would be out of view.
  if (app.kind === 'chromium') await page.setViewportSize({ width: 1000, height: 420 });
  await screen.recipient.fill('Investigator');
  await app.answerSaveDialog(out);
  await screen.exportButton.click();
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible({ timeout: 120_000 });
  await expect(alert).toBeInViewport();
  // Words a person understands, naming the folder, not a schema path, an errno or a stack.
  const text = (await alert.textContent()) ?? '';
  expect(text).not.toMatch(/ZodError|invalid_type|\bat \w+ \(|ENOENT|\["?\w+"?\]/);
  expect(text).toContain('The PDF was not written');
  expect(text).toContain('no-such-folder does not exist');
  expect(existsSync(out)).toBe(false);
  await expect(screen.ledgerRows).toHaveCount(0);
  expect(await page.evaluate(() => window.casefile.listExports({}))).toEqual([]);
});
