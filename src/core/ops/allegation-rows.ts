/**
 * The allegations table's data at any size: a window of rows with only the columns the table shows,
 * sorted and filtered by SQL in the case file, the counts of what matched (and per category, for the
 * group headings), and the chart's counts by GROUP BY. Nothing here builds a full Allegation: no evidence
 * objects, no excerpts, no zod parse per link. Independent sources come from the corroboration, computed
 * for the rows of the window only, except when the table is sorted by them: each allegation's count is
 * kept in the file (migration 11, ops/independent-sources.ts); one not yet stored is computed here, each
 * source's facts read once (for all the window's sources in one go) and kept for the open case until
 * anything in it changes (SQLite's total_changes()).
 *
 * At 50,000 rows what costs is reading pages (each one decrypted and authenticated), so an unfiltered
 * window reads none of the table: the counts come from `record_counts` (migration 6), the chart from an
 * index, and a window sorted by category is read category by category from the (category, created_at)
 * index, skipping whole categories by their counts (migration 10). A text filter is looked for in a
 * trigram index (migration 12, `indexedFilter`): a text of one to three ASCII characters is a set of rowids
 * there, so a window filtered by it and sorted by date or category reads indexes only (migration 12's
 * `allegations_sort`, migration 10's); any other text reads only the rows the index gives as candidates and
 * tests them as it tested every row before. The rows found are the same either way.
 */
import type { z } from 'zod';
import type {
  AllegationColumn,
  AllegationCounts,
  AllegationRow,
  AllegationRows,
  AllegationRowsQuery,
} from '../../shared/contract/allegations';
import { ALLEGATION_STATUSES, type AllegationStatus, CRIME_CATEGORIES, type CrimeCategory } from '../../shared/domain';
import type { CaseContext } from '../context';
import type { AllegationRow as StoredAllegation } from './allegations';
import { corroborationCache, type CorroborationCache } from './corroboration';
import { computeIndependent, type LinkLite, linksOf, storedIndependent } from './independent-sources';
import { parseJson } from './source-spans';
import { categoryLabel } from './taxonomy';

type Query = z.output<typeof AllegationRowsQuery>;

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
/** The category's label as SQL sees it (the table sorts and groups by what it shows, not by the id). */
const LABEL_SQL = `CASE a.category ${CRIME_CATEGORIES.map((c) => `WHEN ${quote(c)} THEN ${quote(categoryLabel(c))}`).join(' ')} ELSE a.category END`;

/**
 * How SQL orders each column. An empty value (no place, undated, ungraded) is the smallest, as it was when
 * the table sorted in the page: first going up, last going down.
 */
const ORDER: Record<Exclude<AllegationColumn, 'independent'>, string> = {
  category: `${LABEL_SQL} COLLATE NOCASE`,
  provisions: 'a.provisions_json',
  description: 'a.description COLLATE NOCASE',
  place: "coalesce(a.place, '') COLLATE NOCASE",
  date: "coalesce(a.date_value, '')",
  perpetrators: '(a.perpetrators_json || a.units_json) COLLATE NOCASE',
  victimStatus: 'a.victim_status',
  basis: "coalesce(a.basis, '')",
  grade:
    "CASE WHEN a.reliability IS NULL AND a.credibility IS NULL THEN '' ELSE coalesce(a.reliability, '?') || coalesce(a.credibility, '?') END",
  status: 'a.status',
  selfIncriminating: 'a.self_incriminating',
};
const TIE = 'a.created_at, a.rowid';

/**
 * What the text filter looks in: every column the table shows, joined by spaces into one string (HAY), or
 * column by column (HAY_PARTS) when the text has no space: then a match cannot span two of them, so it is
 * the same rows, without building the whole string for each of 50,000 rows (half the filter's CPU). Every
 * part is NOT NULL or coalesced, as HAY needs; the grade's two letters stay one part, as HAY joins them.
 */
