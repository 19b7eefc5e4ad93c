/**
 * The signature check a recipient runs without the case (report/signature-check.ts), on small PDFs signed
 * with a case's key (signed-pdf.ts), each broken in one way. The rule: a file is valid only when it
 * carries exactly one signature, over every byte but the signature value itself, whose digest is the
 * file's, whose signed attributes verify with the embedded certificate and name that certificate; each
 * way it can fail is reported in words, and the fingerprint to confirm out of band is reported as soon
 * as the certificate could be read.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSigningKey, type SigningKey } from '../../src/core/ops/signing-keys';
import { checkSignature, pdfDateToIso } from '../../src/core/report/signature-check';
import { CaseStore } from '../../src/core/store/case-store';
import { PASS } from '../helpers/tmp';
import { byteRange, cms, sign, tinyPdf, withSignatureValue } from './signed-pdf';

let dir: string;
let key: SigningKey;
let caseId: string;
let unsigned: Buffer;
let pdf: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-guard-sig-'));
  const store = CaseStore.create(join(dir, 'k.casefile'), PASS, 'Key');
  key = getSigningKey(store.db)!;
  caseId = store.meta().caseId;
  store.close();
  unsigned = await tinyPdf([{ name: 'a.txt', bytes: Buffer.from('original A') }]);
  pdf = await sign(unsigned, key);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * `pdf` with its /ByteRange numbers replaced, written without the optional space after the name and
 * padded with spaces to the same length (the signer leaves room after the array): no offset moves.
 */
function withByteRange(p: Buffer, [a, b, c, d]: number[]): Buffer {
  const m = /\/ByteRange\s*\[[^\]]*\] */.exec(p.toString('latin1'))!;
  const next = `/ByteRange[${a} ${b} ${c} ${d}]`;
  expect(next.length).toBeLessThanOrEqual(m[0].length);
  const out = Buffer.from(p);
  out.write(next.padEnd(m[0].length, ' '), m.index, 'latin1');
  return out;
}

const problems = (p: Buffer) => checkSignature(p).problems;

describe('a signed export', () => {
  it('is valid over the whole file, names the certificate by fingerprint and subject, and the signing time', () => {
    expect(checkSignature(pdf)).toEqual({
      valid: true,
      coversWholeFile: true,
      fingerprint: key.fingerprint,
      signer: `CN=Casefile case ${caseId}, O=Casefile evidence summary signing key`,
      signedAt: '2025-01-02T03:04:05Z',
      problems: [],
    });
  });

  it('its signing time is the signature dictionary’s, not an earlier date in the file (a comment on the page)', async () => {
    const noted = await sign(await tinyPdf([], { text: 'checked', modified: new Date('1999-01-01T00:00:00Z') }), key);
    expect(noted.toString('latin1').indexOf('/M (D:19990101000000Z)')).toBeLessThan(byteRange(noted).b);
    expect(checkSignature(noted)).toMatchObject({ valid: true, signedAt: '2025-01-02T03:04:05Z' });
  });

  it('written with other spacing (inside the byte range’s brackets, between its numbers, after /M), it reads the same', () => {
    const text = pdf.toString('latin1');
    const range = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\] +/.exec(text)!;
    const spaced = Buffer.from(pdf);
    spaced.write(`/ByteRange [ ${range.slice(1).join('  ')} ]`.padEnd(range[0].length, ' '), range.index, 'latin1');
    const m = text.indexOf('/M (D:20250102030405Z)');
    expect(m).toBeGreaterThan(byteRange(pdf).c);
    spaced.write('/M(D:20250102030405Z) ', m, 'latin1');
    // Re-signed as it now reads: the signature covers the changed bytes.
    const resigned = withSignatureValue(spaced, cms(byteRange(spaced).covered, key));
    expect(checkSignature(resigned)).toEqual({ ...checkSignature(pdf), valid: true, signedAt: '2025-01-02T03:04:05Z' });
  });

  it('its signing time written as local time with an offset (as other signers write it) is read in UTC', () => {
    const text = pdf.toString('latin1');
    const m = text.indexOf('/M (D:20250102030405Z)');
    const local = Buffer.from(pdf);
    // 05:04 at +02: 03:04 UTC (seconds left out, as the format allows), padded to the same length.
    local.write('/M(D:202501020504+02) ', m, 'latin1');
    const resigned = withSignatureValue(local, cms(byteRange(local).covered, key));
    expect(checkSignature(resigned)).toMatchObject({ valid: true, signedAt: '2025-01-02T03:04:00Z' });
  });

  it('read from a view into a larger buffer, it is the same file', () => {
    const big = Buffer.concat([Buffer.from('junk before'), pdf, Buffer.from('junk after')]);
    const view = new Uint8Array(big.buffer, big.byteOffset + 11, pdf.length);
    expect(checkSignature(view).valid).toBe(true);
  });
});

