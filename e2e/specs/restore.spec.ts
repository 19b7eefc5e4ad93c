/**
 * Restore from the start screen: a backup made through the service is restored over an existing case only
 * after the explicit "Replace it"; the backup is only read; the restored case opens, verifies and holds
 * what the backup held, and records the restore. And what an interrupted copy left is tidied at the next
 * open, and said.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { CaseShell } from '../models/CaseShell';
import { RestoreScreen } from '../models/RestoreScreen';
import { StartScreen } from '../models/StartScreen';
import { UnlockScreen } from '../models/UnlockScreen';
import { PASS, screenshotWhole, sha256 } from '../pages';
import { withService } from '../service';

test('restore a backup: refuses to overwrite without the choice, verifies, and opens', async ({ app }) => {
  test.setTimeout(300_000);
  const { page } = app;
  const original = join(app.dir, 'original.casefile');
  const backup = join(app.dir, 'original-backup.casefile');
  const existing = join(app.dir, 'existing.casefile');
  await withService(async (call) => {
    await call('createCase', { path: original, passphrase: PASS, title: 'Restored subject' });
    await call('addSource', { fileName: 'note.txt', bytes: new TextEncoder().encode('The unit crossed on the third day.') });
    await call('backupCase', { destPath: backup, passphrase: PASS });
    await call('closeCase', {});
    await call('createCase', { path: existing, passphrase: PASS, title: 'Another case' });
    await call('closeCase', {});
  });
  const backupHash = sha256(backup);
  const existingHash = sha256(existing);

  const start = new StartScreen(page);
  const restore = new RestoreScreen(page);
  await start.restoreButton.click();
  await expect(restore.heading).toBeVisible();

  // Nothing chosen: each part says what it needs.
  await restore.restore.click();
  await expect(restore.problemAt('Backup')).toHaveText('Choose the backup to restore.');
  await expect(restore.problemAt('Restore to')).toHaveText('Choose where to put the restored case.');
  await expect(restore.passphrase).toHaveAttribute('aria-invalid', 'true');

  await app.answerOpenDialog(backup);
  await restore.chooseBackup.click();
  await expect(restore.backup).toHaveText(backup);
  await app.answerSaveDialog(existing);
  await restore.chooseDest.click();
  await expect(restore.dest).toHaveText(existing);

  // The place holds a case: refused, said next to the place, and the case is untouched until "Replace it".
  await restore.passphrase.fill(PASS);
  await restore.restore.click();
  await expect(restore.problemAt('Restore to')).toContainText('A file already exists', { timeout: 120_000 });
  expect(sha256(existing)).toBe(existingHash);
  await restore.restore.click();
  await expect(restore.problemAt('Restore to')).toContainText('tick “Replace it”');
  expect(sha256(existing)).toBe(existingHash);

  // Replacing, but with a wrong passphrase: said next to it, and the case there is still untouched.
  await restore.replace.check();
  await restore.passphrase.fill('not the passphrase of it');
  await restore.restore.click();
  await expect(restore.passphrase).toHaveAccessibleDescription(/does not open this backup/, { timeout: 120_000 });
  expect(sha256(existing)).toBe(existingHash);
  await restore.passphrase.fill(PASS);
  await restore.restore.click();
  await expect(restore.result).toBeVisible({ timeout: 120_000 });
  expect(await restore.result.getByTestId('copy-sha256').textContent()).toBe(sha256(existing));
  await expect(restore.result).toContainText('case.restore');
  expect(sha256(backup)).toBe(backupHash);
  await screenshotWhole(app, 'restore');

  await withService(async (call) => {
    const info = await call('openCase', { path: existing, passphrase: PASS });
    expect(info.title).toBe('Restored subject');
    expect((await call('verify', {})).ok).toBe(true);
    expect((await call('listSources', {})).map((s) => s.fileName)).toEqual(['note.txt']);
    const restoredEntry = (await call('custodyLog', {})).find((e) => e.action === 'case.restore');
    expect(restoredEntry?.details).toMatchObject({ from: 'original-backup.casefile', backupSha256: backupHash });
    await call('closeCase', {});
  });

  // The restored case opens in the app (the place was chosen as a new case file: it may be opened next).
  await restore.openRestored.click();
  const unlock = new UnlockScreen(page);
  await unlock.waitFor();
  await unlock.unlock(PASS);
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible({ timeout: 120_000 });
  await expect(new CaseShell(page).title).toHaveText('Restored subject');
});

test('an interrupted re-key’s leftover copy is removed at the next open, and the case screen says so', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  const casePath = join(app.dir, 'interrupted.casefile');
  await withService(async (call) => {
    await call('createCase', { path: casePath, passphrase: PASS, title: 'Interrupted' });
    await call('closeCase', {});
  });
  // What a re-key killed before its rename leaves: an encrypted copy beside the case (here: junk bytes).
  const leftover = `${casePath}.rekey-0123456789abcdef.part`;
  writeFileSync(leftover, randomBytes(4096));
  await app.answerOpenDialog(casePath);
  await new StartScreen(page).openCaseButton.click();
  const unlock = new UnlockScreen(page);
  await unlock.waitFor();
  await unlock.unlock(PASS);
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Opening this case tidied up' })).toContainText(
    'removed an unfinished passphrase change file an interrupted run left behind (interrupted.casefile.rekey-0123456789abcdef.part)',
  );
  expect(existsSync(leftover)).toBe(false);
});
