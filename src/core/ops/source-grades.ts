/**
 * Admiralty source reliability (A–F), one grade per source (legal.md §4.1: the letter is about the source,
 * the number about each piece of information it gives, which stays on the evidence link). Owner of the
 * source_grades table. A source's grade is set from its view, or when evidence from it is linked with a
 * reliability letter; removing it (null) deletes the row.
 */
import type { z } from 'zod';
import type { SourceGrade } from '../../shared/contract/sources';
import { type CaseContext, notFound, nowIso, type ReadableDB, type WritableDB } from '../context';

type Grade = z.output<typeof SourceGrade>;

const SELECT = 'SELECT source_id AS sourceId, reliability, note, graded_at AS gradedAt FROM source_grades';

export function sourceGrade(db: ReadableDB, sourceId: string): Grade | null {
  return (db.prepare(`${SELECT} WHERE source_id = ?`).get(sourceId) as Grade | undefined) ?? null;
}

/** Every graded source's letter, by source id. */
export function sourceReliabilities(db: ReadableDB): Map<string, string> {
  return new Map(
    (db.prepare('SELECT source_id AS id, reliability FROM source_grades').all() as { id: string; reliability: string }[]).map((r) => [
      r.id,
      r.reliability,
    ]),
  );
}

/** Set (or, with null, remove) a source's reliability inside an existing write. Returns whether it changed. */
export function setSourceGradeIn(db: WritableDB, sourceId: string, reliability: string | null, note?: string | null): boolean {
  if (reliability === null) return db.prepare('DELETE FROM source_grades WHERE source_id = ?').run(sourceId).changes > 0;
  const before = db.prepare('SELECT reliability, note FROM source_grades WHERE source_id = ?').get(sourceId) as
    { reliability: string; note: string | null } | undefined;
  const nextNote = note === undefined ? (before?.note ?? null) : note;
  if (before && before.reliability === reliability && before.note === nextNote) return false;
  db.prepare(
    `INSERT INTO source_grades (source_id, reliability, note, graded_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (source_id) DO UPDATE SET reliability = excluded.reliability, note = excluded.note, graded_at = excluded.graded_at`,
  ).run(sourceId, reliability, nextNote, nowIso());
  return true;
}

/** gradeSource: the investigator grades (or ungrades) a source; one custody entry. */
export function gradeSource(ctx: CaseContext, input: { sourceId: string; reliability: string | null; note?: string | null }): Grade | null {
  if (!ctx.db.prepare('SELECT 1 FROM sources WHERE id = ?').get(input.sourceId)) throw notFound('source', input.sourceId);
  ctx.write((db) => {
    setSourceGradeIn(db, input.sourceId, input.reliability, input.note);
    return {
      result: null,
      custody: {
        action: 'source.grade',
        entity: 'source',
        entityId: input.sourceId,
        details: { reliability: input.reliability, note: input.note !== undefined && input.note !== null },
      },
    };
  });
  return sourceGrade(ctx.db, input.sourceId);
}
