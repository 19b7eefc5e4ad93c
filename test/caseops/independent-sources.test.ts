/**
 * The independent-source counts kept in the file (migration 11, ops/independent-sources.ts) must always be
 * what the corroboration computes afresh: on a generated case, and after each kind of change it depends on,
 * made through the owner operations (outlet suggestions rejected, a source's outlet corrected, a statement carrying another source's quote added
 * and edited, origin keys set and undone, an allegation deleted), with no row left stale after a write.
 * A change made outside the custody-logged write leaves its rows stale, and the table computes those.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCase, shapeFor } from '../../bench/lib/casegen';
import { CaseContext } from '../../src/core/context';
import { allegationRows } from '../../src/core/ops/allegation-rows';
import { CORROBORATION_VERSION } from '../../src/core/ops/independent-sources';
import { metaValue } from '../../src/core/store/case-meta';
import { addAllegation, getAllegation, listAllegations, unlinkEvidence, updateEvidence } from '../../src/core/ops/allegations';
import { deleteRecord, undoable, undoLastChange } from '../../src/core/ops/records';
import { correctSourceMetadata } from '../../src/core/ops/source-spans';
import { rejectSuggestion } from '../../src/core/ops/suggestions';
import { addStatement, updateStatement } from '../../src/core/ops/testimony';
import { createService } from '../../src/core/service';
import { CaseStore } from '../../src/core/store/case-store';
import { AllegationRowsQuery } from '../../src/shared/contract/allegations';
import { PASS, useTempDir } from '../helpers/tmp';
import { salikovNpo, salikovPolitico } from './articles';
import { seedArticle } from './fixture';

const tmp = useTempDir();
let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

/** The stored counts (n null: stale). */
function stored(ctx: CaseContext): Map<string, number | null> {
  const rows = ctx.db.prepare('SELECT allegation_id, n FROM independent_sources').all() as { allegation_id: string; n: number | null }[];
  return new Map(rows.map((r) => [r.allegation_id, r.n]));
}

