import type { VerifyReport } from '../../shared/contract/custody';
import type { CallOptions } from '../../shared/contract/define';
import { verifyChain } from '../custody/chain';
import { custodyHead, sourcesWithoutImportEntry } from '../custody/log';
import type { CaseContext } from '../context';
import { bytesBeyondPages } from '../store/case-copy';
import { isCorrupt } from '../store/errors';
import type { ReadableDB } from '../store/handles';
import { sha256Hex } from './sources';

/** SQLite's integrity findings (at most this many lines; it lists one per damaged structure). */
const MAX_INTEGRITY_LINES = 20;

/**
 * Recompute the custody chain and every source's SHA-256; list what does not match, first problem first.
 * A damaged file is a finding, never a failure of verify itself: a page that cannot be read is reported
 * with what could not be checked because of it, and everything still readable is checked.
 */
/**
 * SQLite's integrity findings, one line each (none when the file is sound). The whole-file check also runs
 * each FTS5 index's own check, which reads its content (allegations_text reads the allegations through a
 * view) and stops the pragma with an error at the first damaged page it meets: then each ordinary table is
 * checked apart, so the damaged structures are still listed and what is readable is still checked after.
 * 'unreadable' when not even the list of tables can be read.
 */
function integrityFindings(db: ReadableDB): string[] | 'unreadable' {
  const check = (table?: string) =>
    (
      db.pragma(table === undefined ? 'integrity_check' : `integrity_check("${table.replace(/"/g, '""')}")`) as {
        integrity_check: string;
      }[]
    )
      .map((r) => r.integrity_check.replace(/\s+/g, ' ').trim())
      .filter((l) => l !== 'ok');
  try {
    return check();
  } catch (e) {
    if (!isCorrupt(e)) throw e;
  }
  let tables: string[];
  try {
    tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rootpage")
      .pluck()
      .all() as string[];
  } catch (e) {
    if (!isCorrupt(e)) throw e;
    return 'unreadable';
  }
  return tables.flatMap((t) => {
    try {
      return check(t);
    } catch (e) {
      if (!isCorrupt(e)) throw e;
      return [`table ${t}: a page could not be read (${(e as Error).message})`];
    }
  });
}

export function verifyCase(ctx: CaseContext, options: CallOptions = {}): VerifyReport {
  const problems: VerifyReport['problems'] = [];
  // The full check of every page (unlock does none: it would cost as much as this, at every open).
  const integrity = integrityFindings(ctx.db);
  if (integrity === 'unreadable') {
    // Not even the schema could be read: the rest of the file cannot be trusted to read either.
    problems.push({ kind: 'schema', message: 'database integrity check: the schema could not be read (a damaged page)' });
    return { ok: false, custodyEntries: 0, sourcesChecked: 0, head: null, problems };
  }
  if (integrity.length)
    problems.push({ kind: 'schema', message: `database integrity check: ${integrity.slice(0, MAX_INTEGRITY_LINES).join('; ')}` });

  // Past this point a damaged page stops only the check that reads it (each says what it could not check).
  const damaged = <T>(where: Omit<Problem, 'message'>, what: string, read: () => T): T | undefined => {
    try {
      return read();
    } catch (e) {
      if (!isCorrupt(e)) throw e;
      problems.push({ ...where, message: `${what} could not be read (a damaged page): it is not verified` });
      return undefined;
    }
  };

  // Bytes after the last page are not part of the database (SQLite ignores them): appended junk or a
  // torn copy. Checkpoint first so the file holds every page.
  damaged({ kind: 'schema' }, 'the length of the file', () => {
    ctx.store.checkpoint();
    const extra = bytesBeyondPages(ctx.db, ctx.store.fileSize());
    if (extra > 0)
      problems.push({ kind: 'schema', message: `the file has ${extra} bytes after the last page (appended data or a damaged copy)` });
  });

  const chain = damaged({ kind: 'custody' }, 'the custody log', () => verifyChain(ctx.db));
  for (const p of chain?.problems ?? []) problems.push({ kind: 'custody', seq: p.seq, message: p.message });

  const ids = damaged({ kind: 'source' }, 'the list of sources', () => sourceIdsInImportOrder(ctx.db)) ?? [];
  const readSource = sourceBytesReader(ctx.db);
  let checked = 0;
  for (const [i, id] of ids.entries()) {
    options.signal?.throwIfAborted();
    const row = damaged({ kind: 'source', sourceId: id }, `source ${id}`, () => readSource(id));
    if (row) {
      const actual = sha256Hex(row.bytes);
      if (actual !== row.sha256) {
        problems.push({
          kind: 'source',
          sourceId: row.id,
          message: `source ${row.id} (${row.file_name}): bytes do not match the SHA-256 recorded at import`,
        });
      } else if (row.size !== row.bytes.length) {
        problems.push({
          kind: 'source',
          sourceId: row.id,
          message: `source ${row.id} (${row.file_name}): size does not match the recorded size`,
        });
      }
      checked++;
    }
    // Progress counts the sources gone through, an unreadable one included (it is a finding, not skipped).
    options.onProgress?.({ done: i + 1, total: ids.length, label: 'checking sources' });
  }
  // Every source must have been recorded in the custody log when it was added.
  const unrecorded = damaged({ kind: 'source' }, 'the import records of the sources', () => sourcesWithoutImportEntry(ctx.db)) ?? [];
  for (const id of unrecorded)
    problems.push({ kind: 'source', sourceId: id, message: `source ${id}: no custody entry records its import with this hash` });

  const head = damaged({ kind: 'custody' }, 'the newest custody entry', () => custodyHead(ctx.db)) ?? null;
  return { ok: problems.length === 0, custodyEntries: chain?.entries ?? 0, sourcesChecked: checked, head, problems };
}

type Problem = VerifyReport['problems'][number];

interface SourceBytes {
  id: string;
  sha256: string;
  bytes: Buffer;
  size: number;
  file_name: string;
}

/**
 * Sources in the order they were imported: rows are only ever inserted, so rowid order is import order.
 * Not ORDER BY imported_at: that column is stored after the original's bytes, so reading it reads every
 * original's overflow pages, and one damaged original would leave every source unverified. The id is the
 * row's first column, in its leaf page: a damaged original then stops only its own check.
 */
function sourceIdsInImportOrder(db: ReadableDB): string[] {
  return db.prepare('SELECT id FROM sources ORDER BY rowid').pluck().all() as string[];
}

function sourceBytesReader(db: ReadableDB): (id: string) => SourceBytes | undefined {
  const statement = db.prepare('SELECT id, sha256, bytes, size, file_name FROM sources WHERE id = ?');
  return (id) => statement.get(id) as SourceBytes | undefined;
}
