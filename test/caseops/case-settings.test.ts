/**
 * Case settings through the service: renaming the case (one custody entry with the old and new name,
 * kept after a re-lock, verify still passes) and a passphrase change that reports its stages.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../src/core/service';
import { PASS, useTempDir } from '../helpers/tmp';

describe('case settings', () => {
  const tmp = useTempDir();

  it('renames the case: the new title is kept, the custody log says from what to what, nothing else changes', async () => {
    const path = join(tmp(), 'r.casefile');
    const { api, dispose } = createService();
    try {
      const created = await api.createCase({ path, passphrase: PASS, title: 'Working title' });
      const renamed = await api.renameCase({ title: '  Case of the 155th brigade deserter  ' });
      expect(renamed.title).toBe('Case of the 155th brigade deserter');
      expect(renamed.caseId).toBe(created.caseId);
      expect(renamed.counts.custodyEntries).toBe(created.counts.custodyEntries + 1);
      const entry = (await api.custodyLog({})).at(-1);
      expect(entry).toMatchObject({
        action: 'case.rename',
        entity: 'case',
        entityId: created.caseId,
        details: { from: 'Working title', to: 'Case of the 155th brigade deserter' },
      });
      // The same name again is no change and no entry.
      expect((await api.renameCase({ title: 'Case of the 155th brigade deserter' })).counts.custodyEntries).toBe(
        renamed.counts.custodyEntries,
      );
      await expect(api.renameCase({ title: '   ' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await api.closeCase({});
      const reopened = await api.openCase({ path, passphrase: PASS });
      expect(reopened.title).toBe('Case of the 155th brigade deserter');
      expect((await api.verify({})).ok).toBe(true);
    } finally {
      await dispose();
    }
  });

  it('a passphrase change reports each stage, ending done; the new passphrase opens the case', async () => {
    const path = join(tmp(), 'p.casefile');
    const { api, dispose } = createService();
    try {
      await api.createCase({ path, passphrase: PASS, title: 'Rekeyed' });
      const seen: { done: number; total: number; label?: string }[] = [];
      await api.changePassphrase({ oldPassphrase: PASS, newPassphrase: 'a new long passphrase 42' }, { onProgress: (p) => seen.push(p) });
      expect(seen.map((p) => p.done)).toEqual([0, 1, 2, 3, 4]);
      expect(new Set(seen.map((p) => p.total))).toEqual(new Set([4]));
      expect(seen.map((p) => p.label)).toEqual([
        'Copying the case file',
        'Re-encrypting the copy',
        'Checking the copy',
        'Replacing the case file',
        'Done',
      ]);
      await api.closeCase({});
      await expect(api.openCase({ path, passphrase: PASS })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
      expect((await api.openCase({ path, passphrase: 'a new long passphrase 42' })).title).toBe('Rekeyed');
    } finally {
      await dispose();
    }
  });
});
