/**
 * Checks an export's PDF signature without the case: the one check a recipient can run that covers
 * every byte. The file must carry exactly one signature, its ByteRange must cover the whole file except
 * the signature's own hex string (nothing added after it), the SHA-256 of those bytes must equal the
 * signed message digest, and the RSA signature over the signed attributes must verify with the embedded
 * certificate. The certificate's fingerprint is returned so the recipient can compare it with the one the
 * sender gave them by another channel: anyone can make a self-signed certificate, only the case's key
 * makes this one.
 *
 * The CMS is read with a small DER walker (exact byte offsets are needed: the signature covers the signed
 * attributes as they are encoded, not as a library would re-encode them).
 */
import { createHash, verify as rsaVerify, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { certificateFingerprint } from '../ops/signing-keys';
import { OID } from './sign';

export interface SignatureCheck {
  valid: boolean;
  /** The signed byte ranges cover the whole file (nothing outside them but the signature itself). */
  coversWholeFile: boolean;
  fingerprint: string | null;
  signer: string | null;
  signedAt: string | null;
  problems: string[];
}

interface Tlv {
  tag: number;
  start: number;
  contentStart: number;
  end: number;
}

function readTlv(buf: Buffer, at: number, limit = buf.length): Tlv {
  if (at + 2 > limit) throw new Error('truncated DER');
  const tag = buf[at];
  let len = buf[at + 1];
  let p = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || p + n > limit) throw new Error('bad DER length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[p + i];
    p += n;
  }
  if (p + len > limit) throw new Error('DER element runs past its container');
  return { tag, start: at, contentStart: p, end: p + len };
}

function children(buf: Buffer, t: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let p = t.contentStart; p < t.end;) {
    const c = readTlv(buf, p, t.end);
    out.push(c);
    p = c.end;
  }
  return out;
}

const oidOf = (buf: Buffer, t: Tlv): string => forge.asn1.derToOid(buf.subarray(t.contentStart, t.end).toString('binary'));
const content = (buf: Buffer, t: Tlv): Buffer => buf.subarray(t.contentStart, t.end);

function fail(problem: string, partial: Partial<SignatureCheck> = {}): SignatureCheck {
  return { valid: false, coversWholeFile: false, fingerprint: null, signer: null, signedAt: null, problems: [problem], ...partial };
}

