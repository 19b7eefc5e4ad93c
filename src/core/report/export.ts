/**
 * exportPdf: model → manifest → PDF → file → ledger. The ledger row (exports) and the custody entry
 * (action `export.pdf`, recipient, profile, file SHA-256, size; never content) are written in ONE
 * ctx.write after the PDF bytes exist, so "what did we send to whom" always has an answer and a failed
 * export leaves no ledger row for a file that does not exist. Written to a file, the partial file's
 * record (../outputs.ts) adds `output.begin` before it and `export.file` (or `output.abandon`) after.
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CasefileError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import type { CallOptions } from '../../shared/contract/define';
import type { ExportResult } from '../../shared/contract/report';
import type { CaseContext } from '../context';
import { abandonOutput, beginOutput, endOutput, publishOutput } from '../outputs';
import { writeNewFileSynced } from '../store/durable';
import { buildManifest, manifestJson } from './manifest';
import { buildModel, type EvidenceModel } from './model';
import type { ExportProfileDef } from './profiles';
import { recordExport } from './queries';
import { renderPdf } from './render';
import { signPdf } from './sign';
import { sha256Hex } from '../ops/sources';
import { ensureSigningKey, SIGNING_ALGORITHM } from '../ops/signing-keys';

export interface ExportRequest {
  profile: ExportProfileDef;
  recipient?: string;
  preparedBy?: string;
  outPath?: string;
  overwrite?: boolean;
}

export async function exportPdf(ctx: CaseContext, req: ExportRequest, options: CallOptions = {}): Promise<ExportResult> {
  const outPath = req.outPath ? resolve(req.outPath) : null;
  if (outPath && existsSync(outPath) && !req.overwrite) {
    throw new CasefileError('ALREADY_EXISTS', `${outPath} already exists; choose another name or allow overwriting.`, { path: outPath });
  }
  if (outPath && !existsSync(dirname(outPath))) throw new CasefileError('NOT_FOUND', `The folder ${dirname(outPath)} does not exist.`);
  if (outPath) refuseCaseFileTarget(ctx, outPath);
  const exportId = newId('export');
  const createdAt = new Date().toISOString();
  const recipient = req.recipient?.trim() || req.profile.defaultRecipient;
  const preparedBy = req.preparedBy?.trim() || 'Casefile investigator';
  options.onProgress?.({ done: 0, total: 10, label: 'reading the case' });
  const key = ensureSigningKey(ctx);
  const signing = { fingerprint: key.fingerprint, algorithm: SIGNING_ALGORITHM };
  const { model, attachments } = buildModel(ctx, req.profile, {
    recipient,
    preparedBy,
    exportId,
    createdAt,
    assignPseudonyms: true,
    signing,
  });
  const manifest = buildManifest(model);
  const json = manifestJson(manifest);
  const unsigned = await renderPdf({ model, attachments, manifestJson: json, onProgress: options.onProgress, signal: options.signal });
  options.signal?.throwIfAborted();
  // Signed in memory, before anything is written: the file on disk is only ever the signed one.
  const pdf = await signPdf(unsigned, key, {
    signingTime: new Date(createdAt),
    name: `Casefile case ${model.caseId}`,
    reason: `Evidence summary ${exportId} for ${recipient}`,
  });
  const sha256 = sha256Hex(pdf);

  // Partial file beside the target, registered in the case first (../outputs.ts): a crash leaves nothing
  // under the real name, and the next open completes a ledgered part or removes it.
  const pending = outPath ? beginOutput(ctx, outPath, 'export', exportId) : null;
  let custodySeq: number;
  try {
    if (pending) writeNewFileSynced(pending.part, pdf);
    custodySeq = ctx.write((db) => {
      const seq = recordExport(db, {
        exportId,
        createdAt,
        recipient,
        profile: req.profile.name,
        fileName: outPath ? basename(outPath) : null,
        sha256,
        size: pdf.byteLength,
        manifestJson: json,
        signingFingerprint: key.fingerprint,
      });
      return {
        result: seq,
        custody: {
          action: 'export.pdf',
          entity: 'export',
          entityId: exportId,
          details: {
            recipient,
            profile: req.profile.name,
            sha256,
            size: pdf.byteLength,
            at: createdAt,
            signingCertificate: key.fingerprint,
          },
        },
      };
    });
  } catch (e) {
    if (pending) abandonOutput(ctx, pending);
    throw e;
  }
  if (pending) {
    publishOutput(pending);
    // The file is in place under its name: the record goes, and the log says where the export went.
    ctx.write((db) => {
      endOutput(db, pending);
      return {
        result: null,
        custody: { action: 'export.file', entity: 'export', entityId: exportId, details: { file: basename(pending.target), sha256 } },
      };
    });
  }
  return {
    path: outPath,
    bytes: outPath ? null : new Uint8Array(pdf),
    sha256,
    size: pdf.byteLength,
    exportId,
    custodySeq,
    createdAt,
    signingCertificate: key.fingerprint,
    manifest: summary(model, manifest.custodyHeadBefore),
  };
}

function summary(model: EvidenceModel, head: { seq: number; hash: string } | null): ExportResult['manifest'] {
  return {
    profile: model.profile.name,
    recipient: model.recipient,
    allegations: model.categories.reduce((n, c) => n + c.allegations.length, 0),
    events: model.timeline.length,
    statements: model.testimony.length,
    sources: model.sources.length,
    originalsEmbedded: model.sources.filter((s) => s.embedded).length,
    custodyHeadBefore: head,
  };
}

/** Never write an export over the case file itself or its SQLite companions (it would destroy the case). */
function refuseCaseFileTarget(ctx: CaseContext, outPath: string): void {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const target = existsSync(outPath) ? real(outPath) : join(real(dirname(outPath)), basename(outPath));
  const casePath = real(ctx.store.path);
  const protectedPaths = [casePath, `${casePath}-wal`, `${casePath}-shm`, `${casePath}-journal`];
  if (protectedPaths.includes(target)) {
    throw new CasefileError(
      'INVALID_INPUT',
      'That is the case file itself (or its journal). Choose another name for the PDF; nothing was written.',
      {
        path: outPath,
      },
    );
  }
}
