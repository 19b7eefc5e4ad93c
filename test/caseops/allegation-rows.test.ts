/**
 * The allegations table's window (issue #11/#15): rows with the columns shown, sorted and filtered in SQL.
 * On a generated case it must give, page by page, exactly the rows the full list gives when sorted and
 * filtered the same way in JavaScript (the table's behaviour before), independent sources included; and
 * its counts (matched, per category, the chart's) what counting the full list gives.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCase, mulberry32, shapeFor } from '../../bench/lib/casegen';
import { CaseContext } from '../../src/core/context';
import { allegationCounts, allegationRows } from '../../src/core/ops/allegation-rows';
import { addAllegation, listAllegations, updateAllegation } from '../../src/core/ops/allegations';
import { categoryLabel } from '../../src/core/ops/taxonomy';
import { CaseStore } from '../../src/core/store/case-store';
import { AllegationRows, AllegationRowsQuery, type Allegation } from '../../src/shared/contract/allegations';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();

function generated(records: number, seed: number): CaseContext {
  const ctx = new CaseContext(CaseStore.create(join(tmp(), `r${seed}.casefile`), PASS, 'generated'));
  generateCase((fn) => ctx.write((db) => ({ result: null, custody: fn(db).custody as never })), shapeFor(records), seed, 500);
  return ctx;
}

const rows = (ctx: CaseContext, q: Parameters<typeof AllegationRowsQuery.parse>[0]) =>
  AllegationRows.parse(allegationRows(ctx, AllegationRowsQuery.parse(q)));

/** Every row of a query, fetched in windows of `size`. */
function allRows(ctx: CaseContext, q: Record<string, unknown>, size: number) {
  const out = [];
  for (let offset = 0; ; offset += size) {
    const page = rows(ctx, { ...q, offset, limit: size });
    out.push(...page.rows);
    if (page.rows.length < size) return out;
  }
}

const cmp = (x: string, y: string) => (x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0);

