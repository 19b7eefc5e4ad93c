/**
 * The case's signing key: owner of the `signing_keys` table.
 *
 * One RSA-2048 key per case with a self-signed X.509 certificate, made when the case is created (or, for
 * a case made before signing existed, at its first export). The private key is stored only in this
 * table, inside the encrypted case file, and only ever read into memory to sign; a backup of the case
 * file carries it, nothing else does. The certificate says only "Casefile case <caseId>": a case title
 * can name the defector, and the certificate is readable by anyone who gets an export.
 *
 * A recipient confirms an export out of band by its certificate's SHA-256 fingerprint (on the cover, in
 * the export ledger, printed by `casefile verify-export`).
 */
import { createHash, createPrivateKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { createRequire } from 'node:module';
import type Forge from 'node-forge';
import type { ReadableDB, WritableDB } from '../store/handles';
import { newId } from '../../shared/ids';
import type { CaseContext } from '../context';

export const SIGNING_ALGORITHM = 'RSA-2048/SHA-256';
/** Years a case certificate is valid: long enough to outlive any proceedings the export is used in. */
const VALID_YEARS = 50;

export interface SigningKey {
  id: string;
  createdAt: string;
  privateKey: KeyObject;
  certificateDer: Buffer;
  /** SHA-256 of the certificate (DER), upper-case hex pairs separated by colons, as pdfsig and browsers show it. */
  fingerprint: string;
}

interface Row {
  id: string;
  created_at: string;
  private_key_der: Buffer;
  certificate_der: Buffer;
  fingerprint_sha256: string;
}

export function certificateFingerprint(der: Uint8Array): string {
  const hex = createHash('sha256').update(der).digest('hex').toUpperCase();
  return hex.match(/../g)!.join(':');
}

/** node-forge takes about 0.1 s to load and only builds certificates: loaded when one is made, not at every open. */
const loadForge = (): typeof Forge => createRequire(import.meta.url)('node-forge') as typeof Forge;

/** A new key and its self-signed certificate, not yet stored. */
function generate(caseId: string, now: Date): { privateKeyDer: Buffer; certificateDer: Buffer } {
  const forge = loadForge();
  // Native key generation (forge's pure-JS RSA key generation takes seconds); forge only builds the certificate.
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }) as string);
  // A positive 16-byte serial (RFC 5280: at most 20 octets, non-negative).
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now.getTime());
  cert.validity.notAfter.setUTCFullYear(now.getUTCFullYear() + VALID_YEARS);
  const name = [
    { name: 'commonName', value: `Casefile case ${caseId}` },
    { name: 'organizationName', value: 'Casefile evidence summary signing key' },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }) as string), forge.md.sha256.create());
  return {
    privateKeyDer: privateKey.export({ type: 'pkcs8', format: 'der' }),
    certificateDer: Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary'),
  };
}

/**
 * Make and store the case's key inside the caller's transaction; returns its fingerprint for the custody
 * entry the caller writes (case.create, or signing-key.create from ensureSigningKey).
 */
export function insertSigningKey(db: WritableDB, caseId: string, now = new Date()): { id: string; fingerprint: string } {
  const { privateKeyDer, certificateDer } = generate(caseId, now);
  const id = newId('signingKey');
  const fingerprint = certificateFingerprint(certificateDer);
  db.prepare(
    'INSERT INTO signing_keys (id, created_at, algorithm, private_key_der, certificate_der, fingerprint_sha256) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, now.toISOString(), SIGNING_ALGORITHM, privateKeyDer, certificateDer, fingerprint);
  return { id, fingerprint };
}

export function getSigningKey(db: ReadableDB): SigningKey | null {
  const row = db
    .prepare(
      'SELECT id, created_at, private_key_der, certificate_der, fingerprint_sha256 FROM signing_keys ORDER BY created_at, id LIMIT 1',
    )
    .get() as Row | undefined;
  if (!row) return null;
  return {
    id: row.id,
    createdAt: row.created_at,
    privateKey: createPrivateKey({ key: row.private_key_der, format: 'der', type: 'pkcs8' }),
    certificateDer: row.certificate_der,
    fingerprint: row.fingerprint_sha256,
  };
}

/** The fingerprint of the case's key, without reading the private key into memory (null: no key yet). */
export function signingKeyFingerprint(db: ReadableDB): string | null {
  const row = db.prepare('SELECT fingerprint_sha256 FROM signing_keys ORDER BY created_at, id LIMIT 1').get() as
    { fingerprint_sha256: string } | undefined;
  return row?.fingerprint_sha256 ?? null;
}

/** The case's key, made now (custody-logged) if the case predates signed exports. */
export function ensureSigningKey(ctx: CaseContext): SigningKey {
  const existing = getSigningKey(ctx.db);
  if (existing) return existing;
  const caseId = ctx.store.meta().caseId;
  ctx.write((db) => {
    const { id, fingerprint } = insertSigningKey(db, caseId);
    return {
      result: id,
      custody: {
        action: 'signing-key.create',
        entity: 'signing-key',
        entityId: id,
        details: { algorithm: SIGNING_ALGORITHM, fingerprint },
      },
    };
  });
  return getSigningKey(ctx.db) as SigningKey;
}