const HAY_PARTS = [
  LABEL_SQL,
  'a.description',
  "coalesce(a.place, '')",
  'a.provisions_json',
  'a.perpetrators_json',
  'a.units_json',
  'a.victim_status',
  'a.status',
  "coalesce(a.basis, '')",
  "coalesce(a.reliability, '') || coalesce(a.credibility, '')",
];
const HAY = `(${HAY_PARTS.map((p) => `(${p})`).join(" || ' ' || ")})`;

/**
 * The filter's own test of a text in the columns `hays`. SQLite's LIKE folds case for ASCII only, so text
 * beyond ASCII is also looked for as typed, in lower case, in upper case and capitalised (Cyrillic,
 * diacritics): "бахмут" finds "Бахмут" and "БАХМУТ". Each test rebuilds the row's text, so only the tests
 * that can find more are run: LIKE alone for ASCII text (the variants are among what it finds), the
 * variants alone for text without ASCII letters (LIKE would be the exact search, the first variant).
 */
function textTests(text: string, hays: string[], args: string[]): string {
  const tests: string[] = [];
  const ascii = isAscii(text);
  if (/[A-Za-z]/.test(text) || ascii) {
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    for (const hay of hays) {
      tests.push(`${hay} LIKE ? ESCAPE '\\'`);
      args.push(pattern);
    }
  }
  if (!ascii)
    for (const v of variantsOf(text))
      for (const hay of hays) {
        tests.push(`instr(${hay}, ?) > 0`);
        args.push(v);
      }
  return `(${tests.join(' OR ')})`;
}

const isAscii = (text: string) => [...text].every((c) => c.charCodeAt(0) < 0x80);

/** The texts the filter looks for exactly (instr) when the text is not ASCII. */
function variantsOf(text: string): string[] {
  const lower = text.toLocaleLowerCase();
  return [...new Set([text, lower, text.toLocaleUpperCase(), lower.charAt(0).toLocaleUpperCase() + lower.slice(1)])];
}

/** ASCII letters in lower case, nothing else changed: how LIKE compares. */
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** As the trigram index holds text (migration 12): the two characters FTS5 folds into ASCII letters moved aside. */
const asIndexed = (s: string) => s.replace(/\u017f/g, '\ue000').replace(/\u212a/g, '\ue001');

const ftsString = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * What the trigram index (migration 12) finds for `piece` (no space in it): the rows whose indexed text
 * holds it, case folded, as an FTS5 query. Three characters or more: every trigram of it (the index keeps
 * no positions, so this is a superset); one or two ASCII characters: any trigram that begins with them (the
 * index's terms, folded, are ASCII-lower-cased; every such text in a row begins one, the row's last
 * characters too: two U+0001 follow them). Null when the index cannot say (one or two characters beyond
 * ASCII, whose case folding only FTS5 knows).
 */
function indexQuery(ctx: CaseContext, piece: string): string | null {
  const chars = [...asIndexed(piece)];
  if (chars.length >= 3) {
    const grams = new Set<string>();
    for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3).join(''));
    return [...grams].map(ftsString).join(' AND ');
  }
  if (!isAscii(piece)) return null;
  const prefix = asciiLower(piece);
  const terms = ctx.db
    .prepare('SELECT term FROM allegations_text_terms WHERE term >= ? AND term <= ?')
    .pluck()
    .all(prefix, `${prefix}\u{10ffff}\u{10ffff}`) as string[];
  return (
    terms
      .filter((t) => t.startsWith(prefix))
      .map(ftsString)
      .join(' OR ') || '""'
  );
}

/** The categories present in the case, with the label the filter searches (LABEL_SQL). */
function labels(ctx: CaseContext): { category: string; label: string }[] {
  return (
    ctx.db.prepare("SELECT substr(name, 13) FROM record_counts WHERE name LIKE 'allegations:%' AND n > 0").pluck().all() as string[]
  ).map((category) => ({ category, label: categoryLabel(category as CrimeCategory) }));
}

