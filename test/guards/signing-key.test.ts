/**
 * The case's signing key and the export signer (src/core/ops/signing-keys.ts, src/core/report/sign.ts;
 * issue #16's mutation run), one property per test, everything made inside the test: the key is an
 * RSA-2048 key whose self-signed certificate names only the case, may sign and nothing else, is valid from
 * its making for 50 years, and whose fingerprint is its SHA-256; a case without one gets one, logged, once;
 * the signature's CMS is DER as RFC 5652 and RFC 3370 write it; the signed file's last trailer keeps the
 * document /ID however it was spaced (PDF/A) and its startxref points at the update's `xref`; the signature
 * dictionary names the app and nothing of where or how to reach the signer.
 */
import { createHash, createPublicKey, sign as rsaSign, verify as rsaVerify, X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseContext } from '../../src/core/context';
import { listCustody } from '../../src/core/custody/log';
import { ensureSigningKey, getSigningKey, signingKeyFingerprint, SIGNING_ALGORITHM } from '../../src/core/ops/signing-keys';
import { checkSignature } from '../../src/core/report/signature-check';
import { CaseStore } from '../../src/core/store/case-store';
import { readableView } from '../../src/core/store/handles';
import { OLD_CASE_ID, writeSchema1Case } from '../helpers/old-case';
import { PASS } from '../helpers/tmp';
import { byteRange, sign, tinyPdf } from './signed-pdf';