describe('a PDF date (ISO 32000-1 7.9.4) as the signing time', () => {
  it('is given in UTC whatever zone it was written in', () => {
    expect(pdfDateToIso('D:20250102030405Z')).toBe('2025-01-02T03:04:05Z');
    expect(pdfDateToIso("D:20250102050405+02'00'")).toBe('2025-01-02T03:04:05Z');
    expect(pdfDateToIso("D:20250101223405-04'30'")).toBe('2025-01-02T03:04:05Z');
    expect(pdfDateToIso("D:20250102083405+05'30")).toBe('2025-01-02T03:04:05Z');
    expect(pdfDateToIso('D:20250102050405+02')).toBe('2025-01-02T03:04:05Z');
  });

  it('without a zone is the time as written, not claimed to be UTC; left-out parts are their first value', () => {
    expect(pdfDateToIso('D:20250102030405')).toBe('2025-01-02T03:04:05');
    expect(pdfDateToIso('D:20250102')).toBe('2025-01-02T00:00:00');
    expect(pdfDateToIso('D:2025')).toBe('2025-01-01T00:00:00');
  });

  it('what is not a date is none', () => {
    expect(pdfDateToIso('D:20251302030405Z')).toBeNull();
    expect(pdfDateToIso('D:2025010203040Z')).toBeNull();
    expect(pdfDateToIso('D:20251302030405')).toBeNull();
    expect(pdfDateToIso('yesterday')).toBeNull();
  });
});

describe('what is not one signature over the whole file', () => {
  it('an unsigned PDF', () => {
    expect(checkSignature(unsigned)).toMatchObject({ valid: false, coversWholeFile: false, fingerprint: null, signer: null });
    expect(problems(unsigned)).toEqual(['The PDF is not signed: it is not a Casefile export, or its signature was removed.']);
  });

  it('a PDF signed twice', async () => {
    expect(problems(await sign(pdf, key))).toEqual(['The PDF carries 2 signatures; a Casefile export carries exactly one.']);
  });

  it('bytes appended after the signature, counted', () => {
    expect(problems(Buffer.concat([pdf, Buffer.from('\n% added\n')]))).toEqual([
      '9 byte(s) were added after the signature: the file was changed after it was signed.',
    ]);
  });

  it('a byte range that leaves out the start, covers nothing before the signature, is out of order, or runs past the end', () => {
    const { b, c, d } = byteRange(pdf);
    const mismatch = 'The signature’s byte range does not match this file: the file was changed after it was signed.';
    for (const range of [
      [1, b, c, d],
      [100, b, c, d],
      [0, 0, c, d],
      [0, b, b, d + (c - b)],
      [0, b, c, d + 1],
    ])
      expect(checkSignature(withByteRange(pdf, range)), range.join(' ')).toMatchObject({
        valid: false,
        coversWholeFile: false,
        problems: [mismatch],
      });
    expect(problems(pdf.subarray(0, pdf.length - 1))).toEqual([mismatch]);
  });

  it('a byte range that does not frame the signature value, on either side', () => {
    const { b, c, d } = byteRange(pdf);
    for (const range of [
      [0, b + 1, c, d],
      [0, b, c - 1, d + 1],
    ])
      expect(problems(withByteRange(pdf, range)), range.join(' ')).toEqual([
        'The signature’s byte range does not frame its signature value.',
      ]);
  });

  it('a signature value that is not hex, or has an odd number of digits', () => {
    const { b, c, d } = byteRange(pdf);
    const notHex = Buffer.from(pdf);
    notHex[b + 5] = 0x67; // 'g'
    const odd = withByteRange(Buffer.from(pdf), [0, b, c - 1, d + 1]);
    odd[c - 2] = 0x3e; // the value now ends one digit early
    for (const p of [notHex, odd]) expect(problems(p)).toEqual(['The signature value is not valid hex: the file was changed.']);
  });

  it('a changed byte in the padding after the signature', () => {
    const { c } = byteRange(pdf);
    const p = Buffer.from(pdf);
    p[c - 3] = 0x31; // '1' in the zero padding
    expect(problems(p)).toEqual(['The signature’s padding was changed.']);
  });
});