describe('allegationRows on a generated case', () => {
  it('pages sorted by date, description and independent sources equal the full list sorted the same way', () => {
    const ctx = generated(1000, 7);
    try {
      ctx.write((db) => {
        db.prepare("UPDATE evidence_links SET origin_key = 'interview-1' WHERE rowid % 5 = 0").run();
        db.prepare("UPDATE allegations SET date_value = NULL, date_precision = 'unknown' WHERE rowid % 11 = 0").run();
        return { result: null, custody: { action: 'test.setup', entity: 'case', entityId: null } };
      });
      const full = listAllegations(ctx);
      // Entry order: the generated ids count up as the rows are written.
      const entry = (a: Allegation, b: Allegation) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

      // Date, newest first, undated last (an empty date is the smallest).
      const byDate = [...full].sort((a, b) => (b.date.value ?? '').localeCompare(a.date.value ?? '') || entry(a, b));
      expect(byDate.at(-1)!.date.value).toBeNull();
      const got = allRows(ctx, { sort: [{ column: 'date', desc: true }] }, 37);
      expect(got.map((r) => r.id)).toEqual(byDate.map((a) => a.id));
      // The row carries what the full allegation says, in the table's form.
      const a0 = full.find((a) => a.id === got[0].id)!;
      expect(got[0]).toMatchObject({
        category: a0.category,
        categoryLabel: a0.categoryLabel,
        provisions: a0.provisions.map((p) => p.code),
        description: a0.description,
        date: a0.date,
        grade: a0.grade,
        status: a0.status,
        independent: a0.corroboration.independent,
        sources: a0.corroboration.sources,
      });

      // Independent sources, most first, then category: computed by the corroboration, equal to the full list's.
      const merged = full.filter((a) => a.corroboration.independent < a.corroboration.sources);
      expect(merged.length).toBeGreaterThan(5);
      const byIndependent = [...full].sort(
        (a, b) => b.corroboration.independent - a.corroboration.independent || cmp(a.categoryLabel, b.categoryLabel) || entry(a, b),
      );
      const gotInd = allRows(
        ctx,
        {
          sort: [
            { column: 'independent', desc: true },
            { column: 'category', desc: false },
          ],
        },
        101,
      );
      expect(gotInd.map((r) => [r.id, r.independent])).toEqual(byIndependent.map((a) => [a.id, a.corroboration.independent]));
    } finally {
      ctx.store.close();
    }
  });

  it('filters by category, status and text, and counts the groups and the chart as the full list does', () => {
    const ctx = generated(800, 9);
    try {
      addAllegation(ctx, { category: 'torture', description: 'Побиття полонених у підвалі', place: 'Бахмут' });
      const full = listAllegations(ctx);
      const category = full[0].category;
      const corroborated = full.filter((a) => a.status === 'corroborated' && a.category === category);
      expect(corroborated.length).toBeGreaterThan(1);
      const page = rows(ctx, { category, status: 'corroborated', limit: 1000 });
      expect(page.matched).toBe(corroborated.length);
      expect(page.total).toBe(full.length);
      expect(new Set(page.rows.map((r) => r.id))).toEqual(new Set(corroborated.map((a) => a.id)));

      // Text: case-insensitive, Cyrillic too, in any shown column (here the place and the description).
      expect(rows(ctx, { search: 'бахмут' }).rows.map((r) => r.place)).toEqual(['Бахмут']);
      expect(rows(ctx, { search: 'ПОЛОНЕНИХ' }).matched).toBe(1);
      const word = full[3].description.split(' ')[1];
      const withWord = full.filter((a) =>
        `${a.categoryLabel} ${a.description} ${a.place ?? ''}`.toLowerCase().includes(word.toLowerCase()),
      );
      expect(rows(ctx, { search: word.toUpperCase(), limit: 1000 }).matched).toBeGreaterThanOrEqual(withWord.length);
      expect(rows(ctx, { search: '%' }).matched).toBe(0);
      // Every shown column, joined by spaces: a text with a space may span two of them (the description's
      // end and the place), one without is looked for in each column, and finds what the joined text would.
      expect(rows(ctx, { search: 'підвалі Бахмут' }).matched).toBe(1);
      const hays = filterColumns(ctx).map((r) => r.parts.join(' ').toLowerCase());
      for (const text of [word, 'b2', 'F6', 'alleged', 'own-troops', 'Torture', 'first-hand', 'eported', '8(2)', 'Izium']) {
        expect([text, rows(ctx, { search: text, limit: 1000 }).matched]).toEqual([
          text,
          hays.filter((h) => h.includes(text.toLowerCase())).length,
        ]);
      }

      // Grouped: category first, with each category's count, in the order the rows come.
      const grouped = rows(ctx, { groupByCategory: true, sort: [{ column: 'date', desc: false }], limit: 1000 });
      const counts = new Map<string, number>();
      for (const a of full) counts.set(a.categoryLabel, (counts.get(a.categoryLabel) ?? 0) + 1);
      expect(grouped.groups?.map((g) => [g.label, g.count])).toEqual([...counts].sort((x, y) => cmp(x[0], y[0])));
      expect([...new Set(grouped.rows.map((r) => r.categoryLabel))]).toEqual(grouped.groups?.map((g) => g.label));

      const chart = allegationCounts(ctx);
      expect(chart.total).toBe(full.length);
      const cell = chart.byCategory.find((c) => c.category === category)!;
      expect(cell.byStatus.corroborated).toBe(corroborated.length);
      expect(chart.byYear.reduce((s, y) => s + y.count, 0)).toBe(full.length);
    } finally {
      ctx.store.close();
    }
  });

  it('independent sources are recounted after a change (the cache is dropped)', () => {
    const ctx = generated(300, 11);
    try {
      const first = allRows(ctx, { sort: [{ column: 'independent', desc: true }] }, 500);
      const two = first.find((r) => r.independent >= 2)!;
      expect(two).toBeDefined();
      ctx.write((db) => {
        db.prepare("UPDATE evidence_links SET origin_key = 'same' WHERE allegation_id = ?").run(two.id);
        return { result: null, custody: { action: 'test.origin', entity: 'case', entityId: null } };
      });
      const again = allRows(ctx, { sort: [{ column: 'independent', desc: true }] }, 500).find((r) => r.id === two.id)!;
      expect(again.independent).toBe(1);
    } finally {
      ctx.store.close();
    }
  });
});

/** Every column the filter searches, per allegation, read straight from the table (the rule the tests compare with). */
function filterColumns(ctx: CaseContext): { id: string; parts: string[] }[] {
  const raw = ctx.db
    .prepare(
      `SELECT id, category, description, coalesce(place, '') AS place, provisions_json, perpetrators_json, units_json, victim_status,
         status, coalesce(basis, '') AS basis, coalesce(reliability, '') || coalesce(credibility, '') AS grade FROM allegations`,
    )
    .all() as Record<string, string>[];
  return raw.map((r) => ({
    id: r.id,
    parts: [
      categoryLabel(r.category as Parameters<typeof categoryLabel>[0]),
      r.description,
      r.place,
      r.provisions_json,
      r.perpetrators_json,
      r.units_json,
      r.victim_status,
      r.status,
      r.basis,
      r.grade,
    ],
  }));
}

/**
 * What the text filter finds, written out here as the table's contract (before migration 12 the SQL did
 * exactly this on every row): the columns the table shows (the category's label, description, place,
 * provisions, perpetrators, units, victim status, status, basis, grade); a text with a space in them
 * joined by spaces, one without in each; ASCII letters in any case (SQLite's LIKE), and a text beyond ASCII
 * also as typed, in lower case, in upper case and capitalised. Nothing else is folded: not diacritics, not
 * the long s or the Kelvin sign (which FTS5 folds into s and k).
 */
function filterHolds(parts: string[], typed: string): boolean {
  const text = typed.trim();
  const hays = text.includes(' ') ? [parts.join(' ')] : parts;
  const ascii = [...text].every((c) => c.charCodeAt(0) < 0x80);
  const al = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
  if ((ascii || /[A-Za-z]/.test(text)) && hays.some((h) => al(h).includes(al(text)))) return true;
  if (ascii) return false;
  const lower = text.toLocaleLowerCase();
  const forms = [text, lower, text.toLocaleUpperCase(), lower.charAt(0).toLocaleUpperCase() + lower.slice(1)];
  return hays.some((h) => forms.some((f) => h.includes(f)));
}

