import type { InputOf } from '../../shared/api';
import { SourceSummary } from '../../shared/contract/sources';
import { admitSource, type AdmittedSource } from '../ingest/admit';
import { newId } from '../../shared/ids';
import { correctedSourceField } from '../custody/log';
import { type CaseContext, type ReadableDB, type WritableDB, notFound, nowIso } from '../context';

export { sha256Hex } from '../ingest/admit';

const SUMMARY_SQL = `
  SELECT s.id, s.sha256, s.size, s.media_type AS mediaType, s.encoding, s.file_name AS fileName,
         s.imported_at AS importedAt, s.claimed_url AS claimedUrl, s.claimed_outlet AS claimedOutlet,
         s.claimed_published_at AS claimedPublishedAt,
         (SELECT t.title FROM source_texts t WHERE t.source_id = s.id AND t.kind = 'clean' ORDER BY t.created_at LIMIT 1) AS title,
         (SELECT t.language FROM source_texts t WHERE t.source_id = s.id AND t.kind = 'clean' ORDER BY t.created_at LIMIT 1) AS language,
         (SELECT t.outlet FROM source_texts t WHERE t.source_id = s.id AND t.kind = 'clean' ORDER BY t.created_at LIMIT 1) AS outlet,
         (SELECT t.published_date FROM source_texts t WHERE t.source_id = s.id AND t.kind = 'clean' ORDER BY t.created_at LIMIT 1) AS publishedDate,
         (SELECT count(*) FROM suggestions g WHERE g.source_id = s.id AND g.status = 'pending') AS pendingSuggestions,
         (SELECT r.reliability FROM source_grades r WHERE r.source_id = s.id) AS reliability
  FROM sources s`;

/** The URL shown for a source: its latest correction (in the custody log), else what was claimed. */
function withUrl(ctx: CaseContext, row: Omit<SourceSummary, 'url'>): SourceSummary {
  const corrected = correctedSourceField(ctx.db, row.id, 'url');
  return SourceSummary.parse({ ...row, url: corrected !== undefined ? corrected : row.claimedUrl });
}

export function listSources(ctx: CaseContext): SourceSummary[] {
  return (ctx.db.prepare(`${SUMMARY_SQL} ORDER BY s.imported_at, s.rowid`).all() as SourceSummary[]).map((r) => withUrl(ctx, r));
}

export function getSource(ctx: CaseContext, id: string): SourceSummary {
  const row = ctx.db.prepare(`${SUMMARY_SQL} WHERE s.id = ?`).get(id) as SourceSummary | undefined;
  if (!row) throw notFound('source', id);
  return withUrl(ctx, row);
}

export function findSourceBySha(ctx: CaseContext, sha: string): SourceSummary | null {
  const row = ctx.db.prepare('SELECT id FROM sources WHERE sha256 = ?').get(sha) as { id: string } | undefined;
  return row ? getSource(ctx, row.id) : null;
}

export type AddSourceInput = InputOf<'addSource'> & { encoding?: string | null };
/** What is stored beside an original's bytes: how it was described when it came in. */
export type OriginalMeta = Omit<AddSourceInput, 'fileName' | 'bytes'>;

/**
 * Store an original. Returns the existing source (duplicate: true) when the same bytes are already in
 * the case: evidence is stored once, and the attempt is still recorded in the custody log.
 */
export function addSource(ctx: CaseContext, input: AddSourceInput): { source: SourceSummary; duplicate: boolean } {
  const source = admitSource(input.fileName, input.bytes);
  const stored = ctx.write((db) => {
    const r = storeOriginal(db, source, input);
    return {
      result: r,
      custody: {
        action: 'source.add',
        entity: 'source',
        entityId: r.id,
        details: { sha256: r.sha256, bytes: input.bytes.byteLength, fileName: input.fileName, ...(r.duplicate ? { duplicate: true } : {}) },
      },
    };
  });
  return { source: getSource(ctx, stored.id), duplicate: stored.duplicate };
}

