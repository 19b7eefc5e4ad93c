/**
 * Opening a case deals with what an interrupted re-key or restore left beside it: the leftover copy is
 * removed, the open's result says so, and its `case.open` custody entry lists it (by file name only).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../src/core/service';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();

describe('opening a case', () => {
  it('removes the leftovers of an interrupted re-key and restore, reports them and records them in case.open', async () => {
    const dir = tmp();
    const path = join(dir, 'c.casefile');
    const { api, dispose } = createService();
    try {
      await api.createCase({ path, passphrase: PASS });
      await api.closeCase({});
      const rekey = `${path}.rekey-0123456789abcdef.part`;
      const restore = `${path}.restore-fedcba9876543210.part`;
      for (const f of [rekey, restore]) writeFileSync(f, 'encrypted leftover');

      const info = await api.openCase({ path, passphrase: PASS });
      expect(existsSync(rekey) || existsSync(restore)).toBe(false);
      expect(info.recovered).toEqual(
        expect.arrayContaining([
          { kind: 'rekey', file: rekey, action: 'removed' },
          { kind: 'restore', file: restore, action: 'removed' },
        ]),
      );
      const open = (await api.custodyLog({})).filter((e) => e.action === 'case.open').at(-1);
      expect(open?.details).toEqual({
        recovered: expect.arrayContaining([
          { kind: 'rekey', file: 'c.casefile.rekey-0123456789abcdef.part', action: 'removed' },
          { kind: 'restore', file: 'c.casefile.restore-fedcba9876543210.part', action: 'removed' },
        ]),
      });

      // A clean open reports nothing and records no details.
      await api.closeCase({});
      expect((await api.openCase({ path, passphrase: PASS })).recovered).toBeUndefined();
      expect((await api.custodyLog({})).at(-1)).toMatchObject({ action: 'case.open' });
      expect((await api.custodyLog({})).at(-1)?.details).toEqual({});
    } finally {
      dispose();
    }
  });
});
