/** Migration 002: the case's signing key and the export ledger's certificate column. */
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/tmp';
import { expectFailureLeavesPrevious, expectUpgradeKeepsData, fileAt } from './harness';

const tmp = useTempDir();

describe('migration 002: signing keys', () => {
  it('on a version-1 file: keeps its rows, adds the signing-key table (never updated or deleted) and the ledger’s certificate column', () => {
    const db = expectUpgradeKeepsData(fileAt(tmp(), 1), 2);
    try {
      // An export made before signing keeps its row, with no certificate.
      expect(db.prepare("SELECT signing_fingerprint FROM exports WHERE id = 'exp_old'").get()).toEqual({ signing_fingerprint: null });
      db.prepare(
        "INSERT INTO signing_keys (id, created_at, algorithm, private_key_der, certificate_der, fingerprint_sha256) VALUES ('key_1', 'now', 'RSA-2048/SHA-256', x'01', x'02', 'AA')",
      ).run();
      expect(() => db.prepare("UPDATE signing_keys SET fingerprint_sha256 = 'BB'").run()).toThrow(/never changed/);
      expect(() => db.prepare('DELETE FROM signing_keys').run()).toThrow(/never deleted/);
    } finally {
      db.close();
    }
  });

  it('a failure inside it leaves the file at version 1, unchanged', () => {
    expectFailureLeavesPrevious(fileAt(tmp(), 1), 2);
  });
});