/**
 * Insert an original unless the same bytes are already stored. No custody entry: the caller writes the
 * one entry for the whole operation (`addSource` writes `source.add`, an import writes `source.import`),
 * inside the same transaction. The entry must carry `sha256` with entity 'source' for `verify`.
 */
export function storeOriginal(
  db: WritableDB,
  source: AdmittedSource,
  meta: OriginalMeta,
): { id: string; sha256: string; duplicate: boolean } {
  // Size and hash as admitted (ingest/admit.ts): neither is computed again here.
  const { bytes, fileName, sha256: sha } = source;
  const existing = db.prepare('SELECT id FROM sources WHERE sha256 = ?').get(sha) as { id: string } | undefined;
  if (existing) return { id: existing.id, sha256: sha, duplicate: true };
  const id = newId('source');
  db.prepare(
    `INSERT INTO sources (id, sha256, bytes, size, media_type, encoding, file_name, imported_at, claimed_url, claimed_outlet, claimed_published_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    sha,
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    bytes.byteLength,
    meta.mediaType ?? 'application/octet-stream',
    meta.encoding ?? null,
    fileName,
    nowIso(),
    meta.claimedUrl ?? null,
    meta.claimedOutlet ?? null,
    meta.claimedPublishedAt ?? null,
  );
  return { id, sha256: sha, duplicate: false };
}

/** A source's original, exactly as received. */
export function originalOf(db: ReadableDB, id: string): { fileName: string; mediaType: string; bytes: Buffer } {
  const row = db.prepare('SELECT file_name AS fileName, media_type AS mediaType, bytes FROM sources WHERE id = ?').get(id) as
    { fileName: string; mediaType: string; bytes: Buffer } | undefined;
  if (!row) throw notFound('source', id);
  return row;
}

export function getSourceBytes(ctx: CaseContext, id: string): { fileName: string; mediaType: string; bytes: Uint8Array } {
  const o = originalOf(ctx.db, id);
  return { ...o, bytes: new Uint8Array(o.bytes) };
}

// ───── Reads for the evidence summary (report/queries.ts), in entry order so refs are stable ─────

export interface SourceForExport {
  id: string;
  sha256: string;
  size: number;
  mediaType: string;
  encoding: string | null;
  fileName: string;
  importedAt: string;
  claimedUrl: string | null;
  claimedOutlet: string | null;
  claimedPublishedAt: string | null;
  title: string | null;
  outlet: string | null;
  language: string | null;
  publishedDate: string | null;
  publishedPrecision: string | null;
  /** The importer's document format (html, wordpress-json-fragment, text, pdf, docx…). */
  format: string | null;
  cleanText: string | null;
  /** Admiralty source reliability (A–F) the investigator gave the source, or null. */
  reliability: string | null;
}

/** Source metadata plus its first clean text (no original bytes: those are read one at a time). */
export function sourcesForExport(db: ReadableDB): SourceForExport[] {
  return db
    .prepare(
      `SELECT s.id, s.sha256, s.size, s.media_type AS mediaType, s.encoding, s.file_name AS fileName, s.imported_at AS importedAt,
              s.claimed_url AS claimedUrl, s.claimed_outlet AS claimedOutlet, s.claimed_published_at AS claimedPublishedAt,
              t.title, t.outlet, t.language, t.published_date AS publishedDate, t.published_precision AS publishedPrecision,
              t.format, t.text AS cleanText, (SELECT g.reliability FROM source_grades g WHERE g.source_id = s.id) AS reliability
       FROM sources s
       LEFT JOIN source_texts t ON t.id = (SELECT id FROM source_texts x WHERE x.source_id = s.id AND x.kind = 'clean' ORDER BY x.created_at LIMIT 1)
       ORDER BY s.imported_at, s.rowid`,
    )
    .all() as SourceForExport[];
}

/** The SHA-256 recorded for a source at import, or null when the case has no such source. */
export function recordedSha256(db: ReadableDB, id: string): string | null {
  return (db.prepare('SELECT sha256 FROM sources WHERE id = ?').pluck().get(id) as string | undefined) ?? null;
}
