/**
 * The case file: one SQLCipher-encrypted SQLite database per case.
 *
 * Opening is careful not to write: the key is checked by a read before any pragma that could touch the
 * file, so a wrong passphrase (or a file that is not a case) leaves every byte as it was.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, statSync, unlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { Progress } from '../../shared/contract/define';
import { CasefileError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { APP_VERSION } from '../version';
import type { CustodyInput } from '../custody/chain';
import { writeLogged } from '../context';
import { COPY_STAGES, partPathFor, writeVerifiedCopy } from './case-copy';
import { removeWithCompanions, renameDurably } from './durable';
import { insertSigningKey } from '../ops/signing-keys';
import { inUseError, isBusy, sqliteCode } from './errors';
import { assertNotNewer, migrate, schemaVersion } from './migrate';
import { APPLICATION_ID, applyKey, applyRuntimePragmas } from './pragmas';
import { resolveNativeBinding } from './native';
import { removeStaleCaseParts } from './stale-parts';

const PAGE_SIZE = 4096;
const SQLITE_PLAIN_HEADER = 'SQLite format 3\0';
/** How long to wait for a lock before saying the file is in use. Short: a person is waiting. */
const BUSY_TIMEOUT_MS = 250;

export interface CaseMeta {
  caseId: string;
  title: string;
  createdAt: string;
  appVersion: string;
}

export class CaseStore {
  readonly path: string;
  /** Replaced (never mutated) by a re-key, which swaps in the re-encrypted file; read it through `db`. */
  private conn: Db;
  /** A salted digest of the passphrase, kept in memory only, to confirm the old one on change. */
  private passCheck: { salt: Buffer; digest: Buffer };
  /** Leftovers of an interrupted re-key or restore that this open removed (reported to the user). */
  readonly staleRemoved: string[];

  private constructor(path: string, db: Db, passphrase: string, staleRemoved: string[] = []) {
    this.path = path;
    this.conn = db;
    this.passCheck = digestPassphrase(passphrase);
    this.staleRemoved = staleRemoved;
  }

  get db(): Db {
    return this.conn;
  }

  static create(path: string, passphrase: string, title?: string): CaseStore {
    const abs = resolve(path);
    if (existsSync(abs)) {
      throw new CasefileError('ALREADY_EXISTS', `A file already exists at ${abs}. Choose another name; nothing was overwritten.`, {
        path: abs,
      });
    }
    let db: Db | undefined;
    try {
      db = new Database(abs, { timeout: BUSY_TIMEOUT_MS, nativeBinding: resolveNativeBinding() });
      applyKey(db, passphrase);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      applyRuntimePragmas(db);
      migrate(db);
      const meta: CaseMeta = {
        caseId: newId('case'),
        title: title?.trim() || 'Untitled case',
        createdAt: new Date().toISOString(),
        appVersion: APP_VERSION,
      };
      writeLogged(db, (conn) => {
        const insert = conn.prepare('INSERT INTO case_meta (key, value) VALUES (?, ?)');
        insert.run('format', 'casefile');
        for (const [k, v] of Object.entries(meta)) insert.run(k, v);
        // The key that signs this case's exports is made with the case and never leaves it.
        const key = insertSigningKey(conn, meta.caseId);
        return {
          result: null,
          custody: {
            action: 'case.create',
            entity: 'case',
            entityId: meta.caseId,
            details: { title: meta.title, appVersion: APP_VERSION, signingKey: key.fingerprint },
          },
        };
      });
      return new CaseStore(abs, db, passphrase);
    } catch (e) {
      db?.close();
      for (const f of [abs, `${abs}-wal`, `${abs}-shm`, `${abs}-journal`]) if (existsSync(f)) unlinkSync(f);
      throw e;
    }
  }

  /**
   * `keepStaleParts`: leave the leftover re-key/restore copies beside the case where they are (destroy
   * overwrites them before it unlinks them; the tidy-up would only unlink them).
   */
  static open(path: string, passphrase: string, opts: { keepStaleParts?: boolean } = {}): CaseStore {
    const abs = resolve(path);
    const db = connect(abs, passphrase);
    // Only now, holding the exclusive lock, is it safe to tidy up beside the case.
    return new CaseStore(abs, db, passphrase, opts.keepStaleParts ? [] : removeStaleCaseParts(abs));
  }

  get isOpen(): boolean {
    return this.db.open;
  }

  meta(): CaseMeta {
    const rows = this.db.prepare('SELECT key, value FROM case_meta').all() as { key: string; value: string }[];
    const m = Object.fromEntries(rows.map((r) => [r.key, r.value]));
    return { caseId: m.caseId ?? '', title: m.title ?? '', createdAt: m.createdAt ?? '', appVersion: m.appVersion ?? '' };
  }

  schemaVersion(): number {
    return schemaVersion(this.db);
  }

  fileSize(): number {
    return statSync(this.path).size;
  }

  checkPassphrase(passphrase: string): boolean {
    const d = digestPassphrase(passphrase, this.passCheck.salt);
    return d.digest.equals(this.passCheck.digest);
  }

