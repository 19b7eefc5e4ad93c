/**
 * Signed exports: every PDF carries one signature with the case's own key over every byte of the file.
 * Checked two independent ways — poppler's pdfsig (NSS) and `casefile verify-export` without the case —
 * on a fresh export and after one changed byte in the body, in the document metadata, and after bytes
 * appended at the end.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type CasefileService } from '../../src/core/service';
import { resolveNativeBinding } from '../../src/core/store/native';
import { applyKey } from '../../src/core/store/pragmas';
import { writeSchema1Case } from '../helpers/old-case';
import { PASS } from '../helpers/tmp';
import { runCli } from '../helpers/cli';
import type { Fixture } from './fixture';
import { iccExport } from './icc-export';
import { pdftotext, qpdfCheck } from './poppler';

let dir: string;
let fx: Fixture;
let svc: CasefileService;
let pdfPath: string;
let pdf: Buffer;
let fingerprint: string;

function pdfsig(path: string): { code: number | null; out: string } {
  const r = spawnSync('pdfsig', [path], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

/** One byte flipped at `at` (to a different printable byte of the same kind), written next to the original. */
function withByteChanged(at: number, name: string): string {
  const copy = Buffer.from(pdf);
  const c = copy[at];
  copy[at] = c === 0x41 ? 0x42 : c >= 0x30 && c <= 0x39 ? 0x30 + ((c - 0x30 + 1) % 10) : c === 0x61 ? 0x62 : c ^ 0x01;
  expect(copy.equals(pdf)).toBe(false);
  const out = join(dir, name);
  writeFileSync(out, copy);
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-sign-'));
  ({ fx, pdfPath, signingCertificate: fingerprint } = await iccExport(dir));
  svc = createService();
  pdf = readFileSync(pdfPath);
}, 120_000);

afterAll(() => {
  svc?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a fresh export', () => {
  it('pdfsig: one adbe.pkcs7.detached SHA-256 signature, valid, over the total document', () => {
    const r = pdfsig(pdfPath);
    expect(r.out).toContain('Signature Type: adbe.pkcs7.detached');
    expect(r.out).toContain('Signing Hash Algorithm: SHA-256');
    expect(r.out).toContain('Signature Validation: Signature is Valid.');
    expect(r.out).toContain('Total document signed');
    expect(r.out).not.toContain('Signature #2');
    expect(r.out).toMatch(/Signer Certificate Common Name: Casefile case case_/);
  });

  it('verify-export without --case: OK, names the certificate fingerprint that is on the cover and in the ledger', async () => {
    const v = await runCli(['verify-export', pdfPath]);
    expect(v.stdout).toContain('Signature valid over the whole file');
    expect(v.stdout).toContain(fingerprint);
    expect(v.stdout).toContain('OK:');
    expect(v.code).toBe(0);
    expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    // On the cover (the mono column wraps it: compare without spaces).
    expect(pdftotext(pdfPath).replace(/\s+/g, '')).toContain(`SHA-256${fingerprint}`);
    const env = { CASEFILE_PASSPHRASE: PASS };
    const ledger = await runCli(['exports', fx.path, '--json'], env);
    expect(JSON.parse(ledger.stdout)[0].signingCertificate).toBe(fingerprint);
    const withCase = await runCli(['verify-export', pdfPath, '--case', fx.path], env);
    expect(withCase.stdout).toContain('OK:');
    expect(withCase.code).toBe(0);
  }, 300_000); // three CLI processes: slow on a loaded machine, no timing is asserted

  it('keeps PDF/A-3b identification, the manifest and a clean qpdf check; the private key is nowhere in the file', async () => {
    expect(qpdfCheck(pdfPath).code).toBe(0);
    const text = pdf.toString('latin1');
    expect(text).toContain('<pdfaid:part>3</pdfaid:part>');
    // The signature is an incremental update: the last trailer keeps the document /ID.
    expect(text.slice(text.lastIndexOf('trailer'))).toMatch(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/);
    const db = new Database(fx.path, { nativeBinding: resolveNativeBinding(), readonly: true });
    applyKey(db, PASS);
    const key = db.prepare('SELECT private_key_der, fingerprint_sha256 FROM signing_keys').all() as {
      private_key_der: Buffer;
      fingerprint_sha256: string;
    }[];
    db.close();
    expect(key).toHaveLength(1);
    expect(key[0].fingerprint_sha256).toBe(fingerprint);
    // The modulus-bearing tail of the PKCS#8 DER, raw and hex, in neither the PDF nor the case file on disk.
    const secret = key[0].private_key_der.subarray(-64);
    for (const hay of [pdf, readFileSync(fx.path)]) {
      expect(hay.includes(secret)).toBe(false);
      expect(hay.includes(Buffer.from(secret.toString('hex')))).toBe(false);
    }
  });
});

