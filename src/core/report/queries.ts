/**
 * Small, named reads of the case tables for the evidence summary. The schema (migration 001) is the
 * contract; when the case-operations read functions land these can delegate to them.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';

export interface PersonRow {
  id: string;
  name: string;
  role: string | null;
  aliases: string[];
  affiliation: string | null;
  pseudonym: string | null;
}

export interface AllegationRow {
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

export interface EvidenceRow {
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

export interface EventRow {
  id: string;
  title: string;
  description: string | null;
  dateText: string | null;
  dateValue: string | null;
  dateEnd: string | null;
  datePrecision: string;
  place: string | null;
  allegationId: string | null;
  sourceIds: string[];
}

export interface StatementRow {
  id: string;
  text: string;
  speakerId: string | null;
  speakerName: string | null;
  sourceId: string | null;
  language: string | null;
  translation: string | null;
  translationKind: string | null;
  basis: string;
  hearsayFrom: string | null;
  statedDate: string | null;
  spanStart: number | null;
  spanEnd: number | null;
}

export interface AsylumRow {
  id: string;
  country: string;
  stage: string;
  dateValue: string | null;
  datePrecision: string;
  authority: string | null;
  note: string | null;
  sourceId: string | null;
}

export interface SourceRow {
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
}

export interface CustodyRowOut {
  seq: number;
  at: string;
  action: string;
  entity: string;
  entityId: string | null;
  details: string;
  hash: string;
}

const json = <T>(s: string | null, fallback: T): T => {
  if (!s) return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
};

/** Provision / perpetrator lists may be plain strings or objects with a code/name: normalise to strings. */
const strings = (v: unknown): string[] =>
  Array.isArray(v)
    ? v
        .map((x) =>
          typeof x === 'string'
            ? x
            : x && typeof x === 'object'
              ? String((x as Record<string, unknown>).code ?? (x as Record<string, unknown>).name ?? '')
              : '',
        )
        .filter((x) => x.length > 0)
    : [];

export function readPeople(db: Database): PersonRow[] {
  const rows = db.prepare('SELECT id, name, role, aliases_json, affiliation, pseudonym FROM people ORDER BY created_at, rowid').all() as {
    id: string;
    name: string;
    role: string | null;
    aliases_json: string;
    affiliation: string | null;
    pseudonym: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    aliases: strings(json(r.aliases_json, [])),
    affiliation: r.affiliation,
    pseudonym: r.pseudonym,
  }));
}

export function readAllegations(db: Database): AllegationRow[] {
  const rows = db.prepare("SELECT * FROM allegations ORDER BY category, coalesce(date_value, '9999'), created_at, rowid").all() as Record<
    string,
    string | number | null
  >[];
  return rows.map((r) => ({
    id: r.id as string,
    category: r.category as string,
    provisions: strings(json(r.provisions_json as string, [])),
    description: r.description as string,
    place: r.place as string | null,
    dateText: r.date_text as string | null,
    dateValue: r.date_value as string | null,
    dateEnd: r.date_end as string | null,
    datePrecision: r.date_precision as string,
    perpetrators: strings(json(r.perpetrators_json as string, [])),
    units: strings(json(r.units_json as string, [])),
    victims: r.victims as string | null,
    victimStatus: r.victim_status as string,
    status: r.status as string,
    basis: r.basis as string | null,
    selfIncriminating: r.self_incriminating === 1,
    reliability: r.reliability as string | null,
    credibility: r.credibility as string | null,
    notes: r.notes as string | null,
    createdAt: r.created_at as string,
  }));
}

