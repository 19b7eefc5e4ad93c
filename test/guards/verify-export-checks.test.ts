/**
 * verify-export's checks one at a time (report/verify.ts), on small signed PDFs whose manifest and
 * attachments each test chooses (signed-pdf.ts): a file passes only when every attachment is the one its
 * manifest lists (bytes and size), by the file name a reader shows, nothing else is attached and no name
 * twice (a reader shows both copies, a check by name would see one), the manifest names the certificate that
 * signed it, and — with the case — the case is the export's, every listed source is in it with the same
 * hash, the case's own key signed the file and this exact file is in the ledger as that export. Each
 * failure is named, and nothing about a file it cannot read is made up.
 * (test/guards/verify-export-attachments.test.ts does the same for attachments on a real export.)
 */
import { createPrivateKey } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseContext } from '../../src/core/context';
import { recordExport } from '../../src/core/ops/exports';
import { getSigningKey, type SigningKey } from '../../src/core/ops/signing-keys';
import { addSource } from '../../src/core/ops/sources';
import { Manifest } from '../../src/core/report/manifest';
import { verifyExport, verifyExportBytes } from '../../src/core/report/verify';
import { CaseStore } from '../../src/core/store/case-store';
import { madeOnce } from '../helpers/made-once';
import { PASS } from '../helpers/tmp';
import { type Attached, manifest, manifestFile, type ManifestSource, sha256, sign, tinyPdf } from './signed-pdf';

let dir: string;
let store: CaseStore;
let ctx: CaseContext;
let key: SigningKey;
let otherKey: SigningKey;
let caseId: string;
const A = Buffer.from('original A: an article as received');
const B = Buffer.from('original B: another article');
const RENDITION = Buffer.from('redacted text of B');
let srcA: ManifestSource;
let srcB: ManifestSource;

/** Another case's signing key, kept as its rows are (the key's DER, the certificate). */
interface KeyRow {
  id: string;
  createdAt: string;
  privateKeyDer: string;
  certificateDer: string;
  fingerprint: string;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-guard-verify-checks-'));
  // A case holding A and B, and another case's key: made once per mutation run (made-once.ts).
  const made = await madeOnce('verify-checks-case', dir, (into) => {
    const s = CaseStore.create(join(into, 'case.casefile'), PASS, 'Verify');
    try {
      const c = new CaseContext(s);
      const a = addSource(c, { fileName: 'a.txt', bytes: new Uint8Array(A), mediaType: 'text/plain' }).source;
      const b = addSource(c, { fileName: 'b.txt', bytes: new Uint8Array(B), mediaType: 'text/plain' }).source;
      const other = CaseStore.create(join(into, 'other.casefile'), PASS, 'Other');
      const k = getSigningKey(other.db)!;
      other.close();
      rmSync(join(into, 'other.casefile'));
      const row: KeyRow = {
        id: k.id,
        createdAt: k.createdAt,
        privateKeyDer: k.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
        certificateDer: k.certificateDer.toString('base64'),
        fingerprint: k.fingerprint,
      };
      return { a: a.id, b: b.id, other: row };
    } finally {
      s.close();
    }
  });
  store = CaseStore.open(join(dir, 'case.casefile'), PASS);
  ctx = new CaseContext(store);
  caseId = store.meta().caseId;
  key = getSigningKey(ctx.db)!;
  otherKey = {
    id: made.other.id,
    createdAt: made.other.createdAt,
    privateKey: createPrivateKey({ key: Buffer.from(made.other.privateKeyDer, 'base64'), format: 'der', type: 'pkcs8' }),
    certificateDer: Buffer.from(made.other.certificateDer, 'base64'),
    fingerprint: made.other.fingerprint,
  };
  const a = { id: made.a };
  const b = { id: made.b };
  srcA = {
    ref: 'S1',
    id: a.id,
    sha256: sha256(A),
    size: A.length,
    embedded: true,
    attachment: 'S1-a.txt',
    withheldReason: null,
    rendition: null,
  };
  srcB = {
    ref: 'S2',
    id: b.id,
    sha256: sha256(B),
    size: B.length,
    embedded: false,
    attachment: null,
    withheldReason: 'names a protected person',
    rendition: { attachment: 'S2-b.redacted.txt', sha256: sha256(RENDITION), size: RENDITION.length },
  };
}, 60_000);

