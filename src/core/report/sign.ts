/**
 * Signs a finished export: an incremental update at the end of the file adds a signature field
 * (`adbe.pkcs7.detached`, SHA-256, Adobe.PPKLite) whose ByteRange covers every byte of the file except
 * the signature itself, so changing any byte anywhere (body, metadata, attachments, or anything appended)
 * breaks it. The earlier revision, with its PDF/A-3b identification, tags and embedded files, is left
 * untouched byte for byte.
 *
 * @signpdf/placeholder-plain writes the placeholder (it parses pdfkit's classic xref table), and
 * @signpdf/signpdf fills it in. The CMS SignedData is built here rather than with forge's PKCS#7
 * (which can only add content type, digest and signing time): the signed attributes follow PAdES
 * baseline B-B — content type, message digest and ESS signing-certificate-v2 binding the certificate,
 * no signing-time attribute (the time is the signature dictionary's /M) — and the RSA signature is made by
 * Node's crypto, the private key never leaving memory.
 */
import { createHash, sign as rsaSign } from 'node:crypto';
import forge from 'node-forge';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { Signer, SignPdf } from '@signpdf/signpdf';
import type { SigningKey } from '../ops/signing-keys';

/** Room for the CMS blob (hex doubles it). Ours is about 1.3 KB: certificate, attributes, signature. */
const SIGNATURE_BYTES = 6144;

export const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const;

const { asn1 } = forge;
const seq = (v: forge.asn1.Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, v);
const set = (v: forge.asn1.Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, v);
const oid = (o: string) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(o).getBytes());
const octets = (b: Buffer) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, b.toString('binary'));
const int = (n: number) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(n).getBytes());
const nul = () => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '');
const der = (a: forge.asn1.Asn1) => Buffer.from(asn1.toDer(a).getBytes(), 'binary');
const attribute = (type: string, value: forge.asn1.Asn1) => seq([oid(type), set([value])]);

/** CMS SignedData (RFC 5652), detached, one signer, the certificate included. */
export function cmsSignedData(content: Buffer, key: SigningKey): Buffer {
  const cert = asn1.fromDer(key.certificateDer.toString('binary'));
  const tbs = cert.value[0] as forge.asn1.Asn1;
  // tbsCertificate: [0] version, serialNumber, signature, issuer, …
  const tbsFields = tbs.value as forge.asn1.Asn1[];
  const [serial, issuer] = [tbsFields[1], tbsFields[3]];
  const sha256 = (b: Buffer) => createHash('sha256').update(b).digest();
  const attrs = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(sha256(content))),
    // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 { certHash } } (hash defaults to SHA-256).
    attribute(OID.signingCertificateV2, seq([seq([seq([octets(sha256(key.certificateDer))])])])),
  ];
  // DER orders a SET OF by encoding; the signature is over the attributes encoded as a SET.
  // Stryker disable next-line MethodExpression,ArrowFunction: the three attributes are built in DER order already (their encodings start 30 18, 30 31, 30 37: fixed lengths, a 32-byte digest each), so sorting them changes nothing today; it keeps the order right if one is added (signing-key.test.ts checks the order)
  attrs.sort((a, b) => Buffer.compare(der(a), der(b)));
  const signedAttrs = set(attrs);
  const signature = rsaSign('sha256', der(signedAttrs), key.privateKey);
  const signedAttrsImplicit = asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, attrs);
  const signerInfo = seq([
    int(1),
    seq([issuer, serial]),
    seq([oid(OID.sha256)]),
    signedAttrsImplicit,
    seq([oid(OID.rsaEncryption), nul()]),
    octets(signature),
  ]);
  const signedData = seq([
    int(1),
    set([seq([oid(OID.sha256)])]),
    seq([oid(OID.data)]),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [cert]),
    set([signerInfo]),
  ]);
  return der(seq([oid(OID.signedData), asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [signedData])]));
}

class CaseKeySigner extends Signer {
  constructor(private key: SigningKey) {
    super();
  }
  override sign(pdfBuffer: Buffer): Promise<Buffer> {
    return Promise.resolve(cmsSignedData(pdfBuffer, this.key));
  }
}

/**
 * Two repairs to placeholder-plain's update section: its trailer leaves out /ID, which PDF/A requires in
 * every trailer (carry the first revision's /ID over), and its startxref points at the newline before
 * `xref` (qpdf warns; strict readers may not find the table). Both edits are after the last xref entry,
 * so no offset moves.
 */
function repairUpdateTrailer(original: Buffer, updated: Buffer): Buffer {
  const id = /\/ID\s*(\[\s*<[0-9a-fA-F]+>\s*<[0-9a-fA-F]+>\s*\])/.exec(
    original.subarray(original.lastIndexOf('trailer')).toString('latin1'),
  );
  const xrefAt = updated.lastIndexOf('\nxref\n') + 1;
  const at = updated.lastIndexOf('trailer');
  let tail = updated.subarray(at).toString('latin1');
  if (id) tail = tail.replace('<<\n', `<<\n/ID ${id[1]}\n`);
  tail = tail.replace(/startxref\n\d+/, `startxref\n${xrefAt}`);
  // Stryker disable next-line StringLiteral: the tail (trailer dictionary, /ID in hex, startxref) is ASCII, which Buffer.from's default UTF-8 encodes byte for byte as latin1 does
  return Buffer.concat([updated.subarray(0, at), Buffer.from(tail, 'latin1')]);
}

export interface SignOptions {
  signingTime: Date;
  /** Shown by signature validators as the signer; the certificate carries the same. */
  name: string;
  reason: string;
}

export async function signPdf(pdf: Buffer, key: SigningKey, opts: SignOptions): Promise<Buffer> {
  const withPlaceholder = repairUpdateTrailer(
    pdf,
    plainAddPlaceholder({
      pdfBuffer: pdf,
      reason: opts.reason,
      contactInfo: '',
      name: opts.name,
      location: '',
      signingTime: opts.signingTime,
      signatureLength: SIGNATURE_BYTES,
      appName: 'Casefile',
    }),
  );
  return new SignPdf().sign(withPlaceholder, new CaseKeySigner(key));
}
