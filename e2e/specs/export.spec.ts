import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { CaseShell } from '../models/CaseShell';
import { screenshot, sha256 } from '../pages';

test('export the demo case as a PDF; the ledger records it', async ({ app }) => {
  // Building the demo imports every sample article through the whole pipeline: allow it time.
  test.setTimeout(300_000);
  const { page } = app;
  await page.getByRole('button', { name: /Open the demo case/ }).click();
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible({ timeout: 240_000 });

  await new CaseShell(page).goTo('Export');
  await expect(page.getByRole('heading', { name: 'Export', level: 1 })).toBeVisible();
  await expect(page.getByText('Nothing has been exported from this case yet.')).toBeVisible();

  // Pick a profile other than the first: the preview follows the choice.
  const profiles = await page.evaluate(() => window.casefile.exportProfiles({}));
  const chosen = profiles.find((p) => p.name === 'war-crimes-unit') ?? profiles[profiles.length - 1];
  const expected = await page.evaluate((name) => window.casefile.previewExport({ profile: name }), chosen.name);
  await page.getByRole('radio', { name: chosen.title, exact: true }).check();
  await expect(page.getByRole('textbox', { name: 'Recipient', exact: true })).toHaveValue(chosen.defaultRecipient);
  const preview = page.getByTestId('export-preview');
  await expect(preview.locator('li', { hasText: 'Statements' })).toContainText(String(expected.included.statements));
  await expect(preview.locator('li', { hasText: /^Allegations/ })).toContainText(String(expected.included.allegations.length));
  for (const w of expected.warnings) await expect(preview).toContainText(w);

  await page.getByRole('textbox', { name: 'Recipient', exact: true }).fill('Investigator, war crimes unit');
  await page.getByRole('textbox', { name: 'Prepared by' }).fill('Casefile e2e');
  const out = join(app.dir, 'summary.pdf');
  await app.answerSaveDialog(out);
  await page.getByRole('button', { name: 'Export PDF…' }).click();

  await expect(page.getByRole('heading', { name: 'Exported' })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText('summary.pdf')).toBeVisible();
  const shown = (await page.getByTestId('result-sha256').textContent()) ?? '';
  expect(shown).toMatch(/^[0-9a-f]{64}$/);
  expect(existsSync(out)).toBe(true);
  expect(sha256(out)).toBe(shown);

  const row = page.locator('table.ledger tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Investigator, war crimes unit');
  await expect(row).toContainText(chosen.name);
  await expect(row.locator('code.hash')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(row.locator('code.hash')).toHaveText(shown);
  const ledger = await page.evaluate(() => window.casefile.listExports({}));
  expect(ledger).toHaveLength(1);
  expect(ledger[0]).toMatchObject({ sha256: shown, recipient: 'Investigator, war crimes unit', profile: chosen.name });

  // The whole screen in one picture: profile, preview, result and ledger (the window is taller than the default).
  if (app.kind === 'chromium') {
    const height = await page.evaluate(() => document.querySelector('.content')?.scrollHeight ?? 800);
    await page.setViewportSize({ width: 1200, height: Math.min(Math.max(height, 800), 1800) });
  }
  await screenshot(app, 'export');
});