afterAll(() => {
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const FILES: Attached[] = [
  { name: 'S1-a.txt', bytes: A },
  { name: 'S2-b.redacted.txt', bytes: RENDITION },
];

/** A signed PDF with `files` and the manifest (signing certificate filled in unless given). */
async function exportOf(files: Attached[], m: Partial<Manifest> = {}, signer = key): Promise<Buffer> {
  const man = manifest(caseId, [srcA, srcB], { signingCertificate: signer.fingerprint, ...m });
  return sign(await tinyPdf([...files, manifestFile(man)]), signer);
}

/** Record `pdf` in the case's export ledger as export `exportId`. */
function ledger(pdf: Buffer, exportId = 'export_TEST0000000001'): number {
  return ctx.write((db) => ({
    result: recordExport(db, {
      exportId,
      createdAt: '2025-01-02T03:04:05.000Z',
      recipient: 'Test recipient',
      profile: 'icc',
      fileName: 'x.pdf',
      sha256: sha256(pdf),
      size: pdf.length,
      manifestJson: '{}',
      signingFingerprint: key.fingerprint,
    }),
    custody: { action: 'export.pdf', entity: 'export', entityId: exportId, details: { sha256: sha256(pdf) } },
  }));
}

/**
 * `pdf` (unsigned, as tinyPdf makes it) with the file specification of the attachment named `name`
 * changed in place, at the same length so no offset moves: the file name a reader shows (the key it is
 * filed under in the name tree stays), or its embedded content taken out (/EF renamed).
 */
function editFileSpec(pdf: Buffer, name: string, edit: { filename?: string; noContent?: boolean }): Buffer {
  const text = pdf.toString('latin1');
  const at = text.indexOf(`/F (${name})`);
  expect(at).toBeGreaterThan(0);
  const start = text.lastIndexOf(' obj', at);
  const end = text.indexOf('endobj', at);
  let spec = text.slice(start, end);
  if (edit.filename !== undefined) {
    expect(edit.filename.length).toBe(name.length);
    spec = spec.replaceAll(`(${name})`, `(${edit.filename})`);
  }
  if (edit.noContent) spec = spec.replace('/EF <<', '/XF <<');
  expect(spec.length).toBe(end - start);
  return Buffer.from(text.slice(0, start) + spec + text.slice(end), 'latin1');
}

/** `pdf` (unsigned) with the name-tree key `name` renamed to `key` (same length); the file spec keeps its name. */
function rekey(pdf: Buffer, name: string, key: string): Buffer {
  const text = pdf.toString('latin1');
  const m = new RegExp(`\\(${name.replace(/[.]/g, '\\.')}\\)( \\d+ 0 R)`).exec(text);
  expect(m).not.toBeNull();
  expect(key.length).toBe(name.length);
  return Buffer.from(text.slice(0, m!.index) + `(${key})${m![1]}` + text.slice(m!.index + m![0].length), 'latin1');
}

const kinds = (r: { problems: { kind: string }[] }) => r.problems.map((p) => p.kind);
const messages = (r: { problems: { kind: string; message: string }[] }, kind: string) =>
  r.problems.filter((p) => p.kind === kind).map((p) => p.message);

describe('an export that is what it says', () => {
  it('verifies without the case: every listed original and rendition present and equal, the manifest summarised', async () => {
    const pdf = await exportOf(FILES);
    const r = await verifyExportBytes(pdf, null);
    expect(r.problems).toEqual([]);
    expect(r).toMatchObject({
      ok: true,
      pdfSha256: sha256(pdf),
      checkedAgainstCase: false,
      ledger: null,
      signature: { valid: true, fingerprint: key.fingerprint },
      manifest: {
        exportId: 'export_TEST0000000001',
        caseId,
        profile: 'icc',
        recipient: 'Test recipient',
        createdAt: '2025-01-02T03:04:05.000Z',
      },
    });
    expect(r.attachments).toEqual([
      { name: 'S1-a.txt', sha256: sha256(A), expected: sha256(A), ok: true },
      { name: 'S2-b.redacted.txt', sha256: sha256(RENDITION), expected: sha256(RENDITION), ok: true },
    ]);
  });

  it('verifies against its case once ledgered, and reports the ledger entry', async () => {
    const pdf = await exportOf(FILES, { exportId: 'export_LEDGERED000001' });
    const seq = ledger(pdf, 'export_LEDGERED000001');
    const r = await verifyExportBytes(pdf, ctx);
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.checkedAgainstCase).toBe(true);
    expect(r.ledger).toEqual({
      exportId: 'export_LEDGERED000001',
      createdAt: '2025-01-02T03:04:05.000Z',
      recipient: 'Test recipient',
      profile: 'icc',
      custodySeq: seq,
    });
  });

  it('a manifest that names no certificate is not a signature problem (exports made before signing)', async () => {
    const r = await verifyExportBytes(await exportOf(FILES, { signingCertificate: null }), null);
    expect(r.problems).toEqual([]);
  });
});

describe('attachments against the manifest', () => {
  it('an original whose bytes differ is named with both hashes; so is one of the right bytes but another size in the manifest', async () => {
    const changed = Buffer.from('original A: an article as CHANGED');
    const r = await verifyExportBytes(await exportOf([{ name: 'S1-a.txt', bytes: changed }, FILES[1]]), null);
    expect(r.ok).toBe(false);
    expect(messages(r, 'attachment')).toEqual([
      `Source S1: attachment “S1-a.txt” has SHA-256 ${sha256(changed)}, the manifest says ${sha256(A)}.`,
    ]);
    expect(r.attachments[0]).toEqual({ name: 'S1-a.txt', sha256: sha256(changed), expected: sha256(A), ok: false });

    // Changed without changing its length: the hash alone shows it.
    const sameLength = Buffer.from('original A: an article as RECEIVED');
    expect(sameLength.length).toBe(A.length);
    const same = await verifyExportBytes(await exportOf([{ name: 'S1-a.txt', bytes: sameLength }, FILES[1]]), null);
    expect(messages(same, 'attachment')).toEqual([
      `Source S1: attachment “S1-a.txt” has SHA-256 ${sha256(sameLength)}, the manifest says ${sha256(A)}.`,
    ]);

    const man = manifest(caseId, [{ ...srcA, size: A.length + 1 }, srcB], { signingCertificate: key.fingerprint });
    const sized = await verifyExportBytes(await sign(await tinyPdf([...FILES, manifestFile(man)]), key), null);
    expect(sized.ok).toBe(false);
    expect(messages(sized, 'attachment')).toEqual([
      `Source S1: attachment “S1-a.txt” has SHA-256 ${sha256(A)}, the manifest says ${sha256(A)}.`,
    ]);
    expect(sized.attachments[0].ok).toBe(false);
  });

  it('a changed rendition is named as the source’s rendition', async () => {
    const r = await verifyExportBytes(await exportOf([FILES[0], { name: 'S2-b.redacted.txt', bytes: Buffer.from('other text') }]), null);
    expect(messages(r, 'attachment')).toEqual([
      expect.stringMatching(/^Source S2 \(rendition\): attachment “S2-b\.redacted\.txt” has SHA-256/),
    ]);
  });

  it('a listed original or rendition the PDF lacks is named, and listed as not present', async () => {
    const r = await verifyExportBytes(await exportOf([]), null);
    expect(r.ok).toBe(false);
    expect(messages(r, 'attachment')).toEqual([
      'Source S1: the manifest lists attachment “S1-a.txt” but the PDF does not contain it.',
      'Source S2 (rendition): the manifest lists attachment “S2-b.redacted.txt” but the PDF does not contain it.',
    ]);
    expect(r.attachments).toEqual([
      { name: 'S1-a.txt', sha256: '', expected: sha256(A), ok: false },
      { name: 'S2-b.redacted.txt', sha256: '', expected: sha256(RENDITION), ok: false },
    ]);
  });

  it('a file the manifest does not list is named — also a withheld original attached after all', async () => {
    const r = await verifyExportBytes(
      await exportOf([...FILES, { name: 'planted.txt', bytes: Buffer.from('x') }, { name: 'S2-b.txt', bytes: B }], {
        items: { ...manifest(caseId, []).items, sources: [srcA, { ...srcB, attachment: 'S2-b.txt' }] },
      }),
      null,
    );
    expect(r.ok).toBe(false);
    expect(messages(r, 'attachment')).toEqual([
      'Attachment “planted.txt” is not listed in the manifest.',
      'Attachment “S2-b.txt” is not listed in the manifest.',
    ]);
    expect(r.attachments.slice(2)).toEqual([
      { name: 'planted.txt', sha256: sha256('x'), expected: null, ok: false },
      { name: 'S2-b.txt', sha256: sha256(B), expected: null, ok: false },
    ]);
  });
});

describe('attachments as a reader shows them', () => {
  const man = () => manifestFile(manifest(caseId, [srcA, srcB], { signingCertificate: key.fingerprint }));

  it('an attachment is known by the file name a reader shows, not by the key it is filed under', async () => {
    const pdf = await sign(rekey(await tinyPdf([...FILES, man()]), 'S1-a.txt', 'K9-x.txt'), key);
    const r = await verifyExportBytes(pdf, null);
    expect(r.problems).toEqual([]);
    expect(r.attachments.map((a) => a.name)).toEqual(['S1-a.txt', 'S2-b.redacted.txt']);
  });

  it('a second file under a listed name (filed under another key) is named, and every copy is checked', async () => {
    const changed = Buffer.from('original A: an article as CHANGED!');
    const unsigned = await tinyPdf([{ name: 'S0-a.txt', bytes: changed }, ...FILES, man()]);
    const pdf = await sign(editFileSpec(unsigned, 'S0-a.txt', { filename: 'S1-a.txt' }), key);
    const r = await verifyExportBytes(pdf, null);
    expect(r.ok).toBe(false);
    expect(messages(r, 'attachment')).toEqual([
      'The PDF attaches 2 files named “S1-a.txt”; an export attaches each once.',
      `Source S1: attachment “S1-a.txt” has SHA-256 ${sha256(changed)}, the manifest says ${sha256(A)}.`,
    ]);
    expect(r.attachments.filter((a) => a.name === 'S1-a.txt')).toEqual([
      { name: 'S1-a.txt', sha256: sha256(changed), expected: sha256(A), ok: false },
      { name: 'S1-a.txt', sha256: sha256(A), expected: sha256(A), ok: true },
    ]);
  });

  it('a second manifest is named too', async () => {
    const spare = { ...man(), name: 'casefile-manifest.jsoX' };
    const pdf = await sign(editFileSpec(await tinyPdf([...FILES, man(), spare]), spare.name, { filename: 'casefile-manifest.json' }), key);
    expect(messages(await verifyExportBytes(pdf, null), 'attachment')).toEqual([
      'The PDF attaches 2 files named “casefile-manifest.json”; an export attaches each once.',
    ]);
  });

  it('an entry that embeds no content: a listed one is not contained, an unlisted one is named', async () => {
    const listed = await sign(editFileSpec(await tinyPdf([...FILES, man()]), 'S1-a.txt', { noContent: true }), key);
    const r = await verifyExportBytes(listed, null);
    expect(messages(r, 'attachment')).toEqual(['Source S1: the manifest lists attachment “S1-a.txt” but the PDF does not contain it.']);
    expect(r.attachments[0]).toEqual({ name: 'S1-a.txt', sha256: '', expected: sha256(A), ok: false });

    const extra = { name: 'planted.txt', bytes: Buffer.from('x') };
    const unlisted = await sign(editFileSpec(await tinyPdf([...FILES, extra, man()]), 'planted.txt', { noContent: true }), key);
    const u = await verifyExportBytes(unlisted, null);
    expect(messages(u, 'attachment')).toEqual(['Attachment “planted.txt” is not listed in the manifest.']);
    expect(u.attachments.find((a) => a.name === 'planted.txt')).toEqual({ name: 'planted.txt', sha256: '', expected: null, ok: false });
  });
});

describe('what is not a Casefile export', () => {
  it('bytes that are not a PDF: named as such, nothing else made up', async () => {
    const r = await verifyExportBytes(Buffer.from('%PDF-1.7 not really'), ctx);
    expect(r.ok).toBe(false);
    expect(kinds(r)).toEqual(['signature', 'pdf']);
    expect(messages(r, 'pdf')[0]).toMatch(/^Not a readable PDF: /);
    expect(r).toMatchObject({ manifest: null, attachments: [], ledger: null, checkedAgainstCase: true });
  });

  it('a PDF without the manifest, or without any attachment', async () => {
    for (const files of [FILES, []]) {
      const r = await verifyExportBytes(await sign(await tinyPdf(files), key), ctx);
      expect(r.problems).toEqual([
        { kind: 'manifest', message: 'No embedded casefile-manifest.json: this is not a Casefile export, or the manifest was removed.' },
      ]);
      expect(r).toMatchObject({ ok: false, manifest: null, attachments: [] });
    }
  });

  it('a manifest that is not JSON, or not a Casefile manifest', async () => {
    for (const bad of ['{not json', JSON.stringify({ ...manifest(caseId, []), format: 'other' })]) {
      const r = await verifyExportBytes(await sign(await tinyPdf([...FILES, manifestFile(bad)]), key), ctx);
      expect(r.problems.map((p) => p.kind)).toEqual(['manifest']);
      expect(r.problems[0].message).toMatch(/^The embedded manifest is not valid: ./);
      expect(r).toMatchObject({ ok: false, manifest: null, attachments: [] });
    }
  });

  it('a manifest wrong in every field: the reason is cut to 200 characters', async () => {
    const bad = JSON.stringify({ format: 'other', items: 7 });
    const reason = Manifest.safeParse(JSON.parse(bad)).error?.message ?? '';
    expect(reason.length).toBeGreaterThan(200);
    const r = await verifyExportBytes(await sign(await tinyPdf([...FILES, manifestFile(bad)]), key), null);
    expect(r.problems).toEqual([{ kind: 'manifest', message: `The embedded manifest is not valid: ${reason.slice(0, 200)}` }]);
  });

  it('a file re-signed by someone else: the certificate differs from the one its manifest names', async () => {
    const man = manifest(caseId, [srcA, srcB], { signingCertificate: key.fingerprint });
    const r = await verifyExportBytes(await sign(await tinyPdf([...FILES, manifestFile(man)]), otherKey), null);
    expect(r.signature.valid).toBe(true);
    expect(r.problems).toEqual([
      {
        kind: 'signature',
        message: `The file is signed with certificate ${otherKey.fingerprint}, but its manifest names ${key.fingerprint}: it was re-signed by someone else.`,
      },
    ]);
  });
});

describe('against the case', () => {
  it('an export of another case: said so, and nothing of this case compared with it', async () => {
    const r = await verifyExportBytes(await exportOf(FILES, { caseId: 'case_SOMEOTHER000000' }), ctx);
    expect(r.problems).toEqual([{ kind: 'case', message: `The export is from case case_SOMEOTHER000000; the open case is ${caseId}.` }]);
    expect(r.ledger).toBeNull();
  });

  it('a source the case does not have, and one whose recorded hash differs, are named (a withheld hash is not compared)', async () => {
    const unknown = { ...srcA, ref: 'S3', id: 'source_NOTINCASE0000', embedded: false, attachment: null };
    const otherHash = { ...srcB, ref: 'S4', sha256: 'f'.repeat(64), rendition: null };
    const noHash = { ...srcB, ref: 'S5', sha256: null, rendition: null };
    const man = manifest(caseId, [srcA, srcB, unknown, otherHash, noHash], { signingCertificate: key.fingerprint });
    const pdf = await sign(await tinyPdf([...FILES, manifestFile(man)]), key);
    ledger(pdf, man.exportId);
    const r = await verifyExportBytes(pdf, ctx);
    expect(r.problems).toEqual([
      { kind: 'case', message: 'Source S3 (source_NOTINCASE0000) is not in the case.' },
      { kind: 'case', message: `Source S4: the case has SHA-256 ${sha256(B)}, the manifest says ${'f'.repeat(64)}.` },
    ]);
  });

  it('an unsigned file: said so, and no certificate compared with the case’s key', async () => {
    const man = manifest(caseId, [srcA, srcB], { signingCertificate: key.fingerprint });
    const r = await verifyExportBytes(await tinyPdf([...FILES, manifestFile(man)]), ctx);
    expect(messages(r, 'signature')).toEqual(['The PDF is not signed: it is not a Casefile export, or its signature was removed.']);
    expect(kinds(r)).toEqual(['signature', 'ledger']);
  });

  it('signed with a key that is not the case’s', async () => {
    const pdf = await exportOf(FILES, { exportId: 'export_OTHERKEY000001' }, otherKey);
    ledger(pdf, 'export_OTHERKEY000001');
    const r = await verifyExportBytes(pdf, ctx);
    expect(r.problems).toEqual([
      {
        kind: 'signature',
        message: `The file is signed with certificate ${otherKey.fingerprint}, not with this case’s key (${key.fingerprint}).`,
      },
    ]);
  });

  it('a file the ledger does not know (changed after export, or never exported): named by its SHA-256', async () => {
    const pdf = await exportOf(FILES, { exportId: 'export_NEVERLEDGERED1' });
    const r = await verifyExportBytes(pdf, ctx);
    expect(r.problems).toEqual([
      {
        kind: 'ledger',
        message: `This file (SHA-256 ${sha256(pdf)}) is not in the case's export ledger: it was changed after export, or never exported from this case.`,
      },
    ]);
    expect(r.ledger).toBeNull();
  });

  it('a ledgered file whose manifest names another export', async () => {
    const pdf = await exportOf(FILES, { exportId: 'export_CLAIMED0000001' });
    ledger(pdf, 'export_RECORDED000001');
    const r = await verifyExportBytes(pdf, ctx);
    expect(r.problems).toEqual([
      { kind: 'ledger', message: "Ledger export export_RECORDED000001 does not match the manifest's export_CLAIMED0000001." },
    ]);
    expect(r.ledger?.exportId).toBe('export_RECORDED000001');
  });
});

describe('reading the file', () => {
  it('by path; a file that cannot be read is refused as NOT_FOUND, before the case is asked for', async () => {
    const asked: string[] = [];
    const missing = join(dir, 'missing.pdf');
    await expect(
      verifyExport({ pdfPath: missing }, () => {
        asked.push('case');
        return ctx;
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: `Cannot read ${missing}: ENOENT.` });
    expect(asked).toEqual([]);
  });

  it('given as bytes, checked against the case the callback returns', async () => {
    const pdf = await exportOf(FILES, { exportId: 'export_BYTES00000001' });
    ledger(pdf, 'export_BYTES00000001');
    const r = await verifyExport({ bytes: pdf }, () => ctx);
    expect(r).toMatchObject({ ok: true, checkedAgainstCase: true, ledger: { exportId: 'export_BYTES00000001' } });
    expect((await verifyExport({ bytes: pdf }, () => null)).checkedAgainstCase).toBe(false);
  });
});
