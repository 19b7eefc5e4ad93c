/**
 * Each allegation's number of independent sources, kept in `independent_sources` (migration 11) so that a
 * window of the allegations table reads 100 small rows instead of its 200 sources' texts. Triggers mark a
 * row stale (n NULL) in the transaction of any change the corroboration depends on; `refreshStale` runs in
 * every custody-logged write (context.ts) just before it commits, so outside a write no row is stale unless
 * the file was changed another way (a migration, a raw connection): readers compute those themselves.
 */
import type { ReadableDB, WritableDB } from '../context';
import { metaValue, setMetaValue } from '../store/case-meta';
import { readableView } from '../store/handles';
import { type CorroborationCache, corroborationCache, forgetSources, independentCount, prefetchFacts } from './corroboration';

export interface LinkLite {
  allegation_id: string;
  sourceId: string;
  originKey: string | null;
}

/** The evidence links of the allegations named (of every allegation when null), by allegation. */
export function linksOf(db: ReadableDB, ids: readonly string[] | null): Map<string, LinkLite[]> {
  const sql = `SELECT allegation_id, source_id AS sourceId, origin_key AS originKey FROM evidence_links
    ${ids ? `WHERE allegation_id IN (SELECT value FROM json_each(?))` : ''} ORDER BY allegation_id, created_at, rowid`;
  const rows = (ids ? db.prepare(sql).all(JSON.stringify(ids)) : db.prepare(sql).all()) as LinkLite[];
  const by = new Map<string, LinkLite[]>();
  for (const l of rows) {
    const list = by.get(l.allegation_id);
    if (list) list.push(l);
    else by.set(l.allegation_id, [l]);
  }
  return by;
}

/**
 * Independent sources of each allegation in `ids`, computed from `links` (which must hold theirs): no
 * comparison for one source or none; the facts of all the sources compared are read at once.
 */
export function computeIndependent(
  db: ReadableDB,
  ids: readonly string[],
  links: Map<string, LinkLite[]>,
  cache: CorroborationCache = corroborationCache(),
): Map<string, number> {
  const out = new Map<string, number>();
  const compared: string[] = [];
  for (const id of ids) {
    const distinct = new Set((links.get(id) ?? []).map((x) => x.sourceId)).size;
    if (distinct < 2) out.set(id, distinct);
    else compared.push(id);
  }
  const reader = { db };
  prefetchFacts(
    reader,
    compared.flatMap((id) => (links.get(id) as LinkLite[]).map((l) => l.sourceId)),
    cache,
  );
  for (const id of compared) out.set(id, independentCount(reader, links.get(id) as LinkLite[], cache));
  return out;
}

/**
 * What the stored counts were computed by: the rules (bump RULES when corroboration.ts counts differently)
 * and the Unicode version of the runtime, whose normalisation and letter classes the text comparison uses.
 * Counts stored under another version are not trusted: the next write recomputes them all.
 */
const RULES = 1;
export const CORROBORATION_VERSION = `rules ${RULES}; unicode ${process.versions.unicode ?? 'unknown'}`;
const VERSION_KEY = 'corroboration_version';
const current = (db: ReadableDB) => metaValue(db, VERSION_KEY) === CORROBORATION_VERSION;

const hasTable = (db: ReadableDB) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'independent_sources'").get() !== undefined;

/** The stored counts that are current, of the allegations named (of all when null); none before migration 11. */
export function storedIndependent(db: ReadableDB, ids: readonly string[] | null): Map<string, number> {
  if (!hasTable(db) || !current(db)) return new Map();
  const rows = (
    ids
      ? db
          .prepare(
            'SELECT allegation_id, n FROM independent_sources WHERE allegation_id IN (SELECT value FROM json_each(?)) AND n IS NOT NULL',
          )
          .all(JSON.stringify(ids))
      : db.prepare('SELECT allegation_id, n FROM independent_sources WHERE n IS NOT NULL').all()
  ) as { allegation_id: string; n: number }[];
  return new Map(rows.map((r) => [r.allegation_id, r.n]));
}

/**
 * What the writes of one connection keep between them: each source's facts, what its texts gave, and the
 * comparisons of pairs of sources, so a write recomputes from what it changed (an added statement reads its
 * source's statements, not the texts of the sources linked beside it). What changed reaches it through
 * temporary triggers (in the connection's in-memory temp schema, never in the file) that list, in
 * temp.corroboration_changes, every source whose texts, outlet suggestions or statements a transaction
 * changed, by whatever path; a write drops those from the cache before it reads.
 *
 * The list is in the transaction: it is emptied only by a write that is not inside another transaction,
 * and facts of a source changed in the transaction are never kept past the write that read them, so a
 * rolled-back change (a preview, an `atomically` that fails later) leaves nothing in the cache.
 */
