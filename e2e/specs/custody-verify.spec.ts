/**
 * Verify in the custody log names what does not match (issue #10): an entry changed in the file while the
 * case was locked (as someone with the key and SQLite could) is named by its number after the next
 * unlock. The intact case verifying is in sources.spec.ts; each kind of finding is in
 * test/guards/custody-findings.test.ts.
 */
import { CaseStore } from '../../src/core/store/case-store';
import { expect, test } from '../fixtures';
import { CaseShell } from '../models/CaseShell';
import { CustodyLogScreen } from '../models/CustodyLogScreen';
import { createCase, lock, PASS, unlock } from '../pages';

/** Rewrite one custody entry's details in place, the append-only guard dropped first, its hash left as it was. */
function forgeEntry(path: string, seq: number): void {
  const store = CaseStore.open(path, PASS);
  try {
    store.db.exec('DROP TRIGGER custody_append_only_update');
    store.db.prepare('UPDATE custody_log SET details = ? WHERE seq = ?').run('{"forged":true}', seq);
  } finally {
    store.close();
  }
}

test('Verify names the custody entry that was changed behind the app', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const path = await createCase(app, { title: 'Tampered log' });
  await page.evaluate(async () => {
    await window.casefile.upsertPerson({ name: 'Pavel Orlov' });
    await window.casefile.addEvent({ title: 'Crossed the border' });
  });
  await lock(app);
  forgeEntry(path, 2);
  await unlock(app);

  const shell = new CaseShell(page);
  const custody = new CustodyLogScreen(page);
  await shell.custodyCount.click();
  await expect(custody.heading).toBeVisible();
  await custody.verify.click();
  await expect(custody.result).toHaveRole('alert');
  await expect(custody.result).toContainText('Verification failed.');
  await expect(custody.result).toContainText(/Custody entry #2 does not match: custody entry 2 \(.+\): content does not match its hash/);
});
