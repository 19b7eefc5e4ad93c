/**
 * Backup, hand-over, restore and secure delete through the service: each copy is a case file that opens
 * and verifies, carries every table (sources, custody log, export ledger, the export-signing key), and
 * is recorded in custody on both sides; destroy leaves no file behind.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { createService } from '../../src/core/service';
import { applyKey } from '../../src/core/store/pragmas';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();
const COLLEAGUE = 'a colleague passphrase for the copy';

/** Row count of every table, read with nothing but the key. */
function tableCounts(path: string, passphrase: string): Record<string, number> {
  const db = new Database(path, { readonly: true });
  try {
    applyKey(db, passphrase);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string;
    }[];
    return Object.fromEntries(tables.map((t) => [t.name, (db.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

describe('backup, hand-over, restore, destroy', () => {
  it('copies carry every table, verify, and are recorded on both sides', { timeout: 300_000 }, async () => {
    const dir = tmp();
    const casePath = join(dir, 'case.casefile');
    const { api, dispose } = createService();
    try {
      await api.createCase({ path: casePath, passphrase: PASS, title: 'Copies' });
      await api.addSource({ fileName: 'a.txt', bytes: new TextEncoder().encode('The soldier said he saw it.') });
      const backup = await api.backupCase({ destPath: join(dir, 'backup.casefile'), passphrase: PASS });
      const handover = await api.handOverCase({
        destPath: join(dir, 'jana.casefile'),
        passphrase: PASS,
        newPassphrase: COLLEAGUE,
        recipient: 'Jana',
      });
      await expect(api.backupCase({ destPath: join(dir, 'backup.casefile'), passphrase: PASS })).rejects.toMatchObject({
        code: 'ALREADY_EXISTS',
      });
      await expect(api.backupCase({ destPath: join(dir, 'x.casefile'), passphrase: 'wrong' })).rejects.toMatchObject({
        code: 'WRONG_PASSPHRASE',
      });
      const log = await api.custodyLog({});
      expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['case.backup', 'case.handover']));
      expect(log.find((e) => e.action === 'case.backup')?.details).toMatchObject({ file: 'backup.casefile', sha256: backup.sha256 });
      expect(log.find((e) => e.action === 'case.handover')?.details).toMatchObject({
        file: 'jana.casefile',
        sha256: handover.sha256,
        recipient: 'Jana',
      });
      await api.closeCase({});

      const original = tableCounts(casePath, PASS);
      expect(Object.keys(original)).toContain('signing_keys');
      expect(original.signing_keys).toBeGreaterThan(0);
      for (const [path, pass] of [
        [backup.path, PASS],
        [handover.path, COLLEAGUE],
      ]) {
        const copy = tableCounts(path, pass);
        expect(Object.keys(copy).sort()).toEqual(Object.keys(original).sort());
        for (const t of Object.keys(original)) if (t !== 'custody_log' && t !== 'case_meta') expect([t, copy[t]]).toEqual([t, original[t]]);
      }
      // The hand-over copy opens only with the colleague's passphrase and records where it came from.
      await expect(api.openCase({ path: handover.path, passphrase: PASS })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
      await api.openCase({ path: handover.path, passphrase: COLLEAGUE });
      expect((await api.verify({})).ok).toBe(true);
      expect((await api.custodyLog({})).some((e) => e.action === 'case.handover-received')).toBe(true);
      await api.closeCase({});

      const restored = await api.restoreCase({ backupPath: backup.path, destPath: join(dir, 'restored.casefile'), passphrase: PASS });
      await api.openCase({ path: restored.path, passphrase: PASS });
      expect((await api.verify({})).ok).toBe(true);
      expect((await api.custodyLog({})).at(-2)?.action).toBe('case.restore');
      expect((await api.listSources({})).map((s) => s.fileName)).toEqual(['a.txt']);
      await api.closeCase({});

      const destroyed = await api.destroyCase({ path: restored.path, passphrase: PASS });
      expect(destroyed.files).toContain(restored.path);
      expect(existsSync(restored.path)).toBe(false);
      expect(readdirSync(dir).filter((n) => n.includes('.part'))).toEqual([]);
    } finally {
      dispose();
    }
  });

  it('copies report their stages, stop cleanly when cancelled, and carry the signing key', { timeout: 300_000 }, async () => {
    const dir = tmp();
    const casePath = join(dir, 'case.casefile');
    const { api, dispose } = createService();
    const leftovers = () => readdirSync(dir).filter((n) => !/^case\.casefile(-wal|-shm)?$/.test(n));
    try {
      await api.createCase({ path: casePath, passphrase: PASS, title: 'Stages' });
      const created = (await api.custodyLog({})).find((e) => e.action === 'case.create');
      const fingerprint = created?.details.signingKey;
      expect(fingerprint).toMatch(/^[0-9A-F:]{95}$/);

      // A cancel between stages: no copy, no part, and the case records the abandoned output.
      const abort = new AbortController();
      const seen: string[] = [];
      const dest = join(dir, 'cancelled.casefile');
      await expect(
        api.backupCase(
          { destPath: dest, passphrase: PASS },
          {
            signal: abort.signal,
            onProgress: (p) => {
              seen.push(p.label ?? '');
              if (p.label === 'Writing the copy') abort.abort();
            },
          },
        ),
      ).rejects.toMatchObject({ code: 'CANCELLED' });
      expect(seen).toContain('Writing the copy');
      expect(seen).not.toContain('Checking the copy');
      expect(leftovers()).toEqual([]);
      expect((await api.custodyLog({})).at(-1)?.action).toBe('output.abandon');

      const progress: { done: number; total: number }[] = [];
      const backup = await api.backupCase({ destPath: join(dir, 'b.casefile'), passphrase: PASS }, { onProgress: (p) => progress.push(p) });
      expect(progress.at(-1)).toMatchObject({ done: 4, total: 4 });
      expect(backup.signingKey).toBe(fingerprint);
      const handover = await api.handOverCase({ destPath: join(dir, 'h.casefile'), passphrase: PASS, newPassphrase: COLLEAGUE });
      expect(handover.signingKey).toBe(fingerprint);
      // Destroying the open case with a wrong passphrase leaves it open and whole.
      await expect(api.destroyCase({ path: casePath, passphrase: 'not this one' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
      expect((await api.caseInfo({})).title).toBe('Stages');
      expect((await api.verify({})).ok).toBe(true);
      await api.closeCase({});

      const restoreAbort = new AbortController();
      const restoreTo = join(dir, 'restored.casefile');
      await expect(
        api.restoreCase(
          { backupPath: handover.path, destPath: restoreTo, passphrase: COLLEAGUE },
          { signal: restoreAbort.signal, onProgress: (p) => p.label === 'Putting it in place' && restoreAbort.abort() },
        ),
      ).rejects.toMatchObject({ code: 'CANCELLED' });
      expect(existsSync(restoreTo)).toBe(false);
      expect(leftovers().sort()).toEqual(['b.casefile', 'h.casefile']);
      const restored = await api.restoreCase({ backupPath: handover.path, destPath: restoreTo, passphrase: COLLEAGUE });
      expect(restored.signingKey).toBe(fingerprint);

      const shred: { done: number; total: number }[] = [];
      const destroyed = await api.destroyCase({ path: restoreTo, passphrase: COLLEAGUE }, { onProgress: (p) => shred.push(p) });
      expect(shred.at(-1)).toEqual({ done: destroyed.bytes, total: destroyed.bytes, label: 'Overwriting the case file' });
      expect(existsSync(restoreTo)).toBe(false);
    } finally {
      dispose();
    }
  });
});