export function checkSignature(pdf: Uint8Array): SignatureCheck {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const text = bytes.toString('latin1');
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  if (ranges.length === 0) return fail('The PDF is not signed: it is not a Casefile export, or its signature was removed.');
  if (ranges.length > 1) return fail(`The PDF carries ${ranges.length} signatures; a Casefile export carries exactly one.`);
  const [a, b, c, d] = ranges[0].slice(1).map(Number);
  const coversWholeFile = a === 0 && b > 0 && c > b && c + d === bytes.length;
  if (!coversWholeFile) {
    return fail(
      c + d < bytes.length
        ? `${bytes.length - (c + d)} byte(s) were added after the signature: the file was changed after it was signed.`
        : 'The signature’s byte range does not match this file: the file was changed after it was signed.',
    );
  }
  if (bytes[b] !== 0x3c || bytes[c - 1] !== 0x3e) return fail('The signature’s byte range does not frame its signature value.');
  const hex = text.slice(b + 1, c - 1);
  if (!/^[0-9a-fA-F]*$/.test(hex) || hex.length % 2) return fail('The signature value is not valid hex: the file was changed.');
  const blob = Buffer.from(hex, 'hex');

  let fingerprint: string | null = null;
  let signer: string | null = null;
  try {
    const top = readTlv(blob, 0);
    // Padding after the CMS must be zeros, so a change there shows too.
    if (blob.subarray(top.end).some((x) => x !== 0)) return fail('The signature’s padding was changed.');
    const [ctype, wrapped] = children(blob, top);
    if (oidOf(blob, ctype) !== OID.signedData) return fail('The signature is not a CMS SignedData.');
    const signedData = children(blob, wrapped)[0];
    const sd = children(blob, signedData);
    const certs = sd.find((t) => t.tag === 0xa0);
    const signerInfos = sd[sd.length - 1];
    if (!certs) return fail('The signature carries no certificate.');
    const certTlv = children(blob, certs)[0];
    const certDer = blob.subarray(certTlv.start, certTlv.end);
    const cert = new X509Certificate(certDer);
    fingerprint = certificateFingerprint(certDer);
    signer = cert.subject.replace(/\n/g, ', ');
    const si = children(blob, children(blob, signerInfos)[0]);
    const digestAlg = oidOf(blob, children(blob, si[2])[0]);
    const attrsTlv = si.find((t) => t.tag === 0xa0);
    const sigTlv = si[si.length - 1];
    if (digestAlg !== OID.sha256) return fail(`Unexpected digest algorithm ${digestAlg}.`, { fingerprint, signer });
    if (!attrsTlv) return fail('The signature has no signed attributes.', { fingerprint, signer });
    let messageDigest: Buffer | null = null;
    let certHash: Buffer | null = null;
    for (const attr of children(blob, attrsTlv)) {
      const [type, values] = children(blob, attr);
      const value = children(blob, values)[0];
      const o = oidOf(blob, type);
      if (o === OID.messageDigest) messageDigest = content(blob, value);
      if (o === OID.signingCertificateV2) {
        const essCertId = children(blob, children(blob, value)[0])[0];
        const parts = children(blob, essCertId);
        certHash = content(blob, parts.find((t) => t.tag === 0x04) as Tlv);
      }
    }
    const problems: string[] = [];
    const digest = createHash('sha256')
      .update(bytes.subarray(a, b))
      .update(bytes.subarray(c, c + d))
      .digest();
    if (!messageDigest || !messageDigest.equals(digest))
      problems.push('The file’s content does not match its signature: it was changed after signing.');
    // The signature is over the DER of the attributes as a SET (tag 0x31), not the [0] they are stored as.
    const attrsDer = Buffer.from(blob.subarray(attrsTlv.start, attrsTlv.end));
    attrsDer[0] = 0x31;
    if (!rsaVerify('sha256', attrsDer, cert.publicKey, content(blob, sigTlv)))
      problems.push('The signature does not verify with its certificate.');
    if (certHash && !certHash.equals(createHash('sha256').update(certDer).digest()))
      problems.push('The signed certificate reference does not match the embedded certificate.');
    // The signature dictionary's /M, just after the signature value (not any other date in the file).
    const m = /\/M\s*\((D:[^)]*)\)/.exec(text.slice(c, c + 2000));
    const signedAt = m ? pdfDateToIso(m[1]) : null;
    return { valid: problems.length === 0, coversWholeFile, fingerprint, signer, signedAt, problems };
  } catch (e) {
    // Stryker disable next-line MethodExpression: what the walk, forge and node:crypto throw here are short fixed sentences; the cut is for one that is not
    return fail(`The signature cannot be read: ${(e as Error).message.slice(0, 120)}.`, { fingerprint, signer });
  }
}

/**
 * A PDF date (ISO 32000-1 §7.9.4: `D:YYYYMMDDHHmmSS` followed by `Z`, `+HH'mm'` or `-HH'mm'`, later parts
 * optional) as ISO 8601 in UTC. Another signer than ours writes the local time with its offset: reading it
 * as UTC would misstate the signing time by the offset. Without a zone the time is the signer's local one,
 * relation to UTC unknown: it is given as written, without `Z`. Null when it is not a date.
 */
export function pdfDateToIso(date: string): string | null {
  const m = /^D:(\d{4})(\d\d)?(\d\d)?(\d\d)?(\d\d)?(\d\d)?(?:(Z)|([+-])(\d\d)'?(\d\d)?'?)?$/.exec(date.trim());
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', z, sign, oh, om = '00'] = m;
  const local = `${y}-${mo}-${d}T${h}:${mi}:${s}`;
  const asUtc = Date.parse(`${local}Z`);
  if (Number.isNaN(asUtc)) return null;
  if (!z && !sign) return local;
  const offset = (sign === '-' ? -1 : 1) * (Number(oh ?? 0) * 60 + Number(om)) * 60_000;
  return new Date(asUtc - offset).toISOString().replace('.000Z', 'Z');
}