describe('what the signature value must be', () => {
  const covered = () => byteRange(pdf).covered;
  const resigned = (changes: Parameters<typeof cms>[2]) => withSignatureValue(pdf, cms(covered(), key, changes));

  it('rebuilt as the signer builds it, it is valid (the changes below are each the only one)', () => {
    expect(checkSignature(resigned({})).valid).toBe(true);
  });

  it('SHA-256 written with NULL parameters is SHA-256 (an element that ends its container exactly is read)', () => {
    expect(checkSignature(resigned({ digestWithNullParameters: true }))).toMatchObject({ valid: true, problems: [] });
  });

  it('not a CMS SignedData', () => {
    expect(problems(resigned({ contentType: '1.2.840.113549.1.7.1' }))).toEqual(['The signature is not a CMS SignedData.']);
  });

  it('without its certificate', () => {
    expect(checkSignature(resigned({ noCertificate: true }))).toMatchObject({
      fingerprint: null,
      problems: ['The signature carries no certificate.'],
    });
  });

  it('a digest other than SHA-256, or no signed attributes: refused, with the certificate named', () => {
    expect(checkSignature(resigned({ digestAlgorithm: '1.3.14.3.2.26' }))).toMatchObject({
      valid: false,
      fingerprint: key.fingerprint,
      signer: expect.stringContaining('Casefile case'),
      problems: ['Unexpected digest algorithm 1.3.14.3.2.26.'],
    });
    expect(checkSignature(resigned({ noSignedAttributes: true }))).toMatchObject({
      valid: false,
      fingerprint: key.fingerprint,
      signer: expect.stringContaining('Casefile case'),
      problems: ['The signature has no signed attributes.'],
    });
  });

  it('a message digest that is not the file’s, or none: the content does not match', () => {
    for (const changes of [{ messageDigest: Buffer.alloc(32, 7) }, { noMessageDigest: true }])
      expect(checkSignature(resigned(changes))).toMatchObject({
        valid: false,
        coversWholeFile: true,
        fingerprint: key.fingerprint,
        problems: ['The file’s content does not match its signature: it was changed after signing.'],
      });
  });

  it('attributes signed by another key than the certificate’s, or a changed signature: it does not verify', () => {
    const other = createPrivateKey(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
    for (const changes of [{ signWith: other }, { spoilSignature: true }])
      expect(problems(resigned(changes))).toEqual(['The signature does not verify with its certificate.']);
  });

  it('a signed certificate reference that names another certificate', () => {
    expect(problems(resigned({ certHash: Buffer.alloc(32, 1) }))).toEqual([
      'The signed certificate reference does not match the embedded certificate.',
    ]);
  });

  it('DER that cannot be read: said so, with the reason', () => {
    for (const [hex, reason] of [
      ['3085', 'bad DER length'],
      ['3080', 'bad DER length'],
      ['3082ffff', 'DER element runs past its container'],
      // A length of four bytes is a length (here past the end); of five, not one this walker reads.
      ['308401000000', 'DER element runs past its container'],
      ['300106', 'truncated DER'],
    ])
      expect(problems(withSignatureValue(pdf, hex)), hex).toEqual([`The signature cannot be read: ${reason}.`]);
  });

  it('a signature value that ends inside its length field is unreadable DER (not changed padding); one whose length bytes are all there is read', () => {
    /** `pdf` whose signature value is exactly `hex`: the byte range moved to end right after it. */
    const valueOf = (hex: string) => {
      const { b } = byteRange(pdf);
      const c = b + hex.length + 2;
      const p = withByteRange(pdf, [0, b, c, pdf.length - c]);
      p.write(`<${hex}>`, b, 'latin1');
      return p;
    };
    expect(problems(valueOf('3084'))).toEqual(['The signature cannot be read: bad DER length.']);
    expect(problems(valueOf('30820100'))).toEqual(['The signature cannot be read: DER element runs past its container.']);
  });

  it('a signer info that cannot be read: refused, with the certificate read before it named', () => {
    expect(checkSignature(resigned({ signerInfoRunsPast: true }))).toMatchObject({
      valid: false,
      fingerprint: key.fingerprint,
      signer: `CN=Casefile case ${caseId}, O=Casefile evidence summary signing key`,
      problems: ['The signature cannot be read: DER element runs past its container.'],
    });
  });
});