  /** Write everything from the -wal into the file itself, so the file alone is the whole case (for copying). */
  checkpoint(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /**
   * Re-encrypt the case under a new passphrase, atomically: a copy beside the file is re-keyed, gets the
   * custody entry, is synced and verified with the new passphrase, and only then renamed over the
   * original (and the folder synced). Re-keying in place would rewrite page 1 under a rollback journal
   * that neither key can replay after a crash; this way a crash leaves the old file or the new one.
   */
  /** Re-key through a verified copy that replaces the file; `onProgress` hears each stage (COPY_STAGES + 1). */
  changePassphrase(oldPassphrase: string, newPassphrase: string, custody?: CustodyInput, onProgress?: (p: Progress) => void): void {
    if (!this.checkPassphrase(oldPassphrase)) {
      throw new CasefileError('WRONG_PASSPHRASE', 'The current passphrase is not right. The passphrase was not changed.');
    }
    const entry = custody ?? { action: 'case.passphrase-change', entity: 'case', entityId: this.meta().caseId };
    const part = partPathFor(this.path, 'rekey');
    const total = COPY_STAGES + 1;
    writeVerifiedCopy(this, part, oldPassphrase, {
      rekey: newPassphrase,
      write: () => ({ result: null, custody: entry }),
      onStage: (done, label) => onProgress?.({ done, total, label }),
    });
    onProgress?.({ done: COPY_STAGES, total, label: 'Replacing the case file' });
    this.db.close();
    try {
      renameDurably(part, this.path);
    } catch (e) {
      removeWithCompanions(part);
      this.conn = connect(this.path, oldPassphrase);
      throw new CasefileError(
        'INTERNAL',
        `The re-encrypted copy could not replace the case file (${(e as Error).message}). The passphrase was not changed.`,
      );
    }
    this.conn = connect(this.path, newPassphrase);
    this.passCheck = digestPassphrase(newPassphrase);
    onProgress?.({ done: total, total, label: 'Done' });
  }

  close(): void {
    if (!this.db.open) return;
    // Stryker disable next-line BlockStatement: closing the last connection checkpoints and removes the -wal too (this makes it explicit)
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
    }
  }
}

/** Open, key, check and lock a case file; the checks that make a wrong passphrase leave every byte as it was. */
function connect(abs: string, passphrase: string): Db {
  precheckFile(abs);
  let db: Db;
  try {
    db = new Database(abs, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS, nativeBinding: resolveNativeBinding() });
  } catch (e) {
    if (isBusy(e)) throw inUseError(abs);
    throw new CasefileError('NOT_A_CASE_FILE', `Cannot open ${abs}: ${(e as Error).message}`, { path: abs });
  }
  try {
    applyKey(db, passphrase);
    // Exclusive locking before the first read: a WAL database read in normal locking mode makes a -shm
    // file (the shared WAL index), which the README promises never to write.
    db.pragma('locking_mode = EXCLUSIVE');
    // The first read decrypts page 1. With a wrong key SQLCipher reports "file is not a database".
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (e) {
      if (isBusy(e)) throw inUseError(abs);
      if (sqliteCode(e) === 'SQLITE_NOTADB') {
        // Page 1 fails its authentication check: a wrong key and a damaged first page look the same.
        throw new CasefileError(
          'WRONG_PASSPHRASE',
          'The passphrase is not right for this case file, or its first page is damaged. Nothing was changed; try again, and if you are sure of the passphrase, restore the case from a backup.',
          { path: abs },
        );
      }
      throw damaged(abs, e);
    }
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID) {
      throw new CasefileError('NOT_A_CASE_FILE', `${abs} is an encrypted database, but not a Casefile case file.`, { path: abs });
    }
    assertNotNewer(schemaVersion(db));
    applyRuntimePragmas(db);
    // Take the exclusive lock now (not at the first write) so a second opener is refused at once (a lock
    // held elsewhere is BUSY here, reported as in use below).
    db.exec('BEGIN IMMEDIATE; COMMIT;');
    // No quick_check here: it reads every page (1.9 s of a 2 s unlock at 250 MiB, growing with the file).
    // Integrity is `verify`'s job (a full integrity_check). Damage cannot be read silently meanwhile:
    // SQLCipher authenticates each page (HMAC) as it is read, and the service reports a page that fails
    // as DAMAGED (bind.ts) at that read.
    migrate(db);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof CasefileError) throw e;
    if (isBusy(e)) throw inUseError(abs);
    throw damaged(abs, e);
  }
}

function digestPassphrase(passphrase: string, salt: Buffer = randomBytes(32)): { salt: Buffer; digest: Buffer } {
  const digest = createHash('sha256')
    .update(salt)
    .update(
      passphrase,
      // Stryker disable next-line StringLiteral: update() reads a string as UTF-8 when no encoding is named
      'utf8',
    )
    .digest();
  return { salt, digest };
}

function damaged(path: string, cause: unknown): CasefileError {
  return new CasefileError(
    'DAMAGED',
    `The case file at ${path} is damaged and cannot be read safely. It has not been changed; restore it from a backup.`,
    { path, cause: String((cause as Error)?.message ?? cause).slice(0, 200) },
  );
}

/** Cheap checks on the raw bytes before any SQLite call, to give the right message for the wrong file. */
function precheckFile(path: string): void {
  if (!existsSync(path)) {
    throw new CasefileError('NOT_FOUND', `There is no file at ${path}.`, { path });
  }
  const st = statSync(path);
  if (!st.isFile()) throw new CasefileError('NOT_A_CASE_FILE', `${path} is not a file.`, { path });
  if (st.size === 0) throw new CasefileError('NOT_A_CASE_FILE', `${path} is empty: it is not a case file.`, { path });
  const head = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === SQLITE_PLAIN_HEADER) {
    throw new CasefileError('NOT_A_CASE_FILE', `${path} is an unencrypted SQLite database, not a case file.`, { path });
  }
  if (st.size % PAGE_SIZE !== 0) {
    throw new CasefileError(
      'NOT_A_CASE_FILE',
      `${path} is not a case file (or it is truncated: its size is not a whole number of pages).`,
      { path },
    );
  }
}
