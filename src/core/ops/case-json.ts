/**
 * The case as data (docs/case-json.md): exportJson gives every table of the case as versioned JSON
 * (original bytes as base64 only when asked); importJson restores such a file into a NEW case file,
 * keeping every record id, so dump → restore → dump differs only in `exportedAt` and `case`.
 */
import { rmSync } from 'node:fs';
import { CASE_JSON_VERSION, CaseJson } from '../../shared/contract/case-json';
import { Profile } from '../../shared/contract/case';
import { CasefileError } from '../../shared/errors';
import { invalidInput } from '../bind';
import { custodyHead } from '../custody/log';
import { type CaseContext, nowIso, type WritableDB } from '../context';
import type { Session } from '../session';
import { getProfile, PROFILE_COLUMNS } from './profile';
import { sha256Hex } from './sources';

/** JSON key ↔ table, in foreign-key order (restore inserts in this order). */
const TABLES = [
  ['sources', 'sources', 'id'],
  ['sourceTexts', 'source_texts', 'id'],
  ['people', 'people', 'id'],
  ['statements', 'statements', 'id'],
  ['allegations', 'allegations', 'id'],
  ['evidence', 'evidence_links', 'id'],
  ['events', 'events', 'id'],
  ['eventSources', 'event_sources', 'event_id, source_id, span_start'],
  ['asylum', 'asylum_steps', 'id'],
  ['asylumGrounds', 'asylum_grounds', 'id'],
  ['disclosures', 'disclosures', 'id'],
  ['suggestions', 'suggestions', 'id'],
  ['elementLinks', 'element_links', 'id'],
  ['sourceGrades', 'source_grades', 'source_id'],
] as const;
type TableKey = (typeof TABLES)[number][0];

const camel = (col: string) => col.replace(/_json$/, '').replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

function columnsOf(ctx: CaseContext, table: string): string[] {
  return (ctx.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

function exportRow(row: Record<string, unknown>, includeBytes: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [col, v] of Object.entries(row)) {
    if (col === 'bytes') {
      if (includeBytes) out.bytesBase64 = Buffer.from(v as Buffer).toString('base64');
      continue;
    }
    out[camel(col)] = col.endsWith('_json') && typeof v === 'string' ? JSON.parse(v) : v;
  }
  return out;
}

export function exportJson(ctx: CaseContext, opts: { includeOriginals: boolean; omitSensitive: boolean }): CaseJson {
  const meta = ctx.store.meta();
  const profile = getProfile(ctx);
  const omitted: string[] = [];
  if (opts.omitSensitive) {
    for (const f of profile.sensitive) {
      if (f in profile && f !== 'sensitive' && f !== 'updatedAt') {
        (profile as Record<string, unknown>)[f] = Array.isArray((profile as Record<string, unknown>)[f]) ? [] : null;
        omitted.push(f);
      }
    }
  }
  // Recording the export first means the head in the file names this export.
  ctx.write(() => ({
    result: null,
    custody: {
      action: 'case.export-json',
      entity: 'case',
      entityId: meta.caseId,
      details: { includeOriginals: opts.includeOriginals, omittedSensitive: omitted },
    },
  }));
  const tables = {} as Record<TableKey, Record<string, unknown>[]>;
  for (const [key, table, order] of TABLES) {
    tables[key] = (ctx.db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all() as Record<string, unknown>[]).map((r) =>
      exportRow(r, opts.includeOriginals),
    );
  }
  return CaseJson.parse({
    format: 'casefile-case-json',
    version: CASE_JSON_VERSION,
    exportedAt: nowIso(),
    case: { caseId: meta.caseId, title: meta.title, createdAt: meta.createdAt, custodyHead: custodyHead(ctx.db) },
    includesOriginals: opts.includeOriginals,
    omittedSensitive: omitted,
    profile,
    ...tables,
  });
}

/** Parse and check a case JSON before anything is written: version, originals present and matching their hashes. */
export function checkCaseJson(data: unknown): CaseJson {
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > CASE_JSON_VERSION) {
    throw new CasefileError(
      'NEWER_VERSION',
      `This case JSON is format version ${version}; this Casefile reads version ${CASE_JSON_VERSION} only. Nothing was created.`,
    );
  }
  const p = CaseJson.safeParse(data);
  if (!p.success) throw invalidInput('importJson', p.error);
  const json = p.data;
  for (const s of json.sources) {
    if (typeof s.bytesBase64 !== 'string') {
      throw new CasefileError(
        'INVALID_INPUT',
        `Source ${String(s.id)} (${String(s.fileName)}) has no original bytes in this JSON. A case is only restored with its originals, because sources are evidence verified by their SHA-256: export with originals (casefile dump --with-originals). Nothing was created.`,
      );
    }
    const bytes = Buffer.from(s.bytesBase64, 'base64');
    if (sha256Hex(bytes) !== s.sha256) {
      throw new CasefileError(
        'DAMAGED',
        `Source ${String(s.id)} (${String(s.fileName)}): the original bytes in this JSON do not match its recorded SHA-256. Nothing was created.`,
      );
    }
  }
  return json;
}

