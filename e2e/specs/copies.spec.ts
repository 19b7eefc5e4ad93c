/**
 * Backup and hand-over of the open case. What the screen says is checked against the file on disk and,
 * through the service, against what the copy holds: a backup opens with the case's passphrase and
 * verifies; a hand-over copy opens only with the colleague's passphrase, records the hand-over in itself,
 * and signs exports with the case's own key.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { CaseShell } from '../models/CaseShell';
import { CopiesScreen } from '../models/CopiesScreen';
import { createCase, PASS, screenshotWhole, sha256 } from '../pages';
import { withService } from '../service';

const COLLEAGUE = 'quiet harbour lantern spruce 92';

test('back up the open case: verified, with its SHA-256 and custody entry; the backup opens and verifies', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  const casePath = await createCase(app, { title: 'Backup subject' });
  await page.evaluate(() =>
    window.casefile.addSource({ fileName: 'statement.txt', bytes: new TextEncoder().encode('He said he saw the order given.') }),
  );
  const shell = new CaseShell(page);
  const copies = new CopiesScreen(page);
  await shell.goTo('Backup and hand-over');
  await expect(copies.heading).toBeVisible();
  const target = join(app.dir, 'backup.casefile');

  // A wrong passphrase is said next to its field; nothing is written.
  await copies.backupPassphrase.fill('not the passphrase of it');
  await app.answerSaveDialog(target);
  await copies.backUp.click();
  await expect(copies.backupPassphrase).toHaveAttribute('aria-invalid', 'true', { timeout: 120_000 });
  await expect(copies.backupPassphrase).toHaveAccessibleDescription(/not the passphrase of this case/);
  expect(existsSync(target)).toBe(false);

  // The case file itself is never a backup target (the path gate refuses it; the screen says so).
  await copies.backupPassphrase.fill(PASS);
  await app.answerSaveDialog(casePath);
  await copies.backUp.click();
  await expect(copies.alerts.filter({ hasText: 'No backup was written' })).toContainText('is a case file', { timeout: 120_000 });

  await copies.backupPassphrase.fill(PASS);
  await app.answerSaveDialog(target);
  await copies.backUp.click();
  await expect(copies.backupResult).toBeVisible({ timeout: 120_000 });
  const shown = await copies.shownSha256(copies.backupResult);
  expect(shown).toBe(sha256(target));
  await expect(copies.line(copies.backupResult, 'Verified')).toContainText('Opened again after writing');
  const log = await page.evaluate(() => window.casefile.custodyLog({}));
  const entry = log.find((e) => e.action === 'case.backup');
  expect(entry?.details).toMatchObject({ file: 'backup.casefile', sha256: shown });
  await expect(copies.line(copies.backupResult, 'Custody (this case)')).toContainText(`#${entry?.seq} case.backup`);
  await expect(copies.line(copies.backupResult, 'Custody (this case)')).toContainText(entry?.hash ?? 'no entry');
  const fingerprint = String(log.find((e) => e.action === 'case.create')?.details.signingKey);
  await expect(copies.line(copies.backupResult, 'Signing key')).toContainText(fingerprint);
  await expect(shell.custodyCount).toHaveText(`${log.length} custody entries`);
  expect(readdirSync(app.dir).filter((n) => n.endsWith('.part'))).toEqual([]);
  await screenshotWhole(app, 'backup');

  // Through the service: the backup is a case file that opens with the same passphrase and verifies.
  await shell.lock();
  await withService(async (call) => {
    const info = await call('openCase', { path: target, passphrase: PASS });
    expect(info.title).toBe('Backup subject');
    expect((await call('verify', {})).ok).toBe(true);
    expect((await call('listSources', {})).map((s) => s.fileName)).toEqual(['statement.txt']);
    expect((await call('custodyLog', {})).some((e) => e.action === 'case.backup-copy')).toBe(true);
    await call('closeCase', {});
  });
});

test('hand over to a colleague under a new passphrase: only that one opens the copy, which carries the signing key', async ({ app }) => {
  test.setTimeout(300_000);
  const { page } = app;
  await createCase(app, { title: 'Hand-over subject' });
  const shell = new CaseShell(page);
  const copies = new CopiesScreen(page);
  await shell.goTo('Backup and hand-over');
  const target = join(app.dir, 'jana.casefile');

  await copies.handoverPassphrase.fill(PASS);
  await copies.recipient.fill('Jana N.');
  // The rules of case creation: a weak passphrase needs the acknowledgement, the two must match.
  await copies.colleague.fill('short');
  await copies.colleagueRepeat.fill('short');
  await expect(copies.acceptWeak).toBeVisible();
  await expect(copies.handOver).toBeDisabled();
  await copies.colleague.fill(COLLEAGUE);
  await expect(copies.acceptWeak).toHaveCount(0);
  await expect(copies.colleagueRepeat).toHaveAttribute('aria-invalid', 'true');
  await copies.colleagueRepeat.fill(COLLEAGUE);
  await expect(copies.colleagueRepeat).toHaveAttribute('aria-invalid', 'false');
  await app.answerSaveDialog(target);
  await copies.handOver.click();
  await expect(copies.handoverResult).toBeVisible({ timeout: 120_000 });
  expect(await copies.shownSha256(copies.handoverResult)).toBe(sha256(target));

  // Custody on both sides, as shown.
  const log = await page.evaluate(() => window.casefile.custodyLog({}));
  const ours = log.find((e) => e.action === 'case.handover');
  expect(ours?.details).toMatchObject({ file: 'jana.casefile', recipient: 'Jana N.', sha256: sha256(target) });
  await expect(copies.line(copies.handoverResult, 'Custody (this case)')).toContainText(`#${ours?.seq} case.handover`);
  await expect(copies.line(copies.handoverResult, 'Custody (the copy)')).toContainText('case.handover-received');
  const fingerprint = String(log.find((e) => e.action === 'case.create')?.details.signingKey);
  await expect(copies.line(copies.handoverResult, 'Signing key')).toContainText(fingerprint);
  await expect(copies.handoverResult).toContainText('opens only with the colleague’s passphrase (for Jana N.).');
  await screenshotWhole(app, 'handover');
  await shell.lock();

  await withService(async (call) => {
    await expect(call('openCase', { path: target, passphrase: PASS })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const info = await call('openCase', { path: target, passphrase: COLLEAGUE });
    expect(info.title).toBe('Hand-over subject');
    expect((await call('verify', {})).ok).toBe(true);
    const theirs = (await call('custodyLog', {})).find((e) => e.action === 'case.handover-received');
    expect(theirs?.details).toMatchObject({ recipient: 'Jana N.' });
    // The colleague's exports are signed with the case's own key.
    const exported = await call('exportPdf', { profile: 'icc' });
    expect(exported.signingCertificate).toBe(fingerprint);
    await call('closeCase', {});
  });
});