const inList = (values: string[], args: string[]) => {
  args.push(...values);
  return values.map(() => '?').join(', ');
};

/**
 * The text filter with the trigram index (migration 12), giving the same rows as its test on every row
 * (`textTests` over HAY or HAY_PARTS), or null where the index cannot help (then the test reads every row).
 * - One to three ASCII characters, no space: the index is exact (LIKE folds ASCII case, the index folds case
 *   and holds no other character that folds into ASCII), so the filter is a set of rowids, or a category
 *   whose label holds the text; no row of the table is read to filter, and a window sorted by date or
 *   category is read from indexes alone.
 * - Anything else: the index gives candidates, the rows the test then reads. A text with spaces is looked
 *   for by its longest word: that word lies within one column, never across two (HAY joins them by
 *   spaces), so each row that holds the text holds it in the label (its category is a candidate) or in the
 *   indexed columns. A text beyond ASCII gives one candidate query per form the test looks for.
 */
function indexedFilter(ctx: CaseContext, text: string, args: string[]): string | null {
  // U+0001 pads the index; a lone surrogate reaches SQLite as U+FFFD, so the pieces looked for here would
  // not be what the test looks for: both are left to the test on every row.
  if (text.includes('\u0001') || /[\ud800-\udfff]/.test(text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''))) return null;
  const ascii = isAscii(text);
  const words = text.split(' ');
  const k = words.reduce((best, w, i) => ([...w].length > [...words[best]].length ? i : best), 0);
  const forms = ascii ? [text] : variantsOf(text);
  const pieces: string[] = [];
  for (const f of forms) {
    const w = f.split(' ');
    if (w.length !== words.length || !w[k]) return null;
    pieces.push(w[k]);
  }
  const queries: string[] = [];
  for (const p of new Set(pieces)) {
    const q = indexQuery(ctx, p);
    if (q === null) return null;
    queries.push(`(${q})`);
  }
  const match = queries.join(' OR ');
  // Labels that hold the word (as LIKE or instr would find it): their rows match, or are candidates.
  const word = pieces[0];
  const cats = labels(ctx)
    .filter(({ label }) => asciiLower(label).includes(asciiLower(word)) || pieces.some((p) => label.includes(p)))
    .map((c) => c.category);
  const exact = ascii && !text.includes(' ') && [...text].length <= 3;
  if (exact) {
    const inIndex = `+a.rowid IN (SELECT rowid FROM allegations_text WHERE allegations_text MATCH ?)`;
    const byLabel = cats.length ? `a.category IN (${inList(cats, args)}) OR ` : '';
    args.push(match);
    return `(${byLabel}${inIndex})`;
  }
  const candidates: string[] = [];
  candidates.push('SELECT rowid FROM allegations_text WHERE allegations_text MATCH ?');
  args.push(match);
  if (cats.length) candidates.push(`SELECT rowid FROM allegations WHERE category IN (${inList(cats, args)})`);
  return `a.rowid IN (${candidates.join(' UNION ALL ')}) AND ${textTests(text, text.includes(' ') ? [HAY] : HAY_PARTS.map((p) => `(${p})`), args)}`;
}

