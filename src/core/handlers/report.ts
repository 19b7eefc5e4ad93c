/** Handlers for evidence summaries (PDF export, preview, ledger, verification). */
import type { HandlersOf } from '../../shared/contract/define';
import type { reportContract } from '../../shared/contract/report';
import { listExports } from '../ops/exports';
import { previewExport } from '../report/preview';
import { listProfiles, resolveProfile } from '../report/profiles';
import type { Session } from '../session';

// PDF writing and signing (pdfkit, signpdf, node-forge) and PDF reading (pdfjs) load at their first use:
// a command or a session that never exports never pays for them.
const pdfExport = () => import('../report/export');
const pdfVerify = () => import('../report/verify');

export function reportHandlers(session: Session): HandlersOf<typeof reportContract> {
  return {
    exportProfiles: () => listProfiles(),
    previewExport: ({ profile, customProfile }) => previewExport(session.ctx(), resolveProfile(profile, customProfile)),
    exportPdf: async ({ profile, customProfile, recipient, preparedBy, outPath, overwrite }, options) => {
      const ctx = session.ctx();
      const def = resolveProfile(profile, customProfile);
      const { exportPdf } = await pdfExport();
      return exportPdf(ctx, { profile: def, recipient, preparedBy, outPath, overwrite }, options);
    },
    listExports: () => listExports(session.ctx().db),
    verifyExport: async ({ pdfPath, bytes, checkAgainstCase }) => {
      const { verifyExport } = await pdfVerify();
      return verifyExport({ pdfPath, bytes }, () => (checkAgainstCase ? session.ctx() : null));
    },
  };
}