const dir = mkdtempSync(join(tmpdir(), 'casefile-guard-signing-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** A new case, its id, its key (read inside the test) and when it was made. */
function newCase(): { caseId: string; key: NonNullable<ReturnType<typeof getSigningKey>>; before: number; after: number; path: string } {
  const path = join(dir, `c${++n}.casefile`);
  const before = Date.now();
  const store = CaseStore.create(path, PASS, 'Case of someone');
  const after = Date.now();
  try {
    const key = getSigningKey(readableView(store.db));
    expect(key).not.toBeNull();
    return { caseId: store.meta().caseId, key: key!, before, after, path };
  } finally {
    store.close();
  }
}

const { asn1 } = forge;
type Asn1 = forge.asn1.Asn1;
const derOf = (a: Asn1) => Buffer.from(asn1.toDer(a).getBytes(), 'binary');

/** The signer info of the CMS in a signed PDF's /Contents. */
function signerInfo(pdf: Buffer): Asn1[] {
  const { b, c } = byteRange(pdf);
  const hex = pdf
    .subarray(b + 1, c - 1)
    .toString('latin1')
    .replace(/(00)+$/, '');
  const ci = asn1.fromDer(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex').toString('binary'), false);
  const signedData = ((ci.value as Asn1[])[1].value as Asn1[])[0].value as Asn1[];
  const infos = signedData[signedData.length - 1].value as Asn1[];
  return infos[0].value as Asn1[];
}

describe('a case’s signing key', () => {
  it('is RSA-2048, its private key matches its certificate, its fingerprint is the certificate’s SHA-256 (also without the private key)', () => {
    const { key, path } = newCase();
    const cert = new X509Certificate(key.certificateDer);
    expect(cert.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    const data = Buffer.from('evidence summary');
    expect(rsaVerify('sha256', data, cert.publicKey, rsaSign('sha256', data, key.privateKey))).toBe(true);
    expect(createPublicKey(key.privateKey).export({ format: 'der', type: 'spki' })).toEqual(
      cert.publicKey.export({ format: 'der', type: 'spki' }),
    );
    const hex = createHash('sha256').update(key.certificateDer).digest('hex').toUpperCase();
    expect(key.fingerprint).toBe(hex.match(/../g)!.join(':'));
    expect(key.fingerprint).toBe(cert.fingerprint256);
    expect(key.id).toMatch(/^key_/);
    const store = CaseStore.open(path, PASS);
    try {
      expect(signingKeyFingerprint(readableView(store.db))).toBe(key.fingerprint);
      expect(SIGNING_ALGORITHM).toBe('RSA-2048/SHA-256');
    } finally {
      store.close();
    }
  });

  it('has a self-signed certificate that names only the case, valid from its making for 50 years', () => {
    const { key, caseId, before, after } = newCase();
    const cert = new X509Certificate(key.certificateDer);
    const subject = `CN=Casefile case ${caseId}\nO=Casefile evidence summary signing key`;
    expect(cert.subject).toBe(subject);
    expect(cert.issuer).toBe(subject);
    expect(cert.verify(cert.publicKey)).toBe(true);
    const from = new Date(cert.validFrom).getTime();
    const to = new Date(cert.validTo);
    // Valid already when made (its notBefore is not in the future), and not long before.
    expect(from).toBeLessThanOrEqual(before);
    expect(from).toBeGreaterThan(before - 10 * 60_000);
    expect(to.getUTCFullYear()).toBe(new Date(after).getUTCFullYear() + 50);
    expect(Math.abs(to.getUTCMonth() - new Date(after).getUTCMonth()) % 11).toBe(0);
  });

  it('may sign (digital signature, non-repudiation) and is no CA, both critical', () => {
    const { key } = newCase();
    const cert = forge.pki.certificateFromAsn1(asn1.fromDer(key.certificateDer.toString('binary')));
    const ext = (name: string) => cert.extensions.find((e: { name: string }) => e.name === name) as Record<string, unknown> | undefined;
    expect(ext('basicConstraints')).toMatchObject({ critical: true, cA: false });
    expect(ext('keyUsage')).toMatchObject({ critical: true, digitalSignature: true, nonRepudiation: true, keyCertSign: false });
    expect(ext('subjectKeyIdentifier')).toBeDefined();
    expect(new X509Certificate(key.certificateDer).ca).toBe(false);
  });

  it('a case made before signed exports has none, and gets one, custody-logged, once', () => {
    const path = join(dir, 'old.casefile');
    writeSchema1Case(path, PASS);
    const store = CaseStore.open(path, PASS);
    try {
      const ctx = new CaseContext(store);
      expect(getSigningKey(readableView(store.db))).toBeNull();
      expect(signingKeyFingerprint(readableView(store.db))).toBeNull();
      const key = ensureSigningKey(ctx);
      expect(new X509Certificate(key.certificateDer).subject).toContain(`CN=Casefile case ${OLD_CASE_ID}`);
      expect(ensureSigningKey(ctx).fingerprint).toBe(key.fingerprint);
      const made = listCustody(readableView(store.db)).filter((e) => e.action === 'signing-key.create');
      expect(made).toHaveLength(1);
      expect(made[0]).toMatchObject({
        entity: 'signing-key',
        entityId: key.id,
        details: { algorithm: 'RSA-2048/SHA-256', fingerprint: key.fingerprint },
      });
      expect(signingKeyFingerprint(readableView(store.db))).toBe(key.fingerprint);
    } finally {
      store.close();
    }
  });
});

describe('a signed PDF', () => {
  it('its signer info names RSA with NULL parameters (RFC 3370), and its signed attributes are in DER order', async () => {
    const { key } = newCase();
    const pdf = await sign(await tinyPdf([]), key);
    const info = signerInfo(pdf);
    expect(derOf(info[4]).toString('hex')).toBe('300d06092a864886f70d0101010500');
    const attrs = (info[3].value as Asn1[]).map(derOf);
    expect(attrs).toHaveLength(3);
    for (let i = 1; i < attrs.length; i++) expect(Buffer.compare(attrs[i - 1], attrs[i])).toBeLessThan(0);
  });

  it('keeps the document /ID in its last trailer, however the original wrote it, and makes none up', async () => {
    const { key } = newCase();
    const unsigned = await tinyPdf([]);
    const text = unsigned.toString('latin1');
    const m = /\/ID \[<([0-9a-f]+)> <([0-9a-f]+)>\]/.exec(text.slice(text.lastIndexOf('trailer')))!;
    expect(m).not.toBeNull();
    const at = text.lastIndexOf('trailer') + m.index;
    const lastTrailer = (p: Buffer) => p.toString('latin1').slice(p.lastIndexOf('trailer'));
    const spacings = [m[0], `/ID[<${m[1]}><${m[2]}>]`, `/ID\n[ <${m[1].toUpperCase()}>\n<${m[2]}> ]`, `/ID  [  <${m[1]}>  <${m[2]}>  ]`];
    for (const written of spacings) {
      // The trailer comes after the cross-reference table: rewriting it moves no offset.
      const variant = Buffer.from(text.slice(0, at) + written + text.slice(at + m[0].length), 'latin1');
      const signed = await sign(variant, key);
      const kept = /\/ID\s*\[\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\]/.exec(lastTrailer(signed));
      expect(
        kept?.slice(1).map((h) => h.toLowerCase()),
        JSON.stringify(written),
      ).toEqual([m[1], m[2]]);
      expect(checkSignature(signed).valid).toBe(true);
    }
    const withoutId = Buffer.from(text.slice(0, at) + ' '.repeat(m[0].length) + text.slice(at + m[0].length), 'latin1');
    const signed = await sign(withoutId, key);
    expect(lastTrailer(signed)).not.toContain('/ID');
    expect(checkSignature(signed).valid).toBe(true);
  });

  it('its last startxref is the offset of the update’s `xref` keyword', async () => {
    const { key } = newCase();
    const pdf = await sign(await tinyPdf([]), key);
    const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf.toString('latin1'));
    expect(m).not.toBeNull();
    const off = Number(m![1]);
    expect(pdf.subarray(off, off + 5).toString('latin1')).toBe('xref\n');
    expect(off).toBe(pdf.lastIndexOf('\nxref\n') + 1);
  });

  it('its signature dictionary names Casefile as the app, and no contact or location', async () => {
    const { key } = newCase();
    const pdf = await sign(await tinyPdf([]), key);
    const dict = pdf.toString('latin1').slice(pdf.lastIndexOf('/Type /Sig'));
    expect(dict).toMatch(/\/Name\s*\/Casefile/);
    expect(dict).toMatch(/\/ContactInfo\s*\(\)/);
    expect(dict).toMatch(/\/Location\s*\(\)/);
  });
});
