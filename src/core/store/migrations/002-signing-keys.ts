import type { Migration } from './types';

/**
 * The case's signing key (one per case): every evidence summary is signed with it so a recipient without
 * the case can prove the PDF is unchanged. The private key lives only here, inside the encrypted case
 * file (SQLCipher encrypts every page); it is never written anywhere else and never leaves the process.
 * A key is never edited or replaced in place; the export ledger records which certificate signed each
 * export.
 */
export const migration002: Migration = {
  version: 2,
  name: 'signing-keys',
  up(db) {
    db.exec(/* sql */ `
CREATE TABLE signing_keys (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  algorithm TEXT NOT NULL,
  private_key_der BLOB NOT NULL,
  certificate_der BLOB NOT NULL,
  fingerprint_sha256 TEXT NOT NULL UNIQUE
);
CREATE TRIGGER signing_keys_no_update BEFORE UPDATE ON signing_keys
BEGIN SELECT RAISE(ABORT, 'a signing key is never changed'); END;
CREATE TRIGGER signing_keys_no_delete BEFORE DELETE ON signing_keys
BEGIN SELECT RAISE(ABORT, 'a signing key is never deleted: it proves past exports'); END;
ALTER TABLE exports ADD COLUMN signing_fingerprint TEXT;
`);
  },
};
