/** Testimony: statements with speaker, source span, language, translation and knowledge basis. */
import type { InputOf } from '../../shared/api';
import { Statement } from '../../shared/contract/testimony';
import { CasefileError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { type CaseContext, type ReadableDB, type WritableDB, notFound, nowIso } from '../context';
import { getProfile } from './profile';
import { getPerson } from './people';
import { resolveSpan, sourceTitleOf } from './source-spans';

interface StatementRow {
  id: string;
  text: string;
  speaker_id: string | null;
  speaker_name: string | null;
  source_id: string | null;
  source_text_id: string | null;
  span_start: number | null;
  span_end: number | null;
  language: string | null;
  translation: string | null;
  translation_kind: 'human' | 'machine' | null;
  translator: string | null;
  basis: string;
  hearsay_from: string | null;
  stated_date: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

const norm = (s: string | null | undefined) => (s ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Names by which the case subject is known (profile full name and aliases), normalised. */
export function subjectNames(ctx: CaseContext): Set<string> {
  const p = getProfile(ctx);
  return new Set([p.fullName, ...p.aliases.map((a) => a.name)].filter((x): x is string => !!x).map(norm));
}

function toStatement(ctx: CaseContext, r: StatementRow, subject: Set<string>): Statement {
  return Statement.parse({
    id: r.id,
    text: r.text,
    speakerId: r.speaker_id,
    speakerName: r.speaker_name,
    speakerIsSubject: r.speaker_id === null && r.speaker_name !== null && subject.has(norm(r.speaker_name)),
    sourceId: r.source_id,
    sourceTitle: sourceTitleOf(ctx, r.source_id),
    sourceTextId: r.source_text_id,
    spanStart: r.span_start,
    spanEnd: r.span_end,
    language: r.language,
    translation: r.translation,
    translationKind: r.translation_kind,
    translator: r.translator,
    basis: r.basis,
    hearsayFrom: r.hearsay_from,
    statedDate: r.stated_date,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
}

export function listStatements(ctx: CaseContext, filter: { sourceId?: string; speakerId?: string } = {}): Statement[] {
  const where: string[] = [];
  const args: string[] = [];
  if (filter.sourceId) {
    where.push('source_id = ?');
    args.push(filter.sourceId);
  }
  if (filter.speakerId) {
    where.push('speaker_id = ?');
    args.push(filter.speakerId);
  }
  const rows = ctx.db
    .prepare(`SELECT * FROM statements ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, rowid`)
    .all(...args) as StatementRow[];
  const subject = subjectNames(ctx);
  return rows.map((r) => toStatement(ctx, r, subject));
}

export function getStatement(ctx: CaseContext, id: string): Statement {
  const r = ctx.db.prepare('SELECT * FROM statements WHERE id = ?').get(id) as StatementRow | undefined;
  if (!r) throw notFound('statement', id);
  return toStatement(ctx, r, subjectNames(ctx));
}

type AddInput = InputOf<'addStatement'>;
type UpdateInput = InputOf<'updateStatement'>;

const COLS = {
  text: 'text',
  speakerId: 'speaker_id',
  speakerName: 'speaker_name',
  sourceId: 'source_id',
  sourceTextId: 'source_text_id',
  spanStart: 'span_start',
  spanEnd: 'span_end',
  language: 'language',
  translation: 'translation',
  translationKind: 'translation_kind',
  translator: 'translator',
  basis: 'basis',
  hearsayFrom: 'hearsay_from',
  statedDate: 'stated_date',
  notes: 'notes',
} as const;

function check(ctx: CaseContext, s: Partial<AddInput>): Partial<AddInput> {
  const out = { ...s };
  if (out.speakerId) out.speakerName = getPerson(ctx, out.speakerId).name;
  if (out.sourceId) {
    const t = resolveSpan(ctx, out.sourceId, out.sourceTextId, out.spanStart, out.spanEnd);
    if (out.spanStart != null && t) out.sourceTextId = t.id;
    if (out.language === undefined && t) out.language = t.language;
  } else if (out.spanStart != null || out.sourceTextId) {
    throw new CasefileError('INVALID_INPUT', 'A span or source text needs its sourceId.');
  }
  if (out.translation && !out.translationKind) {
    throw new CasefileError('INVALID_INPUT', 'Say whether the translation is human or machine (translationKind).');
  }
  if (out.basis === 'hearsay' && !out.hearsayFrom) {
    throw new CasefileError('INVALID_INPUT', 'Hearsay needs the person it was heard from (hearsayFrom).');
  }
  return out;
}

/** Insert inside an existing write (used by suggestion accepts). */
export function insertStatementIn(ctx: CaseContext, db: WritableDB, input: AddInput): string {
  const s = check(ctx, input);
  const id = newId('statement');
  const now = nowIso();
  const keys = (Object.keys(COLS) as (keyof typeof COLS)[]).filter((k) => s[k] !== undefined);
  db.prepare(
    `INSERT INTO statements (id, ${keys.map((k) => COLS[k]).join(', ')}, created_at, updated_at) VALUES (?, ${keys.map(() => '?').join(', ')}, ?, ?)`,
  ).run(id, ...keys.map((k) => s[k] ?? null), now, now);
  return id;
}

export function addStatement(ctx: CaseContext, input: AddInput): Statement {
  const id = ctx.write((db) => {
    const sid = insertStatementIn(ctx, db, input);
    return {
      result: sid,
      custody: {
        action: 'statement.add',
        entity: 'statement',
        entityId: sid,
        details: { sourceId: input.sourceId ?? null, basis: input.basis ?? 'first-hand' },
      },
    };
  });
  return getStatement(ctx, id);
}

export function updateStatement(ctx: CaseContext, input: UpdateInput): Statement {
  const before = getStatement(ctx, input.id);
  const { id, ...patch } = input;
  const merged = check(ctx, { ...before, ...patch } as Partial<AddInput>);
  const keys = (Object.keys(COLS) as (keyof typeof COLS)[]).filter(
    (k) => merged[k] !== undefined && JSON.stringify(merged[k] ?? null) !== JSON.stringify(before[k as keyof Statement] ?? null),
  );
  if (keys.length === 0) return before;
  ctx.write((db) => {
    db.prepare(`UPDATE statements SET ${keys.map((k) => `${COLS[k]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
      ...keys.map((k) => merged[k] ?? null),
      nowIso(),
      id,
    );
    return { result: null, custody: { action: 'statement.update', entity: 'statement', entityId: id, details: { fields: keys } } };
  });
  return getStatement(ctx, id);
}

/**
 * Delete a statement inside an existing write. Evidence links that quoted it keep their source span but no
 * longer point to it; element links made through the statement go with it.
 */
export function deleteStatementIn(ctx: CaseContext, db: WritableDB, id: string): void {
  getStatement(ctx, id);
  db.prepare('DELETE FROM element_links WHERE statement_id = ?').run(id);
  db.prepare('UPDATE evidence_links SET statement_id = NULL WHERE statement_id = ?').run(id);
  db.prepare('DELETE FROM statements WHERE id = ?').run(id);
}

/** Statements spoken by `fromId` become `toId`'s (inside a write; used when two people are merged). */
export function reassignSpeakerIn(db: WritableDB, fromId: string, toId: string, toName: string): number {
  return db.prepare('UPDATE statements SET speaker_id = ?, speaker_name = ? WHERE speaker_id = ?').run(toId, toName, fromId).changes;
}

// ───── Reads for the evidence summary (report/queries.ts), in entry order so refs are stable ─────

export interface StatementForExport {
  id: string;
  text: string;
  speakerId: string | null;
  speakerName: string | null;
  sourceId: string | null;
  language: string | null;
  translation: string | null;
  translationKind: string | null;
  /** Who translated it (a person or a service), when recorded. */
  translator: string | null;
  basis: string;
  hearsayFrom: string | null;
  statedDate: string | null;
  spanStart: number | null;
  spanEnd: number | null;
}

export function statementsForExport(db: ReadableDB): StatementForExport[] {
  return db
    .prepare(
      `SELECT id, text, speaker_id AS speakerId, speaker_name AS speakerName, source_id AS sourceId, language, translation,
              translation_kind AS translationKind, translator, basis, hearsay_from AS hearsayFrom, stated_date AS statedDate,
              span_start AS spanStart, span_end AS spanEnd
       FROM statements ORDER BY coalesce(stated_date, created_at), rowid`,
    )
    .all() as StatementForExport[];
}
