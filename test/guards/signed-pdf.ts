/**
 * Small signed PDFs for the verify-export guards, made here instead of by a full export (seconds each):
 * a one-page pdfkit document with the attachments and manifest a test chooses, signed by the export
 * signer (report/sign.ts) with a case's key — so every check of verify-export can be met or broken one
 * at a time. Also the signature's CMS, rebuilt with one part changed and put back in place.
 */
import { createHash, sign as rsaSign } from 'node:crypto';
import forge from 'node-forge';
import PDFDocument from 'pdfkit';
import { MANIFEST_ATTACHMENT, MANIFEST_FORMAT, type Manifest } from '../../src/core/report/manifest';
import { BUILTIN_PROFILES } from '../../src/core/report/profiles';
import { OID, signPdf } from '../../src/core/report/sign';
import type { SigningKey } from '../../src/core/ops/signing-keys';

export const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

export interface Attached {
  name: string;
  bytes: Buffer;
}

/** A comment on the page, with the date it was last changed (its /M). */
export interface Note {
  text: string;
  modified: Date;
}

/** An unsigned one-page PDF carrying `files` as embedded files (in this order), and `note` on its page. */
export function tinyPdf(files: Attached[], note?: Note): Promise<Buffer> {
  const doc = new PDFDocument({ pdfVersion: '1.7', info: { CreationDate: new Date('2025-01-02T03:04:05Z') } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.text('Evidence summary (test)');
  // pdfkit writes an annotation's options as its entries: M becomes /M (D:…).
  if (note) doc.note(72, 144, 20, 20, note.text, { M: note.modified } as PDFKit.Mixins.AnnotationOption);
  for (const f of files) doc.file(f.bytes, { name: f.name, type: 'application/octet-stream' });
  doc.end();
  return done;
}

export const SIGNED_AT = new Date('2025-01-02T03:04:05Z');

export function sign(pdf: Buffer, key: SigningKey): Promise<Buffer> {
  return signPdf(pdf, key, { signingTime: SIGNED_AT, name: 'Casefile case test', reason: 'test' });
}

export type ManifestSource = Manifest['items']['sources'][number];

/** A manifest as an export writes it, for `caseId`, listing `sources`. */
export function manifest(caseId: string, sources: ManifestSource[], over: Partial<Manifest> = {}): Manifest {
  return {
    format: MANIFEST_FORMAT,
    version: 1,
    caseId,
    exportId: 'export_TEST0000000001',
    createdAt: '2025-01-02T03:04:05.000Z',
    recipient: 'Test recipient',
    preparedBy: 'Tester',
    profile: BUILTIN_PROFILES.icc,
    custodyHeadBefore: null,
    signingCertificate: null,
    note: 'test',
    items: { allegations: [], events: [], statements: [], asylumSteps: [], asylumGrounds: [], sources },
    excluded: {
      selfIncriminatingAllegations: 0,
      retractedAllegations: 0,
      statements: 0,
      events: 0,
      originalsWithheld: 0,
      pseudonymisedPeople: 0,
      sensitiveFieldsWithheld: [],
    },
    ...over,
  };
}

export const manifestFile = (m: Manifest | string): Attached => ({
  name: MANIFEST_ATTACHMENT,
  bytes: Buffer.from(typeof m === 'string' ? m : JSON.stringify(m), 'utf8'),
});

// ───── The signature's CMS, rebuilt with one part changed ─────

const { asn1 } = forge;
type Asn1 = forge.asn1.Asn1;
const seq = (v: Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, v);
const set = (v: Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, v);
const oid = (o: string) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(o).getBytes());
const octets = (b: Buffer) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, b.toString('binary'));
const int = (n: number) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(n).getBytes());
const nul = () => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '');
const der = (a: Asn1) => Buffer.from(asn1.toDer(a).getBytes(), 'binary');
const attribute = (type: string, value: Asn1) => seq([oid(type), set([value])]);

