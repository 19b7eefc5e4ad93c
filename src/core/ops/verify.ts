import type { VerifyReport } from '../../shared/contract/custody';
import type { CallOptions } from '../../shared/contract/define';
import { verifyChain } from '../custody/chain';
import { custodyHead, sourcesWithoutImportEntry } from '../custody/log';
import type { CaseContext } from '../context';
import { bytesBeyondPages } from '../store/case-copy';
import { isCorrupt } from '../store/errors';
import { sha256Hex } from './sources';

/** Recompute the custody chain and every source's SHA-256; list what does not match, first problem first. */
export function verifyCase(ctx: CaseContext, options: CallOptions = {}): VerifyReport {
  const problems: VerifyReport['problems'] = [];
  // The full check of every page (unlock does none: it would cost as much as this, at every open).
  try {
    const integrity = ctx.db.pragma('integrity_check', { simple: true }) as string;
    if (integrity !== 'ok') problems.push({ kind: 'schema', message: `database integrity check: ${integrity}` });
  } catch (e) {
    // A page that fails SQLCipher's authentication stops the check itself: that is its finding, and the
    // rest of the file cannot be trusted to read either.
    if (!isCorrupt(e)) throw e;
    problems.push({ kind: 'schema', message: `database integrity check: a page could not be read (${(e as Error).message})` });
    return { ok: false, custodyEntries: 0, sourcesChecked: 0, head: null, problems };
  }

  // Bytes after the last page are not part of the database (SQLite ignores them): appended junk or a
  // torn copy. Checkpoint first so the file holds every page.
  ctx.store.checkpoint();
  const extra = bytesBeyondPages(ctx.db, ctx.store.fileSize());
  if (extra > 0)
    problems.push({ kind: 'schema', message: `the file has ${extra} bytes after the last page (appended data or a damaged copy)` });

  const chain = verifyChain(ctx.db);
  for (const p of chain.problems) problems.push({ kind: 'custody', seq: p.seq, message: p.message });

  const total = (ctx.db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n;
  let checked = 0;
  for (const row of ctx.db
    .prepare('SELECT id, sha256, bytes, size, file_name FROM sources ORDER BY imported_at, rowid')
    .iterate() as IterableIterator<{
    id: string;
    sha256: string;
    bytes: Buffer;
    size: number;
    file_name: string;
  }>) {
    options.signal?.throwIfAborted();
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
    options.onProgress?.({ done: checked, total, label: 'checking sources' });
  }
  // Every source must have been recorded in the custody log when it was added.
  for (const id of sourcesWithoutImportEntry(ctx.db))
    problems.push({ kind: 'source', sourceId: id, message: `source ${id}: no custody entry records its import with this hash` });

  return { ok: problems.length === 0, custodyEntries: chain.entries, sourcesChecked: checked, head: custodyHead(ctx.db), problems };
}