function insertRows(ctx: CaseContext, db: WritableDB, table: string, rows: Record<string, unknown>[]): void {
  const cols = columnsOf(ctx, table);
  const nullable = new Set(
    (ctx.db.prepare(`SELECT name FROM pragma_table_info(?) WHERE "notnull" = 0`).all(table) as { name: string }[]).map((c) => c.name),
  );
  const stmt = db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
  for (const r of rows) {
    stmt.run(
      ...cols.map((c) => {
        if (c === 'bytes') return Buffer.from(String(r.bytesBase64), 'base64');
        const v = r[camel(c)];
        if (c.endsWith('_json')) return v === null && nullable.has(c) ? null : JSON.stringify(v ?? (c === 'payload_json' ? {} : []));
        if (typeof v === 'boolean') return v ? 1 : 0;
        return v ?? null;
      }),
    );
  }
}

const PROFILE_COLS: Record<string, string> = { ...PROFILE_COLUMNS, updatedAt: 'updated_at' };

export function importJson(session: Session, input: { path: string; passphrase: string; title?: string; data: unknown }): CaseContext {
  const json = checkCaseJson(input.data);
  const ctx = session.create(input.path, input.passphrase, input.title ?? json.case.title);
  try {
    ctx.write((db) => {
      const profile = Profile.parse(json.profile);
      const names = Object.keys(PROFILE_COLS);
      db.prepare(`UPDATE profile SET ${names.map((n) => `${PROFILE_COLS[n]} = ?`).join(', ')} WHERE id = 1`).run(
        ...names.map((n) => (n === 'aliases' || n === 'sensitive' ? JSON.stringify(profile[n]) : profile[n as keyof typeof profile])),
      );
      for (const [key, table] of TABLES) insertRows(ctx, db, table, json[key]);
      const counts = Object.fromEntries(TABLES.map(([key]) => [key, json[key].length]));
      return {
        result: null,
        custody: [
          {
            action: 'case.import-json',
            entity: 'case',
            entityId: ctx.store.meta().caseId,
            details: { fromCaseId: json.case.caseId, fromCustodyHead: json.case.custodyHead, formatVersion: json.version, counts },
          },
          // verify checks that each source's import is in the custody log with its hash.
          ...json.sources.map((s) => ({
            action: 'source.add',
            entity: 'source',
            entityId: String(s.id),
            details: { sha256: s.sha256, bytes: s.size, fileName: s.fileName, restoredFrom: json.case.caseId },
          })),
        ],
      };
    });
  } catch (e) {
    session.close();
    for (const p of [input.path, `${input.path}-wal`, `${input.path}-shm`, `${input.path}-journal`]) rmSync(p, { force: true });
    if (e instanceof CasefileError) throw e;
    throw new CasefileError(
      'INVALID_INPUT',
      `The case JSON could not be restored (${(e as Error).message.slice(0, 200)}). Nothing was kept.`,
    );
  }
  return ctx;
}