describe('the text filter with its trigram index (migration 12)', () => {
  it('finds exactly the rows the filter holds for, texts of one and two characters included', () => {
    const ctx = generated(600, 13);
    try {
      // Rows whose text the index could get wrong: characters FTS5 folds into ASCII (ſ, the Kelvin sign),
      // a text at the very end of the indexed columns (the grade, a place of two letters), Cyrillic and
      // Greek in every case, quotes and LIKE's own characters, a label a text can begin in.
      const odd = [
        { category: 'torture', description: 'Held in the Straſſe cellar at 300 \u212A', place: 'Ba', perpetrators: ['Коваленко'] },
        { category: 'pillage', description: 'Shops on ΟΔΟΣ Αθηνάς emptied, "the big one" first', place: 'İzmir', units: ['ΣΤΡΑΤΟΣ'] },
        { category: 'other', description: '50%_off signs; ſs and ss and SS', place: 'ba', perpetrators: ['K9 unit'] },
        { category: 'wilful-killing', description: 'Ended in ba', place: null, units: ['Бригада "Схід"'] },
        { category: 'outrages-on-dignity', description: 'бахмутський підвал, БАХМУТ, Бахмут', place: 'Ё' },
      ];
      const added = odd.map((o) => addAllegation(ctx, o as Parameters<typeof addAllegation>[1]));
      // An edit goes through the index's update trigger: the old words leave it, the new ones are found.
      updateAllegation(ctx, { id: added[3].id, description: 'Ended in Kba', place: 'Ka' } as Parameters<typeof updateAllegation>[1]);
      const parts = filterColumns(ctx);
      const texts = [
        'b',
        'B',
        'ba',
        'BA',
        'a',
        'k',
        'K',
        's',
        'ss',
        'SS',
        'sse',
        'Str',
        'Straſſe',
        'strasse',
        'ſ',
        'ſs',
        '\u212A',
        '300 k',
        '300 \u212A',
        '6',
        'F6',
        'b2',
        'ed',
        'ba ',
        ' Ba',
        'war',
        'er-of',
        'Kba',
        'in ba',
        'Ended',
        'Ka',
        'Torture',
        'rture Held',
        'ture held in',
        'combat',
        'at ',
        'бахмут',
        'БАХМУТ',
        'Б',
        'ба',
        'ь',
        'ё',
        'Ё',
        'ΟΔΟΣ',
        'οδος',
        'σ',
        'Σ',
        'İ',
        'i',
        'İzmir',
        'izmir',
        '%',
        '_',
        '50%_',
        '"',
        '"the',
        'Схід"',
        'д "С',
        'ковал',
        'K9',
        '9 u',
        '[]',
        '"]',
        '[',
        'r',
        'Izium',
        'eported',
        'own-troops',
        'x',
      ];
      // And pieces of the rows themselves, 1 to 7 characters (a space in some), in their own case, lower or upper.
      const rng = mulberry32(5);
      for (let i = 0; i < 160; i++) {
        const row = parts[Math.floor(rng() * parts.length)].parts;
        const hay = row.slice(1).join(' ');
        const from = Math.floor(rng() * hay.length);
        const piece = hay.slice(from, from + 1 + Math.floor(rng() * 7));
        const form = rng();
        texts.push(form < 0.3 ? piece.toUpperCase() : form < 0.6 ? piece.toLowerCase() : piece);
      }
      let nonEmpty = 0;
      for (const text of texts) {
        if (!text.trim()) continue;
        const want = parts.filter((p) => filterHolds(p.parts, text)).map((p) => p.id);
        const got = rows(ctx, { search: text, limit: 1000 });
        expect([text, got.matched]).toEqual([text, want.length]);
        expect([text, got.rows.map((r) => r.id).sort()]).toEqual([text, [...want].sort()]);
        if (want.length) nonEmpty++;
      }
      expect(nonEmpty).toBeGreaterThan(150);
      // The same with a status filter and sorted by date, as the table re-sorts: the same rows, in date order.
      for (const text of ['ba', 'k', 'Str', 'бахмут']) {
        const want = new Set(parts.filter((p) => filterHolds(p.parts, text)).map((p) => p.id));
        const got = allRows(ctx, { search: text, status: 'alleged', sort: [{ column: 'date', desc: true }] }, 53);
        const full = listAllegations(ctx).filter((a) => want.has(a.id) && a.status === 'alleged');
        // Entry order breaks ties: the generated ids count up as the rows are written.
        full.sort(
          (a, b) =>
            (b.date.value ?? '').localeCompare(a.date.value ?? '') || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
        );
        expect([text, got.map((r) => r.id)]).toEqual([text, full.map((a) => a.id)]);
      }
    } finally {
      ctx.store.close();
    }
  });
});
