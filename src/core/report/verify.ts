/**
 * verify-export: check (0) the PDF signature over every byte of the file (signature-check.ts), then read
 * the PDF with pdfjs (no poppler needed in the core), take its embedded manifest and check (1) each
 * attachment's SHA-256 against the manifest, (2) nothing is attached that the manifest does not list, nor
 * any name twice (a reader shows both copies; a check by name would see one), and,
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

/** A file in the PDF's embedded-files tree, by the name a reader shows for it; null content: none embedded. */
interface Attachment {
  name: string;
  content: Uint8Array | null;
}

/** Every file the PDF attaches, in its tree's order: two may carry the same name, filed under different keys. */
async function readAttachments(bytes: Uint8Array): Promise<Attachment[]> {
  const task = await openUntrustedPdf(bytes);
  // Stryker disable BlockStatement: the finally block: destroying the task (and its document) frees pdf.js's copy of the file, the report is the same either way (a next-line comment cannot reach a finally; this also covers the try block, which every test needs)
  try {
    const doc = await task.promise;
    // pdf.js gives every entry a file name ("unnamed" when it has none) and null content when nothing is embedded.
    const raw = ((await doc.getAttachments()) ?? {}) as Record<string, { filename: string; content: Uint8Array | null }>;
    return Object.values(raw).map((a) => ({ name: a.filename, content: a.content }));
  } finally {
    await task.destroy();
  }
}
// Stryker restore BlockStatement

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
      // Stryker disable next-line StringLiteral: what readFileSync throws carries a code (a system error's, or Node's ERR_…); the fallback is for anything else
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      throw new CasefileError('NOT_FOUND', `Cannot read ${input.pdfPath}: ${code}.`);
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
  let attached: Attachment[];
  try {
    attached = await readAttachments(pdf);
  } catch (e) {
    // Stryker disable next-line MethodExpression: pdf.js refuses a file in short fixed sentences ("Invalid PDF structure."); the cut is for one it might not
    problems.push({ kind: 'pdf', message: `Not a readable PDF: ${(e as Error).message.slice(0, 200)}` });
    return result;
  }
  // The copies of each name, with content or not. A reader shows every copy; the check must see them all, or a
  // second file under a listed name would pass as the listed one.
  const files = new Map<string, (Uint8Array | null)[]>();
  for (const a of attached) files.set(a.name, [...(files.get(a.name) ?? []), a.content]);
  for (const [name, copies] of files)
    if (copies.length > 1)
      problems.push({
        kind: 'attachment',
        message: `The PDF attaches ${copies.length} files named “${name}”; an export attaches each once.`,
      });
  const rawManifest = files.get(MANIFEST_ATTACHMENT)?.[0];
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
    const copies = (files.get(name) ?? []).filter((c) => c !== null);
    if (copies.length === 0) {
      problems.push({
        kind: 'attachment',
        message: `Source ${exp.ref}: the manifest lists attachment “${name}” but the PDF does not contain it.`,
      });
      result.attachments.push({ name, sha256: '', expected: exp.sha256, ok: false });
      continue;
    }
    for (const content of copies) {
      const got = sha(content);
      const ok = got === exp.sha256 && content.byteLength === exp.size;
      if (!ok)
        problems.push({
          kind: 'attachment',
          message: `Source ${exp.ref}: attachment “${name}” has SHA-256 ${got}, the manifest says ${exp.sha256}.`,
        });
      result.attachments.push({ name, sha256: got, expected: exp.sha256, ok });
    }
  }
  for (const [name, copies] of files) {
    if (name === MANIFEST_ATTACHMENT || expected.has(name)) continue;
    for (const content of copies) {
      problems.push({ kind: 'attachment', message: `Attachment “${name}” is not listed in the manifest.` });
      result.attachments.push({ name, sha256: content ? sha(content) : '', expected: null, ok: false });
    }
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
