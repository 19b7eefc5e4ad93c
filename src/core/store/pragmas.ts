/**
 * How a case file is keyed and tuned. SQLCipher 4 defaults (legacy=4: PBKDF2-HMAC-SHA512 with 256,000
 * iterations, HMAC-SHA512 page authentication, 4 KiB pages) so the stock `sqlcipher` tool opens it.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';

/** Application id stored in the (encrypted) header: "CFL1". Tells a case file from any other SQLCipher db. */
export const APPLICATION_ID = 0x43464c31;

function quote(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

export function applyKey(db: Database, passphrase: string): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma(`legacy = 4`);
  db.pragma(`key = ${quote(passphrase)}`);
}

export function applyRekey(db: Database, passphrase: string): void {
  db.pragma(`rekey = ${quote(passphrase)}`);
}

/** Pragmas set on every open, after the key is known to be right. */
export function applyRuntimePragmas(db: Database): void {
  // Exclusive locking: the lock is taken at open and held until close, so a second process (or a second
  // window) cannot open the same case; in WAL mode it also means no -shm file is ever written.
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Temporary tables and sort spills stay in memory: nothing decrypted may reach a temp file.
  db.pragma('temp_store = MEMORY');
  // Freed pages are overwritten, so deleted content does not linger (encrypted) in free pages.
  db.pragma('secure_delete = ON');
  // 64 MiB page cache: pages are decrypted once and stay decrypted in memory while the case is open.
  db.pragma('cache_size = -65536');
}

export { quote as sqlQuote };