describe('stored independent-source counts', () => {
  it('on a generated case equal the corroboration computed afresh for every allegation, none stale', () => {
    const path = join(tmp(), 'generated.casefile');
    const ctx = new CaseContext(CaseStore.create(path, PASS, 'generated'));
    try {
      generateCase((fn) => ctx.write((db) => ({ result: null, custody: fn(db).custody as never })), shapeFor(800), 5, 300);
      ctx.write((db) => {
        db.prepare("UPDATE evidence_links SET origin_key = 'interview-1' WHERE rowid % 4 = 0").run();
        return { result: null, custody: { action: 'test.origin', entity: 'case', entityId: null } };
      });
      const fresh = new Map(listAllegations(ctx).map((a) => [a.id, a.corroboration.independent]));
      expect(fresh.size).toBe(400);
      // The case must hold merges, or equality would not say much.
      const links = ctx.db
        .prepare('SELECT allegation_id, count(DISTINCT source_id) AS n FROM evidence_links GROUP BY allegation_id')
        .all() as {
        allegation_id: string;
        n: number;
      }[];
      expect(links.filter((l) => fresh.get(l.allegation_id)! < l.n).length).toBeGreaterThan(10);
      expect(stored(ctx)).toEqual(fresh);
    } finally {
      ctx.store.close();
    }
  });

  it('follow every change the corroboration reads, made through the owner operations', () => {
    const ctx = new CaseContext(CaseStore.create(join(tmp(), 'edits.casefile'), PASS, 'edits'));
    cleanup = () => ctx.store.close();
    const seeded = [{ ...salikovNpo, reading: { ...salikovNpo.reading, quotes: [] } }, salikovPolitico].map((x) => seedArticle(ctx, x));
    // As the service's handlers run them: undoable where the app can undo.
    const u = <T>(fn: () => T) => undoable(ctx, fn);
    const check = (id: string, expected: number) => {
      expect(getAllegation(ctx, id).corroboration.independent).toBe(expected);
      const now = stored(ctx);
      expect(now.get(id)).toBe(expected);
      expect([...now.values()].filter((n) => n === null)).toEqual([]);
    };
    const a = u(() =>
      addAllegation(ctx, {
        category: 'torture',
        description: 'x',
        evidence: [{ sourceId: seeded[0].sourceId }, { sourceId: seeded[1].sourceId }],
      }),
    );
    const other = u(() =>
      addAllegation(ctx, { category: 'torture', description: 'one source', evidence: [{ sourceId: seeded[1].sourceId }] }),
    );
    // The politico piece cites NPO1 (its outlet suggestion): one origin.
    check(a.id, 1);
    check(other.id, 1);
    // A change to the sources' facts, not to the allegation: rejecting the cited outlet separates them.
    for (const s of seeded) for (const sg of s.suggestions.filter((x) => x.kind === 'outlet')) rejectSuggestion(ctx, sg.id);
    check(a.id, 2);
    // A statement in the second source carrying a sentence of the first: the same interview again.
    const st = u(() =>
      addStatement(ctx, { text: 'He now intends to seek political asylum in the Netherlands', sourceId: seeded[1].sourceId }),
    );
    check(a.id, 1);
    u(() => updateStatement(ctx, { id: st.id, text: 'He did not say where he intends to seek asylum later on' }));
    check(a.id, 2);
    // The outlet of a source's clean text corrected to the other's, and back.
    correctSourceMetadata(ctx, { sourceId: seeded[1].sourceId, outlet: salikovNpo.outlet });
    check(a.id, 1);
    correctSourceMetadata(ctx, { sourceId: seeded[1].sourceId, outlet: salikovPolitico.outlet });
    check(a.id, 2);
    // The investigator's origin keys, and undo of the second.
    u(() => updateEvidence(ctx, { id: a.evidence[0].id, originKey: 'npo1-interview' }));
    u(() => updateEvidence(ctx, { id: a.evidence[1].id, originKey: 'npo1-interview' }));
    check(a.id, 1);
    undoLastChange(ctx);
    check(a.id, 2);
    u(() => unlinkEvidence(ctx, a.evidence[1].id));
    check(a.id, 1);
    deleteRecord(ctx, 'allegation', a.id);
    expect(stored(ctx).has(a.id)).toBe(false);
    check(other.id, 1);
  });

  it('what the writes keep between them (the facts of each source) follows a change, and a rolled-back one leaves nothing behind', () => {
    const path = join(tmp(), 'kept.casefile');
    let ctx = new CaseContext(CaseStore.create(path, PASS, 'kept'));
    const seeded = [{ ...salikovNpo, reading: { ...salikovNpo.reading, quotes: [] } }, salikovPolitico].map((x) => seedArticle(ctx, x));
    for (const s of seeded) for (const sg of s.suggestions.filter((x) => x.kind === 'outlet')) rejectSuggestion(ctx, sg.id);
    ctx.store.close();
    // A fresh connection whose first refresh (which makes its temp table and triggers) rolls back with
    // everything else: the next write must make them again and not trust what it kept.
    ctx = new CaseContext(CaseStore.open(path, PASS));
    cleanup = () => ctx.store.close();
    const both = () =>
      addAllegation(ctx, { category: 'torture', description: 'both', evidence: seeded.map((x) => ({ sourceId: x.sourceId })) });
    const quote = 'He now intends to seek political asylum in the Netherlands';
    expect(() =>
      ctx.atomically(() => {
        both();
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    const a = both(); // reads both sources' facts, which the writes then keep
    expect(stored(ctx).get(a.id)).toBe(2);
    // Inside one transaction: a statement carrying the first source's sentence in the second (one
    // origin), then another write that reads the second source's facts, as changed; then it all rolls back.
    expect(() =>
      ctx.atomically(() => {
        addStatement(ctx, { text: quote, sourceId: seeded[1].sourceId });
        expect(stored(ctx).get(a.id)).toBe(1);
        const inside = both();
        expect(stored(ctx).get(inside.id)).toBe(1);
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    // What was read inside is gone with it: a new allegation over both sources counts them apart.
    const b = both();
    expect(getAllegation(ctx, b.id).corroboration.independent).toBe(2);
    expect(stored(ctx).get(b.id)).toBe(2);
    // A committed statement is followed (its source's facts read again), and so is its removal.
    const st = addStatement(ctx, { text: quote, sourceId: seeded[1].sourceId });
    expect(stored(ctx).get(a.id)).toBe(1);
    const after = both();
    expect(stored(ctx).get(after.id)).toBe(1);
    updateStatement(ctx, { id: st.id, text: 'He did not say where he intends to seek asylum later on' });
    expect(stored(ctx).get(a.id)).toBe(2);
    expect(stored(ctx).get(b.id)).toBe(2);
    // A change the connection makes outside the custody-logged write is listed by the triggers too.
    (ctx.store as CaseStore).db.prepare('UPDATE statements SET text = ? WHERE id = ?').run(quote, st.id);
    const c = both();
    expect(stored(ctx).get(c.id)).toBe(1);
    expect([...stored(ctx).values()].filter((n) => n === null)).toEqual([]);
  });

  it('a change outside the custody-logged write leaves its rows stale, and the table computes them', () => {
    const path = join(tmp(), 'raw.casefile');
    const store = CaseStore.create(path, PASS, 'raw');
    const ctx = new CaseContext(store);
    try {
      generateCase((fn) => ctx.write((db) => ({ result: null, custody: fn(db).custody as never })), shapeFor(300), 9, 300);
      // Not read through the table first: its cache of the open case follows this connection's changes only.
      const two = { id: [...stored(ctx)].find(([, n]) => n !== null && n >= 2)![0] };
      const q = AllegationRowsQuery.parse({ sort: [{ column: 'independent', desc: true }], limit: 500 });
      // The connection itself, not CaseContext.write (as a migration, or a tool, would change the file).
      store.db.prepare("UPDATE evidence_links SET origin_key = 'same' WHERE allegation_id = ?").run(two.id);
      expect(stored(ctx).get(two.id)).toBeNull();
      const again = allegationRows(ctx, q).rows.find((r) => r.id === two.id)!;
      expect(again.independent).toBe(1);
      // The next custody-logged write brings the stored count up to date.
      ctx.write(() => ({ result: null, custody: { action: 'test.touch', entity: 'case', entityId: null } }));
      expect(stored(ctx).get(two.id)).toBe(1);
    } finally {
      store.close();
    }
  });

  it('counts stored under other corroboration rules (or another Unicode) are not trusted, and the next write recomputes them', () => {
    const path = join(tmp(), 'version.casefile');
    const store = CaseStore.create(path, PASS, 'version');
    const ctx = new CaseContext(store);
    try {
      generateCase((fn) => ctx.write((db) => ({ result: null, custody: fn(db).custody as never })), shapeFor(300), 9, 300);
      const fresh = new Map(listAllegations(ctx).map((a) => [a.id, a.corroboration.independent]));
      expect(metaValue(ctx.db, 'corroboration_version')).toBe(CORROBORATION_VERSION);
      // As a file written by an older build would be: wrong counts, under that build's version.
      store.db.prepare('UPDATE independent_sources SET n = 99').run();
      store.db.prepare("UPDATE case_meta SET value = 'rules 0; unicode 1.0' WHERE key = 'corroboration_version'").run();
      const q = AllegationRowsQuery.parse({ sort: [{ column: 'independent', desc: true }], limit: 500 });
      const shown = new Map(allegationRows(ctx, q).rows.map((r) => [r.id, r.independent]));
      expect(shown).toEqual(fresh);
      ctx.write(() => ({ result: null, custody: { action: 'test.touch', entity: 'case', entityId: null } }));
      expect(stored(ctx)).toEqual(fresh);
      expect(metaValue(ctx.db, 'corroboration_version')).toBe(CORROBORATION_VERSION);
    } finally {
      store.close();
    }
  });

  it('a source text that cannot be read (a damaged page) leaves the counts stale and does not stop the case from opening', async () => {
    const path = join(tmp(), 'damaged.casefile');
    const store = CaseStore.create(path, PASS, 'damaged');
    const ctx = new CaseContext(store);
    const seeded = [salikovNpo, salikovPolitico].map((x) => seedArticle(ctx, x));
    addAllegation(ctx, {
      category: 'torture',
      description: 'x',
      evidence: seeded.map((x) => ({ sourceId: x.sourceId })),
    });
    // As after an upgrade: every count to be recomputed by the next write (not the open's custody entry).
    store.db.prepare('UPDATE independent_sources SET n = NULL').run();
    const page = store.db
      .prepare("SELECT max(pageno) FROM dbstat WHERE name = 'source_texts' AND pagetype IN ('leaf', 'overflow')")
      .pluck()
      .get() as number;
    store.close();
    const bytes = readFileSync(path);
    bytes[(page - 1) * 4096 + 200] ^= 0xff;
    writeFileSync(path, bytes);
    const service = createService();
    try {
      await service.api.openCase({ path, passphrase: PASS });
      // The damage is reported where it is read, as before the stored counts existed; the rest reads.
      await expect(service.api.listAllegations({})).rejects.toMatchObject({ code: 'DAMAGED' });
      expect((await service.api.caseInfo({})).counts.sources).toBe(2);
      expect(await service.api.listPeople({})).toEqual([]);
    } finally {
      service.dispose();
    }
  });
});
