/** Allegations: category and provisions from the taxonomy, dates, perpetrators, victims, graded evidence links. */
import type { z } from 'zod';
import type { InputOf } from '../../shared/api';
import { Allegation, EvidenceLink, type EvidenceInput } from '../../shared/contract/allegations';
import type { CrimeCategory } from '../../shared/domain';
import { CasefileError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { type CaseContext, type ReadableDB, type WritableDB, notFound, nowIso } from '../context';
import { corroborate, corroborationCache, type CorroborationCache } from './corroboration';
import { setSourceGradeIn } from './source-grades';
import { excerptOf, parseJson, resolveSpan, strings } from './source-spans';
import { categoryLabel, defaultProvisions, provisionTitle } from './taxonomy';

/** An allegations row as stored. */
export interface AllegationRow {
  id: string;
  category: CrimeCategory;
  provisions_json: string;
  description: string;
  place: string | null;
  date_text: string | null;
  date_value: string | null;
  date_end: string | null;
  date_precision: string;
  perpetrators_json: string;
  units_json: string;
  liability_json: string;
  victims: string | null;
  victim_status: string;
  status: string;
  basis: string | null;
  self_incriminating: number;
  reliability: string | null;
  credibility: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

interface LinkRow {
  id: string;
  allegation_id: string;
  source_id: string;
  source_text_id: string | null;
  statement_id: string | null;
  span_start: number | null;
  span_end: number | null;
  excerpt: string | null;
  basis: string | null;
  /** The source's grade (source_grades), not the link's own column (cleared by migration 9). */
  source_reliability: string | null;
  credibility: string | null;
  origin_key: string | null;
  created_at: string;
  file_name: string;
  sha256: string;
  title: string | null;
  outlet: string | null;
}

const grade = (r: string | null, c: string | null) => (r && c ? `${r}${c}` : r ? `${r}?` : c ? `?${c}` : null);

/** A link's reliability letter is its SOURCE's grade (source_grades); its credibility is its own. */
const SOURCE_RELIABILITY = '(SELECT g.reliability FROM source_grades g WHERE g.source_id = e.source_id) AS source_reliability';

const LINKS_SQL = `
  SELECT e.*, ${SOURCE_RELIABILITY}, s.file_name, s.sha256,
    (SELECT t.title FROM source_texts t WHERE t.source_id = s.id AND t.kind = 'clean' ORDER BY t.created_at LIMIT 1) AS title,
    coalesce((SELECT t.outlet FROM source_texts t WHERE t.source_id = s.id AND t.kind = 'clean' ORDER BY t.created_at LIMIT 1), s.claimed_outlet) AS outlet
  FROM evidence_links e JOIN sources s ON s.id = e.source_id`;

function toLink(r: LinkRow): EvidenceLink {
  return EvidenceLink.parse({
    id: r.id,
    allegationId: r.allegation_id,
    sourceId: r.source_id,
    sourceTitle: r.title ?? r.file_name,
    sourceFileName: r.file_name,
    sourceSha256: r.sha256,
    outlet: r.outlet,
    sourceTextId: r.source_text_id,
    statementId: r.statement_id,
    spanStart: r.span_start,
    spanEnd: r.span_end,
    excerpt: r.excerpt,
    basis: r.basis,
    reliability: r.source_reliability,
    credibility: r.credibility,
    grade: grade(r.source_reliability, r.credibility),
    originKey: r.origin_key,
    createdAt: r.created_at,
  });
}

function linksOf(ctx: CaseContext, allegationId: string): EvidenceLink[] {
  return (ctx.db.prepare(`${LINKS_SQL} WHERE e.allegation_id = ? ORDER BY e.created_at, e.rowid`).all(allegationId) as LinkRow[]).map(
    toLink,
  );
}

function toAllegation(
  ctx: CaseContext,
  r: AllegationRow,
  links = linksOf(ctx, r.id),
  cache: CorroborationCache = corroborationCache(),
): Allegation {
  return Allegation.parse({
    id: r.id,
    category: r.category,
    categoryLabel: categoryLabel(r.category),
    provisions: parseJson<string[]>(r.provisions_json, []).map((code) => ({ code, title: provisionTitle(code) })),
    description: r.description,
    place: r.place,
    date: { text: r.date_text, value: r.date_value, end: r.date_end, precision: r.date_precision },
    perpetrators: parseJson(r.perpetrators_json, []),
    units: parseJson(r.units_json, []),
    liability: parseJson(r.liability_json, []),
    victims: r.victims,
    victimStatus: r.victim_status,
    status: r.status,
    basis: r.basis,
    selfIncriminating: r.self_incriminating === 1,
    reliability: r.reliability,
    credibility: r.credibility,
    grade: grade(r.reliability, r.credibility),
    notes: r.notes,
    evidence: links,
    corroboration: corroborate(ctx, r.id, links, cache),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
}

/**
 * Every allegation (of a category or status), with evidence and corroboration. Built for a case with
 * tens of thousands: the links come in one query, each source's title and outlet are looked up once, and
 * corroboration reads and compares each source once for the whole list (CorroborationCache).
 */
export function listAllegations(ctx: CaseContext, filter: { category?: string; status?: string } = {}): Allegation[] {
  const where: string[] = [];
  const args: string[] = [];
  if (filter.category) {
    where.push('category = ?');
    args.push(filter.category);
  }
  if (filter.status) {
    where.push('status = ?');
    args.push(filter.status);
  }
  const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = ctx.db.prepare(`SELECT * FROM allegations ${cond} ORDER BY category, created_at, rowid`).all(...args) as AllegationRow[];
  const linkRows = ctx.db
    .prepare(
      `SELECT e.*, ${SOURCE_RELIABILITY}, s.file_name, s.sha256, s.claimed_outlet FROM evidence_links e JOIN sources s ON s.id = e.source_id
       ${cond ? `WHERE e.allegation_id IN (SELECT id FROM allegations ${cond})` : ''}
       ORDER BY e.allegation_id, e.created_at, e.rowid`,
    )
    .all(...args) as (Omit<LinkRow, 'title' | 'outlet'> & { claimed_outlet: string | null })[];
  const firstText = ctx.db.prepare(
    "SELECT title, outlet FROM source_texts WHERE source_id = ? AND kind = 'clean' ORDER BY created_at LIMIT 1",
  );
  const described = new Map<string, { title: string | null; outlet: string | null }>();
  const byAllegation = new Map<string, EvidenceLink[]>();
  for (const l of linkRows) {
    let d = described.get(l.source_id);
    if (!d) {
      const t = firstText.get(l.source_id) as { title: string | null; outlet: string | null } | undefined;
      described.set(l.source_id, (d = { title: t?.title ?? null, outlet: t?.outlet ?? l.claimed_outlet }));
    }
    const list = byAllegation.get(l.allegation_id) ?? [];
    list.push(toLink({ ...l, title: d.title, outlet: d.outlet }));
    byAllegation.set(l.allegation_id, list);
  }
  const cache = corroborationCache();
  return rows.map((r) => toAllegation(ctx, r, byAllegation.get(r.id) ?? [], cache));
}

export function getAllegation(ctx: CaseContext, id: string): Allegation {
  const r = ctx.db.prepare('SELECT * FROM allegations WHERE id = ?').get(id) as AllegationRow | undefined;
  if (!r) throw notFound('allegation', id);
  return toAllegation(ctx, r);
}

type AddInput = InputOf<'addAllegation'>;
type UpdateInput = InputOf<'updateAllegation'>;
export type EvidenceIn = z.output<typeof EvidenceInput>;

function checkProvisions(codes: string[]): string[] {
  const unknown = codes.filter((c) => provisionTitle(c) === 'not in the shipped taxonomy');
  if (unknown.length)
    throw new CasefileError('INVALID_INPUT', `Unknown Rome Statute provision(s): ${unknown.join(', ')}. See the taxonomy.`);
  return [...new Set(codes.map((c) => c.trim()))];
}

/** Column values for the allegation fields that are present in `a`. */
function columns(a: Partial<AddInput>): Record<string, unknown> {
  const c: Record<string, unknown> = {};
  if (a.category !== undefined) c.category = a.category;
  if (a.provisions !== undefined) c.provisions_json = JSON.stringify(checkProvisions(a.provisions));
  if (a.description !== undefined) c.description = a.description;
  if (a.place !== undefined) c.place = a.place;
  if (a.date !== undefined) {
    c.date_text = a.date.text;
    c.date_value = a.date.value;
    c.date_end = a.date.end;
    c.date_precision = a.date.precision;
  }
  if (a.perpetrators !== undefined) c.perpetrators_json = JSON.stringify(a.perpetrators);
  if (a.units !== undefined) c.units_json = JSON.stringify(a.units);
  if (a.liability !== undefined) c.liability_json = JSON.stringify(a.liability);
  if (a.victims !== undefined) c.victims = a.victims;
  if (a.victimStatus !== undefined) c.victim_status = a.victimStatus;
  if (a.status !== undefined) c.status = a.status;
  if (a.basis !== undefined) c.basis = a.basis;
  if (a.selfIncriminating !== undefined) c.self_incriminating = a.selfIncriminating ? 1 : 0;
  if (a.reliability !== undefined) c.reliability = a.reliability;
  if (a.credibility !== undefined) c.credibility = a.credibility;
  if (a.notes !== undefined) c.notes = a.notes;
  return c;
}

/** Insert inside an existing write. */
export function insertAllegationIn(db: WritableDB, input: Omit<AddInput, 'evidence'>): string {
  const id = newId('allegation');
  const now = nowIso();
  const cols = columns({ ...input, provisions: input.provisions ?? defaultProvisions(input.category) });
  const names = Object.keys(cols);
  db.prepare(
    `INSERT INTO allegations (id, ${names.join(', ')}, created_at, updated_at) VALUES (?, ${names.map(() => '?').join(', ')}, ?, ?)`,
  ).run(id, ...Object.values(cols), now, now);
  return id;
}

/** Insert an evidence link inside an existing write. */
export function insertLinkIn(ctx: CaseContext, db: WritableDB, allegationId: string, e: EvidenceIn): string {
  const t = resolveSpan(ctx, e.sourceId, e.sourceTextId, e.start, e.end);
  if (e.statementId && !db.prepare('SELECT 1 FROM statements WHERE id = ?').get(e.statementId)) throw notFound('statement', e.statementId);
  const id = newId('evidence');
  // A reliability letter given with the link grades its source (for every link to it).
  if (e.reliability) setSourceGradeIn(db, e.sourceId, e.reliability);
  db.prepare(
    `INSERT INTO evidence_links (id, allegation_id, source_id, source_text_id, statement_id, span_start, span_end, excerpt, basis, credibility, origin_key, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    allegationId,
    e.sourceId,
    e.start != null ? (t?.id ?? null) : (e.sourceTextId ?? null),
    e.statementId ?? null,
    e.start ?? null,
    e.end ?? null,
    e.excerpt ?? excerptOf(t?.text, e.start, e.end),
    e.basis ?? null,
    e.credibility ?? null,
    e.originKey ?? null,
    nowIso(),
  );
  return id;
}

export function addAllegation(ctx: CaseContext, input: AddInput): Allegation {
  const id = ctx.write((db) => {
    const { evidence, ...fields } = input;
    const aid = insertAllegationIn(db, fields);
    const links = (evidence ?? []).map((e) => insertLinkIn(ctx, db, aid, e));
    return {
      result: aid,
      custody: { action: 'allegation.add', entity: 'allegation', entityId: aid, details: { category: input.category, evidence: links } },
    };
  });
  return getAllegation(ctx, id);
}

export function updateAllegation(ctx: CaseContext, input: UpdateInput): Allegation {
  getAllegation(ctx, input.id);
  const { id, ...patch } = input;
  const cols = columns(patch);
  const names = Object.keys(cols);
  if (names.length === 0) return getAllegation(ctx, id);
  ctx.write((db) => {
    db.prepare(`UPDATE allegations SET ${names.map((n) => `${n} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
      ...Object.values(cols),
      nowIso(),
      id,
    );
    return {
      result: null,
      custody: {
        action: 'allegation.update',
        entity: 'allegation',
        entityId: id,
        details: { fields: Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined) },
      },
    };
  });
  return getAllegation(ctx, id);
}

export function linkEvidence(ctx: CaseContext, input: EvidenceIn & { allegationId: string }): Allegation {
  getAllegation(ctx, input.allegationId);
  ctx.write((db) => {
    const lid = insertLinkIn(ctx, db, input.allegationId, input);
    return {
      result: lid,
      custody: {
        action: 'evidence.link',
        entity: 'evidence',
        entityId: lid,
        details: { allegationId: input.allegationId, sourceId: input.sourceId },
      },
    };
  });
  return getAllegation(ctx, input.allegationId);
}

function linkRow(ctx: CaseContext, id: string): { allegation_id: string; source_id: string } {
  const r = ctx.db.prepare('SELECT allegation_id, source_id FROM evidence_links WHERE id = ?').get(id) as
    { allegation_id: string; source_id: string } | undefined;
  if (!r) throw notFound('evidence link', id);
  return r;
}

export function updateEvidence(
  ctx: CaseContext,
  input: { id: string; basis?: string | null; reliability?: string | null; credibility?: string | null; originKey?: string | null },
): Allegation {
  const link = linkRow(ctx, input.id);
  const map = { basis: 'basis', credibility: 'credibility', originKey: 'origin_key' } as const;
  const own = (Object.keys(map) as (keyof typeof map)[]).filter((k) => input[k] !== undefined);
  const keys = (['basis', 'reliability', 'credibility', 'originKey'] as const).filter((k) => input[k] !== undefined);
  if (keys.length) {
    ctx.write((db) => {
      if (own.length)
        db.prepare(`UPDATE evidence_links SET ${own.map((k) => `${map[k]} = ?`).join(', ')} WHERE id = ?`).run(
          ...own.map((k) => input[k] ?? null),
          input.id,
        );
      // Reliability is the source's: grading it here grades every link to that source.
      if (input.reliability !== undefined) setSourceGradeIn(db, link.source_id, input.reliability);
      return {
        result: null,
        custody: {
          action: 'evidence.update',
          entity: 'evidence',
          entityId: input.id,
          details: { allegationId: link.allegation_id, fields: keys },
        },
      };
    });
  }
  return getAllegation(ctx, link.allegation_id);
}

export function unlinkEvidence(ctx: CaseContext, id: string): Allegation {
  const link = linkRow(ctx, id);
  ctx.write((db) => {
    db.prepare('DELETE FROM evidence_links WHERE id = ?').run(id);
    return {
      result: null,
      custody: {
        action: 'evidence.unlink',
        entity: 'evidence',
        entityId: id,
        details: { allegationId: link.allegation_id, sourceId: link.source_id },
      },
    };
  });
  return getAllegation(ctx, link.allegation_id);
}

/** Delete an evidence link inside an existing write (its element links go with it). */
export function deleteLinkIn(ctx: CaseContext, db: WritableDB, id: string): { allegationId: string } {
  const link = linkRow(ctx, id);
  db.prepare('DELETE FROM element_links WHERE evidence_id = ?').run(id);
  db.prepare('DELETE FROM evidence_links WHERE id = ?').run(id);
  return { allegationId: link.allegation_id };
}

/**
 * Delete an allegation inside an existing write: its element links and evidence links first (children
 * before the parent, so undo can put the parent back before them), and events no longer point to it.
 */
export function deleteAllegationIn(ctx: CaseContext, db: WritableDB, id: string): void {
  getAllegation(ctx, id);
  db.prepare('DELETE FROM element_links WHERE allegation_id = ?').run(id);
  db.prepare('DELETE FROM evidence_links WHERE allegation_id = ?').run(id);
  db.prepare('UPDATE events SET allegation_id = NULL WHERE allegation_id = ?').run(id);
  db.prepare('DELETE FROM allegations WHERE id = ?').run(id);
}

/** Evidence links whose origin override is `key`. */
export function linksWithOrigin(ctx: CaseContext, key: string): { id: string; allegation_id: string }[] {
  return ctx.db.prepare('SELECT id, allegation_id FROM evidence_links WHERE origin_key = ?').all(key) as {
    id: string;
    allegation_id: string;
  }[];
}

/** Rename (or, with `to` null, remove) an origin override on every link that carries it, inside a write. */
export function setOriginIn(db: WritableDB, from: string, to: string | null): number {
  return db.prepare('UPDATE evidence_links SET origin_key = ? WHERE origin_key = ?').run(to, from).changes;
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/**
 * Merge allegations into `keepId` inside a write: the others' evidence and element links and events move
 * to it, provisions, perpetrators, units and modes of liability are joined, their notes appended; the
 * others are deleted. One act, one allegation, several qualifications.
 */
export function mergeAllegationsIn(ctx: CaseContext, db: WritableDB, keepId: string, mergeIds: string[]): void {
  const keep = getAllegation(ctx, keepId);
  const others = mergeIds.filter((m) => m !== keepId).map((m) => getAllegation(ctx, m));
  if (others.length === 0) throw new CasefileError('INVALID_INPUT', 'Name at least one other allegation to merge into this one.');
  let provisions = keep.provisions.map((p) => p.code);
  let perpetrators = keep.perpetrators;
  let units = keep.units;
  let liability = keep.liability;
  const notes = [keep.notes];
  for (const o of others) {
    provisions = union(
      provisions,
      o.provisions.map((p) => p.code),
    );
    perpetrators = union(perpetrators, o.perpetrators);
    units = union(units, o.units);
    liability = [...liability, ...o.liability.filter((l) => !liability.some((k) => k.name === l.name && k.mode === l.mode))];
    notes.push(o.notes);
    for (const t of ['evidence_links', 'element_links', 'events'])
      db.prepare(`UPDATE ${t} SET allegation_id = ? WHERE allegation_id = ?`).run(keepId, o.id);
    db.prepare('DELETE FROM allegations WHERE id = ?').run(o.id);
  }
  const cols = columns({
    provisions,
    perpetrators,
    units,
    liability,
    notes: notes.filter((n): n is string => !!n).join('\n\n') || null,
    place: keep.place ?? others.find((o) => o.place)?.place ?? null,
  });
  const names = Object.keys(cols);
  db.prepare(`UPDATE allegations SET ${names.map((n) => `${n} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
    ...Object.values(cols),
    nowIso(),
    keepId,
  );
}

/**
 * Split an allegation inside a write: a new allegation with the same fields (or the description given)
 * takes over the named evidence links and their element links. Returns the new allegation's id.
 */
export function splitAllegationIn(ctx: CaseContext, db: WritableDB, id: string, evidenceIds: string[], description?: string): string {
  const a = getAllegation(ctx, id);
  const own = new Set(a.evidence.map((e) => e.id));
  const stray = evidenceIds.filter((e) => !own.has(e));
  if (stray.length) throw new CasefileError('INVALID_INPUT', `Evidence link(s) ${stray.join(', ')} do not belong to allegation ${id}.`);
  if (evidenceIds.length === 0 || evidenceIds.length === a.evidence.length)
    throw new CasefileError('INVALID_INPUT', 'Name some, but not all, of the evidence links to move to the new allegation.');
  const nid = insertAllegationIn(db, {
    category: a.category,
    provisions: a.provisions.map((p) => p.code),
    description: description ?? a.description,
    place: a.place,
    date: a.date,
    perpetrators: a.perpetrators,
    units: a.units,
    liability: a.liability,
    victims: a.victims,
    victimStatus: a.victimStatus,
    status: a.status,
    basis: a.basis,
    selfIncriminating: a.selfIncriminating,
    reliability: a.reliability,
    credibility: a.credibility,
    notes: a.notes,
  });
  for (const e of evidenceIds) {
    db.prepare('UPDATE evidence_links SET allegation_id = ? WHERE id = ?').run(nid, e);
    db.prepare('UPDATE element_links SET allegation_id = ? WHERE evidence_id = ?').run(nid, e);
  }
  return nid;
}

// ───── Reads for the evidence summary (report/queries.ts), in entry order so refs are stable ─────

export interface AllegationForExport {
  id: string;
  category: string;
  provisions: string[];
  description: string;
  place: string | null;
  dateText: string | null;
  dateValue: string | null;
  dateEnd: string | null;
  datePrecision: string;
  perpetrators: string[];
  units: string[];
  victims: string | null;
  victimStatus: string;
  status: string;
  basis: string | null;
  selfIncriminating: boolean;
  reliability: string | null;
  credibility: string | null;
  notes: string | null;
  createdAt: string;
}

export function allegationsForExport(db: ReadableDB): AllegationForExport[] {
  const rows = db
    .prepare(
      `SELECT id, category, provisions_json, description, place, date_text AS dateText, date_value AS dateValue, date_end AS dateEnd,
              date_precision AS datePrecision, perpetrators_json, units_json, victims, victim_status AS victimStatus, status, basis,
              self_incriminating, reliability, credibility, notes, created_at AS createdAt
       FROM allegations ORDER BY category, coalesce(date_value, '9999'), created_at, rowid`,
    )
    .all() as (Omit<AllegationForExport, 'provisions' | 'perpetrators' | 'units' | 'selfIncriminating'> & {
    provisions_json: string;
    perpetrators_json: string;
    units_json: string;
    self_incriminating: number;
  })[];
  return rows.map(({ provisions_json, perpetrators_json, units_json, self_incriminating, ...r }) => ({
    ...r,
    provisions: strings(parseJson(provisions_json, [])),
    perpetrators: strings(parseJson(perpetrators_json, [])),
    units: strings(parseJson(units_json, [])),
    selfIncriminating: self_incriminating === 1,
  }));
}

export interface EvidenceForExport {
  id: string;
  allegationId: string;
  sourceId: string;
  excerpt: string | null;
  spanStart: number | null;
  spanEnd: number | null;
  basis: string | null;
  reliability: string | null;
  credibility: string | null;
  originKey: string | null;
  /** Excerpt recovered from the clean text when the link stores only a span. */
  spanText: string | null;
}

export function evidenceForExport(db: ReadableDB): EvidenceForExport[] {
  return db
    .prepare(
      `SELECT e.id, e.allegation_id AS allegationId, e.source_id AS sourceId, e.excerpt, e.span_start AS spanStart, e.span_end AS spanEnd,
              e.basis, (SELECT g.reliability FROM source_grades g WHERE g.source_id = e.source_id) AS reliability, e.credibility,
              e.origin_key AS originKey,
              CASE WHEN e.excerpt IS NULL AND e.span_start IS NOT NULL AND t.text IS NOT NULL
                   THEN substr(t.text, e.span_start + 1, e.span_end - e.span_start) END AS spanText
       FROM evidence_links e LEFT JOIN source_texts t ON t.id = e.source_text_id
       ORDER BY e.allegation_id, e.created_at, e.rowid`,
    )
    .all() as EvidenceForExport[];
}

/** Which statements are cited as evidence of which allegation. */
export function statementEvidence(db: ReadableDB): { allegationId: string; statementId: string }[] {
  return db
    .prepare('SELECT allegation_id AS allegationId, statement_id AS statementId FROM evidence_links WHERE statement_id IS NOT NULL')
    .all() as { allegationId: string; statementId: string }[];
}
