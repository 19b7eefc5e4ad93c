/**
 * verify-export: check (0) the PDF signature over every byte of the file (signature-check.ts), then read
 * the PDF with pdfjs (no poppler needed in the core), take its embedded manifest and check (1) each
 * attachment's SHA-256 against the manifest, (2) nothing is attached that the manifest does not list, and,
 * given the case, (3) the case id, each source's hash against the case, (4) that this exact file (its
 * SHA-256) is in the export ledger and (5) that the case's own key signed it. Without the case, (0) is what
 * proves the file unchanged since it was signed; the fingerprint it reports, compared with the sender's
 * out of band, proves who signed it. (1)+(2) alone would pass someone who changed an original AND its
 * manifest entry.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CasefileError } from '../../shared/errors';
import type { VerifyExportReport } from '../../shared/contract/report';
import type { CaseContext } from '../context';
import { getSigningKey } from '../ops/signing-keys';
import { openUntrustedPdf } from '../pdfjs-safe';
import { MANIFEST_ATTACHMENT, Manifest } from './manifest';
import { checkSignature } from './signature-check';
import { exportBySha256, recordedSha256 } from './queries';

/** The report's shape is the contract's (shared/contract/report.ts), declared once. */
export type VerifyExportResult = VerifyExportReport;
export type VerifyExportProblem = VerifyExportReport['problems'][number];

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function readAttachments(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const task = await openUntrustedPdf(bytes);
  try {
    const doc = await task.promise;
    const raw = ((await doc.getAttachments()) ?? {}) as Record<string, { filename?: string; content?: Uint8Array }>;
    const out = new Map<string, Uint8Array>();
    for (const [key, a] of Object.entries(raw)) if (a?.content) out.set(a.filename ?? key, a.content);
    await doc.destroy();
    return out;
  } finally {
    await task.destroy();
  }
}

/**
 * Verify a PDF given as bytes, or by path (read here, with a clear error when it cannot be); against the
 * case that `caseToCheck` returns, if any (asked for after the file is read).
 */
export async function verifyExport(
  input: { pdfPath?: string; bytes?: Uint8Array },
  caseToCheck: () => CaseContext | null,
): Promise<VerifyExportResult> {
  let data: Uint8Array;
  if (input.bytes) data = input.bytes;
  else {
    try {
      data = readFileSync(resolve(input.pdfPath as string));
    } catch (e) {
      throw new CasefileError('NOT_FOUND', `Cannot read ${input.pdfPath}: ${(e as NodeJS.ErrnoException).code ?? 'error'}.`);
    }
  }
  return verifyExportBytes(data, caseToCheck());
}

