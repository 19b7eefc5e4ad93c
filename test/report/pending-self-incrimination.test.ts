/**
 * An original whose text carries a self-incriminating passage must not reach a recipient whose profile
 * leaves such passages out, even while the importer's suggestion for it is still pending review.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../src/core/service';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();
const SEED = join(__dirname, '../../seeds/003_af513c7c8f5fecbe.txt');

describe('pending self-incriminating suggestions', () => {
  it('withhold the original under asylum, release it under icc', async () => {
    const { api, dispose } = createService();
    try {
      await api.createCase({ path: join(tmp(), 'pending.casefile'), passphrase: PASS });
      const [r] = (await api.importFiles({ files: [{ fileName: '003.txt', bytes: new Uint8Array(readFileSync(SEED)) }] })).results;
      expect(r.ok).toBe(true);
      const pending = await api.listSuggestions({ kind: 'allegation' });
      expect(pending.some((s) => (s.payload as { selfIncriminating?: boolean }).selfIncriminating)).toBe(true);

      const asylum = await api.exportPdf({ profile: 'asylum' });
      expect(asylum.manifest.originalsEmbedded).toBe(0);
      const icc = await api.exportPdf({ profile: 'icc' });
      expect(icc.manifest.originalsEmbedded).toBe(1);
    } finally {
      dispose();
    }
  });
});