export interface CmsChanges {
  contentType?: string;
  /** Leave the certificate out. */
  noCertificate?: boolean;
  digestAlgorithm?: string;
  /** Write the digest algorithm with NULL parameters (SHA-256 may be written with or without them). */
  digestWithNullParameters?: boolean;
  /** Leave the signed attributes out. */
  noSignedAttributes?: boolean;
  messageDigest?: Buffer;
  /** Leave the message digest attribute out. */
  noMessageDigest?: boolean;
  certHash?: Buffer;
  /** Leave the signing-certificate attribute out. */
  noCertHash?: boolean;
  /** Sign the attributes with this key instead of the certificate's. */
  signWith?: forge.pki.rsa.PrivateKey | SigningKey['privateKey'];
  /** Change one byte of the RSA signature after signing. */
  spoilSignature?: boolean;
  /** Make the signer info's length run past the set that holds it (everything before it stays readable). */
  signerInfoRunsPast?: boolean;
}

/** A detached CMS SignedData over `signedBytes` by `key`, as the export signer makes it, with `changes`. */
export function cms(signedBytes: Buffer, key: SigningKey, changes: CmsChanges = {}): Buffer {
  const cert = asn1.fromDer(key.certificateDer.toString('binary'));
  const tbs = (cert.value[0] as Asn1).value as Asn1[];
  const hash = (b: Buffer) => createHash('sha256').update(b).digest();
  const attrs: Asn1[] = [attribute(OID.contentType, oid(OID.data))];
  if (!changes.noMessageDigest) attrs.push(attribute(OID.messageDigest, octets(changes.messageDigest ?? hash(signedBytes))));
  if (!changes.noCertHash)
    attrs.push(attribute(OID.signingCertificateV2, seq([seq([seq([octets(changes.certHash ?? hash(key.certificateDer))])])])));
  attrs.sort((a, b) => Buffer.compare(der(a), der(b)));
  const signature = rsaSign('sha256', der(set(attrs)), (changes.signWith ?? key.privateKey) as SigningKey['privateKey']);
  if (changes.spoilSignature) signature[10] ^= 0x01;
  const signerInfo = seq([
    int(1),
    seq([tbs[3], tbs[1]]),
    seq([oid(changes.digestAlgorithm ?? OID.sha256), ...(changes.digestWithNullParameters ? [nul()] : [])]),
    ...(changes.noSignedAttributes ? [] : [asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, attrs)]),
    seq([oid(OID.rsaEncryption), nul()]),
    octets(signature),
  ]);
  const signedData = seq([
    int(1),
    set([seq([oid(OID.sha256)])]),
    seq([oid(OID.data)]),
    ...(changes.noCertificate ? [] : [asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [cert])]),
    set([signerInfo]),
  ]);
  const out = der(seq([oid(changes.contentType ?? OID.signedData), asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [signedData])]));
  if (changes.signerInfoRunsPast) {
    // The signer info is long (it holds the signature), so its length takes two bytes after 30 82.
    const at = out.indexOf(der(signerInfo));
    if (at < 0 || out[at + 1] !== 0x82) throw new Error('signer info not found as expected');
    out.writeUInt16BE(0xffff, at + 2);
  }
  return out;
}

/** The signed PDF's ByteRange, and the bytes it covers. */
export function byteRange(pdf: Buffer): { a: number; b: number; c: number; d: number; covered: Buffer } {
  const m = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(pdf.toString('latin1'));
  if (!m) throw new Error('not signed');
  const [a, b, c, d] = m.slice(1).map(Number);
  return { a, b, c, d, covered: Buffer.concat([pdf.subarray(a, b), pdf.subarray(c, c + d)]) };
}

/** `pdf` with its signature value replaced by `blob` (hex, zero-padded to the same length: no offset moves). */
export function withSignatureValue(pdf: Buffer, blob: Buffer | string): Buffer {
  const { b, c } = byteRange(pdf);
  const room = c - 1 - (b + 1);
  const hex = typeof blob === 'string' ? blob : blob.toString('hex');
  if (hex.length > room) throw new Error('signature too long for its placeholder');
  const out = Buffer.from(pdf);
  out.write(hex.padEnd(room, '0'), b + 1, 'latin1');
  return out;
}