describe('one changed byte', () => {
  const cases: [string, () => number][] = [
    // A byte inside the first page's content stream (compressed: still one byte).
    ['body', () => pdf.indexOf('stream', pdf.indexOf('/Type /Page')) + 40],
    // A digit of the Info dictionary's creation date.
    ['Info metadata', () => pdf.indexOf('/CreationDate (D:') + 20],
    // The XMP packet (uncompressed): a character of the producer.
    ['XMP metadata', () => pdf.indexOf('Casefile', pdf.indexOf('<x:xmpmeta'))],
  ];
  for (const [what, where] of cases) {
    it(`in the ${what}: pdfsig says invalid, verify-export fails without --case`, async () => {
      const at = where();
      expect(at).toBeGreaterThan(0);
      const out = withByteChanged(at, `changed-${what.replace(/\s/g, '-')}.pdf`);
      const r = pdfsig(out);
      expect(r.out).not.toContain('Signature is Valid.');
      expect(r.out).toMatch(/Signature is Invalid|Digest Mismatch/);
      // The service call behind `casefile verify-export OUT.pdf` (the CLI itself is run on the body case).
      const v = await svc.api.verifyExport({ pdfPath: out });
      expect(v.signature.valid).toBe(false);
      expect(v.ok).toBe(false);
      expect(v.problems.map((p) => p.message).join(' ')).toContain('changed after signing');
      if (what === 'body') {
        const cli = await runCli(['verify-export', out]);
        expect(cli.stdout).toContain('Signature INVALID');
        expect(cli.stdout).toContain('changed after signing');
        expect(cli.code).toBe(1);
      }
    }, 180_000);
  }

  it('in the signature value itself, or bytes appended after it: verify-export fails', async () => {
    const sigAt = pdf.indexOf('/Contents <') + 200;
    for (const out of [withByteChanged(sigAt, 'changed-signature.pdf'), join(dir, 'appended.pdf')]) {
      if (out.endsWith('appended.pdf')) writeFileSync(out, Buffer.concat([pdf, Buffer.from('\n% appended\n')]));
      const v = await svc.api.verifyExport({ pdfPath: out });
      expect(v.signature.valid, out).toBe(false);
      expect(v.ok).toBe(false);
    }
  });

  it('an unchanged copy still verifies (the checks above can pass)', async () => {
    const copy = join(dir, 'copy.pdf');
    writeFileSync(copy, pdf);
    expect(pdfsig(copy).out).toContain('Signature is Valid.');
    expect((await svc.api.verifyExport({ pdfPath: copy })).ok).toBe(true);
  });
});

describe('a case made before signed exports', () => {
  it('gets its key at the first export, custody-logged, and that export is signed', async () => {
    const path = join(dir, 'old.casefile');
    writeSchema1Case(path, PASS);
    const s = createService();
    try {
      await s.api.openCase({ path, passphrase: PASS });
      const out = join(dir, 'old.pdf');
      const r = await s.api.exportPdf({ profile: 'public', outPath: out });
      expect(r.signingCertificate).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
      expect(r.signingCertificate).not.toBe(fingerprint); // its own key, not another case's
      const log = await s.api.custodyLog({ afterSeq: 0, limit: 100 });
      const made = log.filter((e) => e.action === 'signing-key.create');
      expect(made).toHaveLength(1);
      expect(made[0].details).toMatchObject({ fingerprint: r.signingCertificate });
      expect(pdfsig(out).out).toContain('Signature is Valid.');
      // A second export reuses the key.
      const again = await s.api.exportPdf({ profile: 'public' });
      expect(again.signingCertificate).toBe(r.signingCertificate);
      expect((await s.api.custodyLog({ afterSeq: 0, limit: 100 })).filter((e) => e.action === 'signing-key.create')).toHaveLength(1);
    } finally {
      s.dispose();
    }
  });
});