/** The WHERE clause of the filters. */
function whereOf(ctx: CaseContext, q: Pick<Query, 'category' | 'status' | 'search'>): { sql: string; args: string[] } {
  const where: string[] = [];
  const args: string[] = [];
  if (q.category) {
    where.push('a.category = ?');
    args.push(q.category);
  }
  if (q.status) {
    where.push('a.status = ?');
    args.push(q.status);
  }
  const text = q.search?.trim();
  if (text) {
    const indexed = indexedFilter(ctx, text, args);
    where.push(indexed ?? textTests(text, text.includes(' ') ? [HAY] : HAY_PARTS.map((p) => `(${p})`), args));
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', args };
}

/** The sort keys as the table asked, with the category first when rows are grouped by it. */
function sortKeys(q: Query): Query['sort'] {
  const keys = q.sort.length ? q.sort : [{ column: 'category' as const, desc: false }];
  if (!q.groupByCategory || keys[0].column === 'category') return keys;
  return [{ column: 'category', desc: false }, ...keys.filter((k) => k.column !== 'category')];
}

function orderBy(keys: Query['sort']): string {
  const parts: string[] = [];
  for (const k of keys) {
    if (k.column === 'independent') continue;
    parts.push(`${ORDER[k.column]}${k.desc ? ' DESC' : ''}`);
  }
  return [...parts, TIE].join(', ');
}

/** What a window reads of each allegation (not its victims, notes or times). */
type RowData = Omit<StoredAllegation, 'victims' | 'notes' | 'created_at' | 'updated_at'>;

/** Corroboration shared by the calls of one open case, dropped as soon as anything in the case changes. */
interface Shared {
  changes: number;
  cache: CorroborationCache;
  independent: Map<string, number>;
}
const shared = new WeakMap<CaseContext, Shared>();

function sharedFor(ctx: CaseContext): Shared {
  const changes = (ctx.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  let s = shared.get(ctx);
  if (!s || s.changes !== changes) shared.set(ctx, (s = { changes, cache: corroborationCache(), independent: new Map() }));
  return s;
}

/**
 * Independent sources of each allegation named (every one when `ids` is null): the counts stored in the
 * file (migration 11) where they are current, else computed here and kept in the shared cache. `known` are
 * links already read for those ids.
 */
function independentOf(ctx: CaseContext, ids: readonly string[] | null, known?: Map<string, LinkLite[]>): Map<string, number> {
  const s = sharedFor(ctx);
  const wanted = ids?.filter((id) => !s.independent.has(id)) ?? null;
  if (wanted === null || wanted.length) {
    const stored = storedIndependent(ctx.db, wanted);
    for (const [id, n] of stored) s.independent.set(id, n);
    const all = wanted ?? (ctx.db.prepare('SELECT id FROM allegations').pluck().all() as string[]);
    const missing = all.filter((id) => !stored.has(id));
    if (missing.length) {
      const computed = computeIndependent(ctx.db, missing, known ?? linksOf(ctx.db, wanted === null ? null : missing), s.cache);
      for (const [id, n] of computed) s.independent.set(id, n);
    }
  }
  return s.independent;
}

const grade = (r: string | null, c: string | null) => (r && c ? `${r}${c}` : r ? `${r}?` : c ? `?${c}` : null);

function toRow(r: RowData, sources: number, independent: number): AllegationRow {
  const liability = parseJson<{ name: string; mode: string }[]>(r.liability_json, []);
  const named = [...parseJson<string[]>(r.perpetrators_json, []), ...parseJson<string[]>(r.units_json, [])];
  return {
    id: r.id,
    category: r.category,
    categoryLabel: categoryLabel(r.category),
    provisions: parseJson<string[]>(r.provisions_json, []),
    description: r.description,
    place: r.place,
    date: {
      text: r.date_text,
      value: r.date_value,
      end: r.date_end,
      precision: r.date_precision as AllegationRow['date']['precision'],
    },
    perpetrators: named
      .map((n) => {
        const mode = liability.find((l) => l.name === n)?.mode;
        return mode ? `${n} (${mode})` : n;
      })
      .join('; '),
    victimStatus: r.victim_status as AllegationRow['victimStatus'],
    basis: r.basis as AllegationRow['basis'],
    grade: grade(r.reliability, r.credibility),
    status: r.status as AllegationStatus,
    sources,
    independent,
    selfIncriminating: r.self_incriminating === 1,
  };
}

/** Matched allegations per category (with the filters), in the order the table shows categories. */
interface Group {
  category: CrimeCategory;
  label: string;
  count: number;
}

/**
 * Labels as SQL orders them (`COLLATE NOCASE`: ASCII letters folded, then code units), so the groups come
 * in the order of the rows.
 */
const nocase = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const byLabel = (x: Group, y: Group) => {
  const a = nocase(x.label);
  const b = nocase(y.label);
  return a < b ? -1 : a > b ? 1 : x.category < y.category ? -1 : x.category > y.category ? 1 : 0;
};

/** Counts per category: kept by triggers in `record_counts` when nothing filters, else one GROUP BY. */
function groupsOf(ctx: CaseContext, where: { sql: string; args: string[] }, desc: boolean): Group[] {
  const rows = (
    where.sql
      ? ctx.db.prepare(`SELECT a.category, count(*) AS n FROM allegations a ${where.sql} GROUP BY a.category`).all(...where.args)
      : ctx.db.prepare("SELECT substr(name, 13) AS category, n FROM record_counts WHERE name LIKE 'allegations:%' AND n > 0").all()
  ) as { category: CrimeCategory; n: number }[];
  const groups = rows.map((g) => ({ category: g.category, label: categoryLabel(g.category), count: g.n })).sort(byLabel);
  return desc ? groups.reverse() : groups;
}

/**
 * The window when the rows are sorted by category first: the categories' counts say which categories the
 * window spans (whole categories before it are skipped), and each is read in its own order from the
 * (category, created_at) index, stopping at the window's last row.
 */
function windowByCategory(ctx: CaseContext, q: Query, where: { sql: string; args: string[] }, groups: Group[]): number[] {
  const rest = sortKeys(q).slice(1);
  const sql = `SELECT a.rowid FROM allegations a ${where.sql ? `${where.sql} AND` : 'WHERE'} a.category = ?
    ORDER BY ${orderBy(rest)} LIMIT ? OFFSET ?`;
  const ids: number[] = [];
  let skip = q.offset;
  for (const g of groups) {
    if (ids.length >= q.limit) break;
    if (skip >= g.count) {
      skip -= g.count;
      continue;
    }
    ids.push(
      ...(ctx.db
        .prepare(sql)
        .pluck()
        .all(...where.args, g.category, q.limit - ids.length, skip) as number[]),
    );
    skip = 0;
  }
  return ids;
}

/**
 * The ids of the window, in order, and how many rows matched when the query counted them (`count(*) OVER
 * ()`: the rows are all read for the sort anyway). SQL sorts, unless independent sources are a sort key.
 */
function windowIds(ctx: CaseContext, q: Query, where: { sql: string; args: string[] }): { ids: number[]; matched: number | null } {
  const keys = sortKeys(q);
  const byIndependent = keys.findIndex((k) => k.column === 'independent');
  if (byIndependent < 0) {
    const rows = ctx.db
      .prepare(
        `SELECT a.rowid AS id, ${where.sql ? 'count(*) OVER ()' : 'NULL'} AS matched FROM allegations a ${where.sql}
         ORDER BY ${orderBy(keys)} LIMIT ? OFFSET ?`,
      )
      .all(...where.args, q.limit, q.offset) as { id: number; matched: number | null }[];
    return { ids: rows.map((r) => r.id), matched: rows[0]?.matched ?? null };
  }
  // Sorted by independent sources: SQL orders by the keys after it (and gives the rank of the keys before
  // it), the corroboration of every matched allegation (cached) decides the rest.
  const before = keys.slice(0, byIndependent);
  const ranked = ctx.db
    .prepare(
      `SELECT a.rowid AS rid, a.id, ${before.length ? `dense_rank() OVER (ORDER BY ${orderBy(before).replace(`, ${TIE}`, '')})` : '0'} AS rank
       FROM allegations a ${where.sql} ORDER BY ${orderBy(keys.slice(byIndependent + 1))}`,
    )
    .all(...where.args) as { rid: number; id: string; rank: number }[];
  const independent = independentOf(ctx, null);
  const desc = keys[byIndependent].desc ? -1 : 1;
  const order = ranked.map((r, i) => ({ ...r, i, n: independent.get(r.id) ?? 0 }));
  order.sort((x, y) => x.rank - y.rank || desc * (x.n - y.n) || x.i - y.i);
  return { ids: order.slice(q.offset, q.offset + q.limit).map((r) => r.rid), matched: ranked.length };
}

export function allegationRows(ctx: CaseContext, q: Query): z.input<typeof AllegationRows> {
  const where = whereOf(ctx, q);
  const keys = sortKeys(q);
  const categoryFirst = keys[0].column === 'category' && !keys.some((k) => k.column === 'independent');
  const total = ctx.db.prepare("SELECT coalesce(sum(n), 0) FROM record_counts WHERE name LIKE 'allegations:%'").pluck().get() as number;
  const groups = q.groupByCategory || categoryFirst ? groupsOf(ctx, where, keys[0].column === 'category' && keys[0].desc) : null;
  let rowids: number[];
  let matched: number | null;
  if (categoryFirst && groups) {
    rowids = windowByCategory(ctx, q, where, groups);
    matched = groups.reduce((n, g) => n + g.count, 0);
  } else {
    ({ ids: rowids, matched } = windowIds(ctx, q, where));
    if (groups) matched = groups.reduce((n, g) => n + g.count, 0);
  }
  if (!where.sql) matched = total;
  matched ??= ctx.db
    .prepare(`SELECT count(*) FROM allegations a ${where.sql}`)
    .pluck()
    .get(...where.args) as number;
  const data = new Map(
    (
      ctx.db
        .prepare(
          `SELECT a.rowid AS rid, a.id, a.category, a.provisions_json, a.description, a.place, a.date_text, a.date_value, a.date_end, a.date_precision,
                a.perpetrators_json, a.units_json, a.liability_json, a.victim_status, a.basis, a.reliability, a.credibility, a.status,
                a.self_incriminating
         FROM allegations a WHERE a.rowid IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(rowids)) as (RowData & { rid: number })[]
    ).map((r) => [r.rid, r]),
  );
  const ids = rowids.map((rid) => (data.get(rid) as RowData).id);
  const links = linksOf(ctx.db, ids);
  const independent = independentOf(ctx, ids, links);
  const rows = rowids.map((rid) => {
    const r = data.get(rid) as RowData;
    return toRow(r, new Set((links.get(r.id) ?? []).map((l) => l.sourceId)).size, independent.get(r.id) ?? 0);
  });
  return { total, matched, offset: q.offset, rows, groups: q.groupByCategory ? groups : null };
}

/** The chart's counts: by category and status, and by year; GROUP BY, nothing built. */
export function allegationCounts(ctx: CaseContext): z.input<typeof AllegationCounts> {
  const cells = ctx.db.prepare('SELECT category, status, count(*) AS n FROM allegations GROUP BY category, status').all() as {
    category: CrimeCategory;
    status: AllegationStatus;
    n: number;
  }[];
  const byCategory = new Map<CrimeCategory, Partial<Record<AllegationStatus, number>>>();
  let total = 0;
  for (const c of cells) {
    const row = byCategory.get(c.category) ?? {};
    if (ALLEGATION_STATUSES.includes(c.status)) row[c.status] = c.n;
    byCategory.set(c.category, row);
    total += c.n;
  }
  const years = ctx.db
    .prepare(
      // From the index the counts above read (its pages are in the cache now), not the wider allegations_sort.
      "SELECT coalesce(substr(date_value, 1, 4), 'undated') AS year, count(*) AS n FROM allegations INDEXED BY allegations_chart GROUP BY year ORDER BY year = 'undated', year",
    )
    .all() as { year: string; n: number }[];
  return {
    total,
    byCategory: [...byCategory.entries()]
      .map(([category, byStatus]) => ({ category, label: categoryLabel(category), byStatus }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    byYear: years.map((y) => ({ year: y.year, count: y.n })),
  };
}