export async function verifyExportBytes(pdf: Uint8Array, ctx: CaseContext | null): Promise<VerifyExportResult> {
  const problems: VerifyExportProblem[] = [];
  const pdfSha256 = sha(pdf);
  const { problems: signatureProblems, ...signature } = checkSignature(pdf);
  for (const message of signatureProblems) problems.push({ kind: 'signature', message });
  const result: VerifyExportResult = {
    ok: false,
    pdfSha256,
    signature,
    manifest: null,
    attachments: [],
    checkedAgainstCase: ctx !== null,
    ledger: null,
    problems,
  };
  let files: Map<string, Uint8Array>;
  try {
    files = await readAttachments(pdf);
  } catch (e) {
    problems.push({ kind: 'pdf', message: `Not a readable PDF: ${(e as Error).message.slice(0, 200)}` });
    return result;
  }
  const rawManifest = files.get(MANIFEST_ATTACHMENT);
  if (!rawManifest) {
    problems.push({
      kind: 'manifest',
      message: `No embedded ${MANIFEST_ATTACHMENT}: this is not a Casefile export, or the manifest was removed.`,
    });
    return result;
  }
  let manifest: Manifest;
  try {
    manifest = Manifest.parse(JSON.parse(Buffer.from(rawManifest).toString('utf8')));
  } catch (e) {
    problems.push({ kind: 'manifest', message: `The embedded manifest is not valid: ${(e as Error).message.slice(0, 200)}` });
    return result;
  }
  if (signature.fingerprint && manifest.signingCertificate && manifest.signingCertificate !== signature.fingerprint)
    problems.push({
      kind: 'signature',
      message: `The file is signed with certificate ${signature.fingerprint}, but its manifest names ${manifest.signingCertificate}: it was re-signed by someone else.`,
    });
  result.manifest = {
    exportId: manifest.exportId,
    caseId: manifest.caseId,
    profile: manifest.profile.name,
    recipient: manifest.recipient,
    createdAt: manifest.createdAt,
  };

  const expected = new Map<string, { sha256: string | null; size: number; ref: string }>();
  for (const s of manifest.items.sources) {
    if (s.embedded && s.attachment) expected.set(s.attachment, { sha256: s.sha256, size: s.size, ref: s.ref });
    if (s.rendition)
      expected.set(s.rendition.attachment, { sha256: s.rendition.sha256, size: s.rendition.size, ref: `${s.ref} (rendition)` });
  }
  for (const [name, exp] of expected) {
    const content = files.get(name);
    if (!content) {
      problems.push({
        kind: 'attachment',
        message: `Source ${exp.ref}: the manifest lists attachment “${name}” but the PDF does not contain it.`,
      });
      result.attachments.push({ name, sha256: '', expected: exp.sha256, ok: false });
      continue;
    }
    const got = sha(content);
    const ok = got === exp.sha256 && content.byteLength === exp.size;
    if (!ok)
      problems.push({
        kind: 'attachment',
        message: `Source ${exp.ref}: attachment “${name}” has SHA-256 ${got}, the manifest says ${exp.sha256}.`,
      });
    result.attachments.push({ name, sha256: got, expected: exp.sha256, ok });
  }
  for (const [name, content] of files) {
    if (name === MANIFEST_ATTACHMENT || expected.has(name)) continue;
    problems.push({ kind: 'attachment', message: `Attachment “${name}” is not listed in the manifest.` });
    result.attachments.push({ name, sha256: sha(content), expected: null, ok: false });
  }

  if (ctx) {
    const caseId = ctx.store.meta().caseId;
    if (caseId !== manifest.caseId) {
      problems.push({ kind: 'case', message: `The export is from case ${manifest.caseId}; the open case is ${caseId}.` });
    } else {
      for (const s of manifest.items.sources) {
        const recorded = recordedSha256(ctx.db, s.id);
        if (recorded === null) problems.push({ kind: 'case', message: `Source ${s.ref} (${s.id}) is not in the case.` });
        else if (s.sha256 && recorded !== s.sha256)
          problems.push({ kind: 'case', message: `Source ${s.ref}: the case has SHA-256 ${recorded}, the manifest says ${s.sha256}.` });
      }
      const caseKey = getSigningKey(ctx.db);
      if (signature.fingerprint && caseKey && caseKey.fingerprint !== signature.fingerprint)
        problems.push({
          kind: 'signature',
          message: `The file is signed with certificate ${signature.fingerprint}, not with this case’s key (${caseKey.fingerprint}).`,
        });
      const ledger = exportBySha256(ctx.db, pdfSha256);
      if (!ledger) {
        problems.push({
          kind: 'ledger',
          message: `This file (SHA-256 ${pdfSha256}) is not in the case's export ledger: it was changed after export, or never exported from this case.`,
        });
      } else {
        const { exportId, createdAt, recipient, profile, custodySeq } = ledger;
        result.ledger = { exportId, createdAt, recipient, profile, custodySeq };
        if (exportId !== manifest.exportId)
          problems.push({ kind: 'ledger', message: `Ledger export ${exportId} does not match the manifest's ${manifest.exportId}.` });
      }
    }
  }
  result.ok = problems.length === 0;
  return result;
}
