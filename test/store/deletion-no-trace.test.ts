/**
 * A deletion leaves no trace of the deleted content in the case file (issue #11), the marker approach of
 * no-plaintext.test.ts taken one step further: the encrypted file never shows plaintext anyway, so here
 * the file is decrypted page by page (a copy rekeyed to no key, free pages included) and that is searched.
 * A marker that is kept must be found the same way, so the search can fail.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { createService } from '../../src/core/service';
import { applyKey } from '../../src/core/store/pragmas';
import { caseWith } from '../caseops/fixture';
import { salikovNpo } from '../caseops/articles';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();
/** One token for the search index (lower-cased there), and text around it. */
const GONE = 'Qxzvw7Gonemarker';
const KEPT = 'Plover4Keptmarker';

/** Every page of the case file, decrypted, as one buffer (a copy is rekeyed to no encryption). */
function decryptedPages(path: string): Buffer {
  const copy = `${path}.plain`;
  copyFileSync(path, copy);
  const db = new Database(copy);
  applyKey(db, PASS);
  db.pragma('journal_mode = DELETE');
  db.pragma("rekey = ''");
  db.close();
  return readFileSync(copy);
}

const found = (bytes: Buffer, marker: string) =>
  [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le'), Buffer.from(marker.toLowerCase().slice(4), 'utf8')].filter((n) =>
    bytes.includes(n),
  ).length;

