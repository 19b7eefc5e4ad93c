/**
 * The report fixture (fixture.ts) and one export of it under the icc profile, closed, in `dir` as
 * case.casefile and icc.pdf: what the signature and verify-export tests check. Made once per mutation run
 * in the verify-export group (made-once.ts): making it is a real export, seconds of CPU.
 */
import { join } from 'node:path';
import { createService } from '../../src/core/service';
import { madeOnce } from '../helpers/made-once';
import { PASS } from '../helpers/tmp';
import { buildFixtureCase, type Fixture } from './fixture';

export interface IccExport {
  fx: Fixture;
  pdfPath: string;
  /** The signing certificate's fingerprint, as exportPdf returned it. */
  signingCertificate: string;
}

export async function iccExport(dir: string): Promise<IccExport> {
  const made = await madeOnce('icc-export', dir, async (into) => {
    const fx = buildFixtureCase(join(into, 'case.casefile'), PASS);
    const svc = createService();
    try {
      await svc.api.openCase({ path: fx.path, passphrase: PASS });
      const r = await svc.api.exportPdf({ profile: 'icc', outPath: join(into, 'icc.pdf') });
      await svc.api.closeCase({});
      return { sourceIds: fx.sourceIds, sha: fx.sha, signingCertificate: r.signingCertificate };
    } finally {
      svc.dispose();
    }
  });
  return {
    fx: { path: join(dir, 'case.casefile'), sourceIds: made.sourceIds, sha: made.sha },
    pdfPath: join(dir, 'icc.pdf'),
    signingCertificate: made.signingCertificate,
  };
}
