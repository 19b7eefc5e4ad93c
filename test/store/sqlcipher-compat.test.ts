/**
 * "Standard SQLCipher, no lock-in": the official SQLCipher build (@journeyapps/sqlcipher, SQLCipher 4)
 * opens a case file made by Casefile with nothing but the passphrase, and reads it.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../src/core/service';
import { PASS, useTempDir } from '../helpers/tmp';

const require = createRequire(import.meta.url);
const tmp = useTempDir();

interface SqlcipherDb {
  serialize(fn: () => void): void;
  run(sql: string, cb?: (err: Error | null) => void): void;
  all(sql: string, cb: (err: Error | null, rows: Record<string, unknown>[]) => void): void;
  get(sql: string, cb: (err: Error | null, row: Record<string, unknown>) => void): void;
  close(cb?: (err: Error | null) => void): void;
}

describe('interoperability with the official SQLCipher', () => {
  it('opens and reads a Casefile case file with the passphrase', async () => {
    const path = join(tmp(), 'interop.casefile');
    const { api, dispose } = createService();
    await api.createCase({ path, passphrase: PASS, title: 'Interop' });
    await api.updateProfile({ fullName: 'Игорь Саликов' });
    await api.addSource({ fileName: 'a.txt', bytes: new TextEncoder().encode('hello') });
    await api.closeCase({});
    dispose();

    const sqlcipher = require('@journeyapps/sqlcipher') as { Database: new (p: string) => SqlcipherDb };
    const db = new sqlcipher.Database(path);
    const q = <T>(fn: (cb: (err: Error | null, v: T) => void) => void) =>
      new Promise<T>((res, rej) => fn((err, v) => (err ? rej(err) : res(v))));
    const version = await q<Record<string, unknown>>((cb) => db.get('PRAGMA cipher_version', cb));
    expect(String(version.cipher_version)).toMatch(/^4\./);
    await q((cb) => db.run(`PRAGMA key = '${PASS}'`, (e) => cb(e, null)));
    const profile = await q<Record<string, unknown>>((cb) => db.get('SELECT full_name FROM profile', cb));
    expect(profile.full_name).toBe('Игорь Саликов');
    const meta = await q<Record<string, unknown>[]>((cb) => db.all("SELECT value FROM case_meta WHERE key = 'title'", cb));
    expect(meta[0].value).toBe('Interop');
    const custody = await q<Record<string, unknown>>((cb) => db.get('SELECT count(*) AS n FROM custody_log', cb));
    expect(Number(custody.n)).toBeGreaterThanOrEqual(3);
    const src = await q<Record<string, unknown>>((cb) => db.get('SELECT sha256, size FROM sources', cb));
    expect(src.size).toBe(5);
    await q((cb) => db.close((e) => cb(e, null)));
  });
  // Debian 12's `sqlcipher` tool is SQLCipher 3.4.1, which predates the SQLCipher 4 format (SHA-512 KDF and
  // HMAC) and cannot open any SQLCipher 4 database; @journeyapps/sqlcipher is the official 4.x build.
});
