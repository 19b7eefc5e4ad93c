/**
 * Pseudonyms are stored, not derived: the first export that needs one draws a random code and keeps it,
 * every later export reuses it. Stated on a real case file:
 * - each protected person gets a distinct `P-` code of four digits, the subject a `W-` code;
 * - a code never changes and is never given twice, also across exports (hundreds of people, so that a
 *   draw that ignored the codes already given would repeat one);
 * - the custody log records how many codes were given, never to whom; nothing new, no entry.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseContext, nowIso } from '../../src/core/context';
import { listCustody } from '../../src/core/custody/log';
import { ensurePseudonyms, existingPseudonyms } from '../../src/core/report/pseudonyms';
import { CaseStore } from '../../src/core/store/case-store';
import { newId } from '../../src/shared/ids';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();
let store: CaseStore | null = null;
afterEach(() => {
  store?.close();
  store = null;
});

function caseWithPeople(n: number): { ctx: CaseContext; ids: string[] } {
  store = CaseStore.create(join(tmp(), 'p.casefile'), PASS, 'Pseudonyms');
  const ctx = new CaseContext(store);
  const ids = addPeople(ctx, n);
  return { ctx, ids };
}

function addPeople(ctx: CaseContext, n: number): string[] {
  const ids = Array.from({ length: n }, () => newId('person'));
  ctx.write((db) => {
    const ins = db.prepare('INSERT INTO people (id, name, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    ids.forEach((id, i) => ins.run(id, `Witness Number${i}`, 'witness', nowIso(), nowIso()));
    return { result: null, custody: { action: 'fixture.people', entity: 'people', details: { n } } };
  });
  return ids;
}

const assignments = (ctx: CaseContext) => listCustody(ctx.db).filter((e) => e.action === 'report.pseudonyms-assign');

describe('stored pseudonyms', () => {
  it('each listed person gets a distinct P- code of four digits, the subject a W- code; unlisted people get none', () => {
    const { ctx, ids } = caseWithPeople(4);
    const got = ensurePseudonyms(ctx, ids.slice(0, 3), true);
    expect([...got.people.keys()].sort()).toEqual(ids.slice(0, 3).sort());
    const codes = [...got.people.values()];
    for (const c of codes) expect(c).toMatch(/^P-\d{4}$/);
    expect(new Set(codes).size).toBe(3);
    expect(got.subject).toMatch(/^W-\d{4}$/);
    expect(existingPseudonyms(ctx)).toEqual(got);
  });

  it('a code never changes: asking again, with or without the subject, returns the same codes and logs nothing', () => {
    const { ctx, ids } = caseWithPeople(3);
    const first = ensurePseudonyms(ctx, ids, true);
    const entries = listCustody(ctx.db).length;
    expect(ensurePseudonyms(ctx, ids, true)).toEqual(first);
    expect(ensurePseudonyms(ctx, ids.slice(1), false)).toEqual(first);
    expect(listCustody(ctx.db)).toHaveLength(entries);
  });

  it('the custody entry says how many codes were given, and to nobody by name', () => {
    const { ctx, ids } = caseWithPeople(3);
    ensurePseudonyms(ctx, ids.slice(0, 2), false);
    ensurePseudonyms(ctx, ids, true);
    const log = assignments(ctx);
    expect(log.map((e) => e.details)).toEqual([
      { people: 2, subject: false },
      { people: 1, subject: true },
    ]);
    expect(log.map((e) => [e.entity, e.entityId])).toEqual([
      ['people', null],
      ['people', null],
    ]);
    const text = JSON.stringify(log);
    expect(text).not.toMatch(/Witness|P-\d{4}|W-\d{4}/);
  });

  it('the subject alone: a W- code and no person codes; people added later keep it', () => {
    const { ctx, ids } = caseWithPeople(2);
    const only = ensurePseudonyms(ctx, [], true);
    expect(only.people.size).toBe(0);
    expect(only.subject).toMatch(/^W-\d{4}$/);
    const later = ensurePseudonyms(ctx, ids, true);
    expect(later.subject).toBe(only.subject);
    expect(later.people.size).toBe(2);
    expect(assignments(ctx).map((e) => e.details)).toEqual([
      { people: 0, subject: true },
      { people: 2, subject: false },
    ]);
  });

  it('without the subject asked for, the subject gets no code', () => {
    const { ctx, ids } = caseWithPeople(1);
    expect(ensurePseudonyms(ctx, ids, false).subject).toBeNull();
    expect(existingPseudonyms(ctx).subject).toBeNull();
  });

  it('no code is given twice, within one export or across exports (600 people out of 9000 codes)', () => {
    const { ctx, ids } = caseWithPeople(300);
    const first = ensurePseudonyms(ctx, ids, false);
    expect(new Set(first.people.values()).size).toBe(300);
    const more = addPeople(ctx, 300);
    const all = ensurePseudonyms(ctx, [...ids, ...more], true);
    expect(all.people.size).toBe(600);
    expect(new Set(all.people.values()).size).toBe(600);
    for (const id of ids) expect(all.people.get(id)).toBe(first.people.get(id));
  });
});