const standing = new WeakMap<WritableDB, CorroborationCache>();
/** Above this many characters of normalised text kept, the cache of texts starts again (memory). */
const MAX_TEXT_CHARS = 32_000_000;

/**
 * The connection's cache, and its triggers. Made inside a write's transaction: when that rolls back, the
 * temp table and its triggers go with it, so every write checks that they are there, and when they are not
 * (made again) the cache starts empty, as whatever changed meanwhile was not listed.
 */
function cacheFor(connection: WritableDB): CorroborationCache {
  const there = connection.prepare("SELECT 1 FROM temp.sqlite_master WHERE type = 'table' AND name = 'corroboration_changes'").get();
  const cache = standing.get(connection);
  if (there && cache) return cache;
  const mark = (texts: 0 | 1, id: string) =>
    `INSERT INTO temp.corroboration_changes (source_id, texts) SELECT ${id}, ${texts} WHERE ${id} IS NOT NULL
      ON CONFLICT (source_id) DO UPDATE SET texts = max(texts, excluded.texts);`;
  // Sources themselves cannot change (sources_immutable_update, _delete); what the facts read of them
  // beside that (texts, outlet suggestions, statements) can.
  const on = (table: string, texts: 0 | 1, when: (row: 'NEW' | 'OLD') => string = () => '1') => `
CREATE TEMP TRIGGER IF NOT EXISTS corroboration_${table}_insert AFTER INSERT ON main.${table} WHEN ${when('NEW')} BEGIN ${mark(texts, 'NEW.source_id')} END;
CREATE TEMP TRIGGER IF NOT EXISTS corroboration_${table}_delete AFTER DELETE ON main.${table} WHEN ${when('OLD')} BEGIN ${mark(texts, 'OLD.source_id')} END;
CREATE TEMP TRIGGER IF NOT EXISTS corroboration_${table}_update AFTER UPDATE ON main.${table} WHEN ${when('NEW')} OR ${when('OLD')} BEGIN
  ${mark(texts, 'OLD.source_id')} ${mark(texts, 'NEW.source_id')}
END;`;
  connection.exec(
    'CREATE TEMP TABLE IF NOT EXISTS corroboration_changes (source_id TEXT PRIMARY KEY, texts INTEGER NOT NULL) WITHOUT ROWID;' +
      on('source_texts', 1) +
      on('statements', 0) +
      on('suggestions', 0, (row) => `${row}.kind = 'outlet'`),
  );
  const fresh = corroborationCache();
  standing.set(connection, fresh);
  return fresh;
}

/** Drops from the cache every source a change listed (and the texts of those whose texts changed). */
function forgetChanged(db: ReadableDB, cache: CorroborationCache): void {
  const changed = db.prepare('SELECT source_id AS id, texts FROM temp.corroboration_changes').all() as { id: string; texts: number }[];
  if (changed.length === 0) return;
  forgetSources(
    cache,
    changed.filter((c) => c.texts).map((c) => c.id),
    true,
  );
  forgetSources(
    cache,
    changed.filter((c) => !c.texts).map((c) => c.id),
    false,
  );
}

/**
 * Recomputes the stale rows, inside the write that made them stale (called by writeLogged only, before it
 * commits: the counts change in the same transaction, under the same custody entry, as what they follow).
 * `nested`: the write runs inside another transaction (which may still roll back).
 */
export function refreshStale(connection: WritableDB, nested = false): void {
  const db = readableView(connection);
  if (!hasTable(db)) return; // a file still below migration 11 (its first transaction, a copy being upgraded)
  const cache = cacheFor(connection);
  forgetChanged(db, cache);
  if (!current(db)) {
    connection.prepare('UPDATE independent_sources SET n = NULL').run();
    setMetaValue(connection, VERSION_KEY, CORROBORATION_VERSION);
  }
  const stale = db
    .prepare('SELECT allegation_id FROM independent_sources INDEXED BY independent_sources_stale WHERE n IS NULL')
    .pluck()
    .all() as string[];
  if (stale.length) {
    let chars = 0;
    for (const t of cache.texts.values()) chars += t.body.length;
    if (chars > MAX_TEXT_CHARS) cache.texts.clear();
    // Many ids as one JSON list cost more than reading every link (the first write after migration 11).
    const counts = computeIndependent(db, stale, linksOf(db, stale.length > 1000 ? null : stale), cache);
    const set = connection.prepare('UPDATE independent_sources SET n = ? WHERE allegation_id = ?');
    for (const id of stale) set.run(counts.get(id) ?? 0, id);
    // What was read just now of a source this transaction changed is not kept: the change may roll back.
    forgetChanged(db, cache);
  }
  if (!nested) connection.prepare('DELETE FROM temp.corroboration_changes').run();
}
