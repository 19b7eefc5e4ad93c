/** Handlers for evidence summaries (PDF export, preview, ledger, verification). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HandlersOf } from '../../shared/contract/define';
import type { ExportRecord, reportContract } from '../../shared/contract/report';
import { CasefileError } from '../../shared/errors';
import { previewExport } from '../report/preview';
import { listProfiles, resolveProfile } from '../report/profiles';
import type { Session } from '../session';

// PDF writing and signing (pdfkit, signpdf, node-forge) and PDF reading (pdfjs) load at their first use:
// a command or a session that never exports never pays for them.
const pdfExport = () => import('../report/export');
const pdfVerify = () => import('../report/verify');

interface ExportRowSql {
  id: string;
  created_at: string;
  recipient: string;
  profile: string;
  file_name: string | null;
  sha256: string;
  size: number;
  custody_seq: number | null;
  manifest_json: string;
  signing_fingerprint: string | null;
}

function summaryOf(manifestJson: string): ExportRecord['summary'] {
  try {
    const m = JSON.parse(manifestJson) as {
      profile?: { name?: string };
      recipient?: string;
      custodyHeadBefore?: { seq: number; hash: string } | null;
      items?: { allegations?: unknown[]; events?: unknown[]; statements?: unknown[]; sources?: { embedded?: boolean }[] };
    };
    return {
      profile: m.profile?.name ?? '',
      recipient: m.recipient ?? '',
      allegations: m.items?.allegations?.length ?? 0,
      events: m.items?.events?.length ?? 0,
      statements: m.items?.statements?.length ?? 0,
      sources: m.items?.sources?.length ?? 0,
      originalsEmbedded: m.items?.sources?.filter((s) => s.embedded).length ?? 0,
      custodyHeadBefore: m.custodyHeadBefore ?? null,
    };
  } catch {
    return null;
  }
}

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
    listExports: () => {
      const rows = session.ctx().db.prepare('SELECT * FROM exports ORDER BY created_at, id').all() as ExportRowSql[];
      return rows.map((r) => ({
        exportId: r.id,
        createdAt: r.created_at,
        recipient: r.recipient,
        profile: r.profile,
        fileName: r.file_name,
        sha256: r.sha256,
        size: r.size,
        custodySeq: r.custody_seq,
        signingCertificate: r.signing_fingerprint,
        summary: summaryOf(r.manifest_json),
      }));
    },
    verifyExport: async ({ pdfPath, bytes, checkAgainstCase }) => {
      let data: Uint8Array;
      if (bytes) data = bytes;
      else {
        try {
          data = readFileSync(resolve(pdfPath as string));
        } catch (e) {
          throw new CasefileError('NOT_FOUND', `Cannot read ${pdfPath}: ${(e as NodeJS.ErrnoException).code ?? 'error'}.`);
        }
      }
      const ctx = checkAgainstCase ? session.ctx() : null;
      const { verifyExportBytes } = await pdfVerify();
      return verifyExportBytes(data, ctx);
    },
  };
}