describe('deletion leaves no trace', () => {
  it('finds no byte of deleted records (rows, search index, decision undo records, free pages) after delete and a checkpoint', async () => {
    const { path, api, dispose, seeded } = await caseWith(tmp(), [salikovNpo]);
    try {
      const src = seeded[0].sourceId;
      const text = (what: string) => `${what} ${GONE} ${what}`;
      // A person accepted from a suggestion under an edited name: the decision's undo record holds the row.
      const sugg = seeded[0].suggestions.find((s) => s.kind === 'person')!;
      const accepted = await api.acceptSuggestion({ id: sugg.id, edit: { name: text('name') } });
      const person = await api.upsertPerson({ id: accepted.entityId, notes: text('notes'), aliases: [{ name: GONE, kind: 'call-sign' }] });
      const st = await api.addStatement({
        text: text('statement'),
        translation: text('translation'),
        translationKind: 'human',
        speakerId: person.id,
        sourceId: src,
      });
      const a = await api.addAllegation({
        category: 'torture',
        description: text('description'),
        place: text('place'),
        victims: text('victims'),
        notes: text('notes'),
        perpetrators: [GONE],
        liability: [{ name: GONE, mode: '25(3)(a)' }],
        evidence: [{ sourceId: src, start: 0, end: 10, excerpt: text('excerpt'), originKey: GONE }],
      });
      await api.linkElement({
        allegationId: a.id,
        provision: a.provisions[0].code,
        elementId: 'm1',
        evidenceId: a.evidence[0].id,
        note: text('element'),
      });
      const ev = await api.addEvent({
        title: text('event'),
        description: text('event'),
        place: text('event'),
        sources: [{ sourceId: src, start: 0, end: 5 }],
      });
      const step = await api.addAsylumStep({ country: 'LT', stage: 'applied', authority: text('authority'), note: text('note') });
      const kept = await api.addAllegation({ category: 'pillage', description: `Looting ${KEPT} in the village` });

      // Before deleting, the decrypted pages do show the marker: the check can see what it looks for.
      await api.closeCase({});
      expect(found(decryptedPages(path), GONE)).toBeGreaterThan(0);
      await api.openCase({ path, passphrase: PASS });

      for (const [kind, id] of [
        ['statement', st.id],
        ['allegation', a.id],
        ['person', person.id],
        ['event', ev.id],
        ['asylum-step', step.id],
      ] as const)
        await api.deleteRecord({ kind, id });
      expect((await api.search({ query: GONE, limit: 10 })).hits).toEqual([]);
      expect((await api.search({ query: KEPT, limit: 10 })).hits.map((h) => h.refId)).toEqual([kept.id]);
      expect((await api.verify({})).ok).toBe(true);
      await api.closeCase({});

      const pages = decryptedPages(path);
      expect(found(pages, KEPT)).toBeGreaterThan(0);
      expect(found(pages, GONE), 'the decrypted case file still contains deleted content').toBe(0);
    } finally {
      dispose();
    }
  });

  it('a deleted person or event leaves no word in the search index that holds them (migration 7)', async () => {
    const dir = tmp();
    const path = join(dir, 'people-events.casefile');
    const { api, dispose } = createService();
    try {
      await api.createCase({ path, passphrase: PASS, title: 'People and events' });
      const person = await api.upsertPerson({
        name: `Ivan ${GONE}`,
        aliases: [{ name: `${GONE}alias`, kind: 'call-sign' }],
        role: GONE,
        notes: `Notes ${GONE}`,
      });
      const ev = await api.addEvent({ title: `Crossing ${GONE}`, description: GONE, place: GONE });
      const kept = await api.addEvent({ title: `Crossing ${KEPT}` });
      await api.closeCase({});
      expect(found(decryptedPages(path), GONE)).toBeGreaterThan(0);
      await api.openCase({ path, passphrase: PASS });
      expect((await api.search({ query: GONE })).hits.map((h) => h.kind).sort()).toEqual(['event', 'person']);
      await api.deleteRecord({ kind: 'person', id: person.id });
      await api.deleteRecord({ kind: 'event', id: ev.id });
      expect((await api.search({ query: GONE })).hits).toEqual([]);
      expect((await api.search({ query: KEPT })).hits.map((h) => h.refId)).toEqual([kept.id]);
      await api.closeCase({});
      const pages = decryptedPages(path);
      expect(found(pages, KEPT)).toBeGreaterThan(0);
      expect(found(pages, GONE), 'the decrypted case file still contains a deleted person or event').toBe(0);
    } finally {
      dispose();
    }
  });

  it('a source taken off an event leaves no trace of the date it gave (the event stays)', async () => {
    const { path, api, dispose, seeded } = await caseWith(tmp(), [salikovNpo]);
    try {
      const src = seeded[0].sourceId;
      const ev = await api.addEvent({
        title: `Crossing ${KEPT}`,
        sources: [{ sourceId: src, start: 0, end: 5, date: { text: `in ${GONE} spring`, value: '2022-03', precision: 'month' } }],
      });
      // An event accepted from a date suggestion, its words edited: the decision's undo record holds the link too.
      const date = seeded[0].suggestions.find((x) => x.kind === 'date')!;
      const accepted = await api.acceptSuggestion({ id: date.id, edit: { text: `early ${GONE}`, title: `Orders ${KEPT}` } });
      // The event's own date took the same words: give it other ones, so only the link (and the decision) hold them.
      const dated = await api.updateEvent({
        id: accepted.entityId,
        date: { text: 'early June', value: '2022-06', end: null, precision: 'month' },
      });
      await api.closeCase({});
      expect(found(decryptedPages(path), GONE)).toBeGreaterThan(0);
      await api.openCase({ path, passphrase: PASS });
      const after = await api.updateEvent({ id: ev.id, removeSources: [{ sourceId: src, start: 0 }] });
      expect(after.sources).toEqual([]);
      const s = dated.sources[0];
      await api.updateEvent({ id: dated.id, removeSources: [{ sourceId: s.sourceId, start: s.spanStart }] });
      const log = await api.custodyLog({});
      expect(log.at(-1)?.details).toMatchObject({ decisionsNoLongerUndoable: 1 });
      await api.closeCase({});
      const pages = decryptedPages(path);
      expect(found(pages, KEPT)).toBeGreaterThan(0);
      expect(found(pages, GONE), "the decrypted case file still contains the removed source's date").toBe(0);
    } finally {
      dispose();
    }
  });

  it('also after the case was opened by a fresh service (secure-delete is a property of the file)', async () => {
    const dir = tmp();
    const path = join(dir, 'fresh.casefile');
    const { api, dispose } = createService();
    await api.createCase({ path, passphrase: PASS, title: 'Fresh' });
    const st = await api.addStatement({ text: `Said ${GONE} once` });
    await api.closeCase({});
    await api.openCase({ path, passphrase: PASS });
    await api.deleteRecord({ kind: 'statement', id: st.id });
    await api.closeCase({});
    dispose();
    expect(found(decryptedPages(path), GONE)).toBe(0);
  });
});
