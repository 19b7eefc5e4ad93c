/**
 * Destroying the open case: the file chosen for it, the name typed, the passphrase again; a wrong one
 * leaves the case open and whole. Afterwards nothing of the file is left in its folder, the start screen
 * says what was overwritten, and the recent list has forgotten it. The note on what secure delete cannot
 * reach is the README's own paragraph.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readmeParagraph, SECURE_DELETE_LEAD } from '../../src/shared/readme-note';
import { expect, test } from '../fixtures';
import { CaseShell } from '../models/CaseShell';
import { DestroyScreen } from '../models/DestroyScreen';
import { StartScreen } from '../models/StartScreen';
import { createCase, PASS, screenshot } from '../pages';

test('destroy the open case: typed name and passphrase, then no file is left', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  const casePath = await createCase(app, { title: 'To be destroyed', file: 'destroy-me.casefile' });
  const other = join(app.dir, 'other.casefile');
  writeFileSync(other, 'another file');
  const shell = new CaseShell(page);
  const destroy = new DestroyScreen(page);
  await shell.goTo('Settings');
  await destroy.open.click();
  await expect(destroy.heading).toBeVisible();
  await expect(shell.section('Settings')).toHaveAttribute('aria-current', 'page');

  // The README's words, by reference (the build takes them from README.md).
  const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
  await expect(destroy.note).toContainText(readmeParagraph(readme, SECURE_DELETE_LEAD));
  await expect(destroy.note).toContainText('wear levelling');

  // Nothing chosen or typed: each part says what it needs; then the wrong file, the wrong name.
  await destroy.destroy.click();
  await expect(destroy.fileProblem).toHaveText('Choose this case’s file first.');
  await expect(destroy.name).toHaveAttribute('aria-invalid', 'true');
  await expect(destroy.passphrase).toHaveAttribute('aria-invalid', 'true');
  await app.answerOpenDialog(other);
  await destroy.chooseFile.click();
  await expect(destroy.fileProblem).toContainText('not this case’s file (destroy-me.casefile)');
  await app.answerOpenDialog(casePath);
  await destroy.chooseFile.click();
  await expect(destroy.file).toHaveText(casePath);
  await expect(destroy.fileProblem).toHaveCount(0);
  await destroy.name.fill('To be destroye');
  await destroy.passphrase.fill(PASS);
  await destroy.destroy.click();
  await expect(destroy.name).toHaveAccessibleDescription(/Type the case’s name exactly: To be destroyed/);
  expect(existsSync(casePath)).toBe(true);

  // A wrong passphrase: said next to it, the case stays open and whole.
  await destroy.name.fill('To be destroyed');
  await destroy.passphrase.fill('not the passphrase of it');
  await screenshot(app, 'destroy');
  await destroy.destroy.click();
  await expect(destroy.passphrase).toHaveAttribute('aria-invalid', 'true', { timeout: 120_000 });
  await expect(destroy.passphrase).toHaveAccessibleDescription(/Nothing was destroyed/);
  expect((await page.evaluate(() => window.casefile.verify({}))).ok).toBe(true);

  await destroy.passphrase.fill(PASS);
  await destroy.destroy.click();
  const start = new StartScreen(page);
  await start.waitFor();
  await expect(page.getByRole('status').filter({ hasText: '“To be destroyed” was destroyed' })).toContainText(
    'overwritten with random data',
  );
  expect(existsSync(casePath)).toBe(false);
  expect(readdirSync(app.dir).filter((n) => n.startsWith('destroy-me.casefile'))).toEqual([]);
  await expect(start.recent('destroy-me.casefile')).toHaveCount(0);
  // The service has no case open any more.
  await expect(page.evaluate(() => window.casefile.caseInfo({}))).rejects.toThrow();
});