export function readEvidence(db: Database): EvidenceRow[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.allegation_id, e.source_id, e.excerpt, e.span_start, e.span_end, e.basis, e.reliability, e.credibility, e.origin_key,
              CASE WHEN e.excerpt IS NULL AND e.span_start IS NOT NULL AND t.text IS NOT NULL
                   THEN substr(t.text, e.span_start + 1, e.span_end - e.span_start) END AS span_text
       FROM evidence_links e LEFT JOIN source_texts t ON t.id = e.source_text_id
       ORDER BY e.allegation_id, e.created_at, e.rowid`,
    )
    .all() as Record<string, string | number | null>[];
  return rows.map((r) => ({
    id: r.id as string,
    allegationId: r.allegation_id as string,
    sourceId: r.source_id as string,
    excerpt: r.excerpt as string | null,
    spanStart: r.span_start as number | null,
    spanEnd: r.span_end as number | null,
    basis: r.basis as string | null,
    reliability: r.reliability as string | null,
    credibility: r.credibility as string | null,
    originKey: r.origin_key as string | null,
    spanText: r.span_text as string | null,
  }));
}

export function readEvents(db: Database): EventRow[] {
  const rows = db.prepare("SELECT * FROM events ORDER BY coalesce(date_value, '9999'), created_at, rowid").all() as Record<
    string,
    string | null
  >[];
  const links = db.prepare('SELECT event_id, source_id FROM event_sources ORDER BY event_id, source_id').all() as {
    event_id: string;
    source_id: string;
  }[];
  const byEvent = new Map<string, string[]>();
  for (const l of links) {
    const list = byEvent.get(l.event_id) ?? [];
    if (!list.includes(l.source_id)) list.push(l.source_id);
    byEvent.set(l.event_id, list);
  }
  return rows.map((r) => ({
    id: r.id as string,
    title: r.title as string,
    description: r.description,
    dateText: r.date_text,
    dateValue: r.date_value,
    dateEnd: r.date_end,
    datePrecision: r.date_precision as string,
    place: r.place,
    allegationId: r.allegation_id,
    sourceIds: byEvent.get(r.id as string) ?? [],
  }));
}

export function readStatements(db: Database): StatementRow[] {
  const rows = db.prepare('SELECT * FROM statements ORDER BY coalesce(stated_date, created_at), rowid').all() as Record<
    string,
    string | null
  >[];
  return rows.map((r) => ({
    id: r.id as string,
    text: r.text as string,
    speakerId: r.speaker_id,
    speakerName: r.speaker_name,
    sourceId: r.source_id,
    language: r.language,
    translation: r.translation,
    translationKind: r.translation_kind,
    basis: r.basis as string,
    hearsayFrom: r.hearsay_from,
    statedDate: r.stated_date,
    spanStart: r.span_start as unknown as number | null,
    spanEnd: r.span_end as unknown as number | null,
  }));
}

export function readAsylum(db: Database): AsylumRow[] {
  const rows = db.prepare("SELECT * FROM asylum_steps ORDER BY coalesce(date_value, '9999'), created_at, rowid").all() as Record<
    string,
    string | null
  >[];
  return rows.map((r) => ({
    id: r.id as string,
    country: r.country as string,
    stage: r.stage as string,
    dateValue: r.date_value,
    datePrecision: r.date_precision as string,
    authority: r.authority,
    note: r.note,
    sourceId: r.source_id,
  }));
}

/** Source metadata plus its first clean text (no original bytes: those are read one at a time). */
export function readSources(db: Database): SourceRow[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.sha256, s.size, s.media_type, s.encoding, s.file_name, s.imported_at, s.claimed_url, s.claimed_outlet,
              s.claimed_published_at, t.title, t.outlet, t.language, t.published_date, t.published_precision, t.format, t.text
       FROM sources s
       LEFT JOIN source_texts t ON t.id = (SELECT id FROM source_texts x WHERE x.source_id = s.id AND x.kind = 'clean' ORDER BY x.created_at LIMIT 1)
       ORDER BY s.imported_at, s.rowid`,
    )
    .all() as Record<string, string | number | null>[];
  return rows.map((r) => ({
    id: r.id as string,
    sha256: r.sha256 as string,
    size: r.size as number,
    mediaType: r.media_type as string,
    encoding: r.encoding as string | null,
    fileName: r.file_name as string,
    importedAt: r.imported_at as string,
    claimedUrl: r.claimed_url as string | null,
    claimedOutlet: r.claimed_outlet as string | null,
    claimedPublishedAt: r.claimed_published_at as string | null,
    title: r.title as string | null,
    outlet: r.outlet as string | null,
    language: r.language as string | null,
    publishedDate: r.published_date as string | null,
    publishedPrecision: r.published_precision as string | null,
    format: r.format as string | null,
    cleanText: r.text as string | null,
  }));
}

export function readSourceBytes(db: Database, id: string): Buffer {
  const row = db.prepare('SELECT bytes FROM sources WHERE id = ?').get(id) as { bytes: Buffer } | undefined;
  if (!row) throw new Error(`source ${id} vanished during export`);
  return row.bytes;
}

export function readCustody(db: Database): CustodyRowOut[] {
  const rows = db.prepare('SELECT seq, at, action, entity, entity_id, details, hash FROM custody_log ORDER BY seq').all() as {
    seq: number;
    at: string;
    action: string;
    entity: string;
    entity_id: string | null;
    details: string;
    hash: string;
  }[];
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    details: r.details,
    hash: r.hash,
  }));
}

export function readMetaValue(db: Database, key: string): string | null {
  const row = db.prepare('SELECT value FROM case_meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}
