/**
 * Search finds people and timeline events (migration 7), folded like sources (case, diacritics; a
 * trailing * for inflected forms), and the index follows every change to them: add, edit, merge, accept
 * and undo, delete. A person or event that is gone is not found by any word it had.
 */
import { describe, expect, it } from 'vitest';
import { salikovNpo, silverRo } from './articles';
import { useCaseWith } from './fixture';

const open = useCaseWith(salikovNpo, silverRo);

const marked = (h: { snippet: string; highlights: [number, number][] }) => h.highlights.map(([a, b]) => h.snippet.slice(a, b));

describe('search over people and events', () => {
  it('finds a person by name, alias or call sign, role, affiliation, notes and pseudonym, diacritics and case folded', async () => {
    const { api } = await open();
    const p = await api.upsertPerson({
      name: 'Ştefan Ţurcanu',
      role: 'company commander',
      affiliation: '64th Separate Motor Rifle Brigade',
      aliases: [
        { name: 'Шторм', kind: 'call-sign' },
        { name: 'Stepan Turkanov', kind: 'alias' },
      ],
      notes: 'Seen at the filtration point in Olenivka.',
      pseudonym: 'P-0041',
    });
    for (const q of ['stefan', 'TURCANU', 'шторм', 'ШТОРМ', 'Turkanov', 'commander', 'motor rifle', 'olenivka', 'P-0041']) {
      const r = await api.search({ query: q });
      expect(
        r.hits.filter((h) => h.kind === 'person').map((h) => h.refId),
        q,
      ).toEqual([p.id]);
    }
    const hit = (await api.search({ query: 'stefan' })).hits[0];
    expect(hit).toMatchObject({ kind: 'person', refId: p.id, sourceId: null, title: 'Ştefan Ţurcanu', spanStart: null, spanEnd: null });
    expect(marked(hit)).toEqual(['Ştefan']);
    // The other fields read as separate fields in a snippet.
    expect((await api.search({ query: 'olenivka' })).hits[0].snippet).toContain('Шторм, Stepan Turkanov · company commander · 64th');
    // Inflected forms as for sources: a trailing * takes the endings (Ţurcanului, Шторма).
    await api.upsertPerson({ id: p.id, notes: 'Звонил Шторма брат.' });
    expect((await api.search({ query: 'Шторм*', kinds: ['person'] })).hits.map((h) => h.refId)).toEqual([p.id]);
    expect((await api.search({ query: 'Турк', kinds: ['person'] })).hits).toEqual([]);
  });

  it('finds an event by title, description, place and date text, and only the asked kinds', async () => {
    const { api } = await open();
    const e = await api.addEvent({
      title: 'Crossed the border at Verkhniy Lars',
      description: 'Left Russia on foot with two other deserters.',
      place: 'Vladikavkaz',
      date: { text: 'late September 2022', value: '2022-09', end: null, precision: 'month' },
    });
    for (const q of ['verkhniy lars', 'deserters', 'VLADIKAVKAZ', 'late september', 'desert*']) {
      expect(
        (await api.search({ query: q })).hits.filter((h) => h.kind === 'event').map((h) => h.refId),
        q,
      ).toEqual([e.id]);
    }
    const hit = (await api.search({ query: 'Vladikavkaz' })).hits[0];
    expect(hit).toMatchObject({ kind: 'event', refId: e.id, title: 'Crossed the border at Verkhniy Lars', sourceId: null });
    expect(marked(hit)).toEqual(['Vladikavkaz']);
    // Kinds filter: the word is in a source too ("prisoners"), but only people and events are asked.
    await api.addEvent({ title: 'Prisoners moved to the basement' });
    const r = await api.search({ query: 'prisoners', kinds: ['person', 'event'] });
    expect(r.hits.map((h) => h.kind)).toEqual(['event']);
    expect((await api.search({ query: 'prisoners' })).hits.map((h) => h.kind)).toEqual(expect.arrayContaining(['source', 'event']));
  });

  it('follows edits: a renamed person or event is found by its new words only', async () => {
    const { api } = await open();
    const p = await api.upsertPerson({ name: 'Anatoly Vorobyov', aliases: [{ name: 'Sparrow', kind: 'call-sign' }] });
    const e = await api.addEvent({ title: 'Deployment to Kherson', place: 'Kherson' });
    await api.upsertPerson({ id: p.id, name: 'Anatoly Vorobiev', aliases: [{ name: 'Kestrel', kind: 'call-sign' }] });
    await api.updateEvent({ id: e.id, title: 'Deployment to Zaporizhzhia', place: 'Zaporizhzhia' });
    const ids = async (q: string) => (await api.search({ query: q })).hits.map((h) => h.refId);
    expect(await ids('Vorobyov')).toEqual([]);
    expect(await ids('sparrow')).toEqual([]);
    expect(await ids('Kherson')).toEqual([]);
    expect(await ids('vorobiev')).toEqual([p.id]);
    expect(await ids('kestrel')).toEqual([p.id]);
    expect(await ids('zaporizhzhia')).toEqual([e.id]);
    // One index row per record, however often it changed.
    expect((await api.search({ query: 'deployment' })).hits).toHaveLength(1);
  });

  it('follows merges, accepted suggestions and their undo, and deletions', async () => {
    const { api, seeded } = await open();
    const keep = await api.upsertPerson({ name: 'Pavel Orlov' });
    const other = await api.upsertPerson({ name: 'Павел Орлов', role: 'battalion commander' });
    await api.mergePeople({ keepId: keep.id, mergeId: other.id });
    // The merged record's name is now an alias of the kept one, and the merged record is gone.
    expect((await api.search({ query: 'Орлов', kinds: ['person'] })).hits.map((h) => h.refId)).toEqual([keep.id]);
    expect((await api.search({ query: 'battalion', kinds: ['person'] })).hits.map((h) => h.refId)).toEqual([keep.id]);

    // Accepting the date suggestion makes an event; undoing the decision takes it out of the index again.
    const date = seeded[0].suggestions.find((s) => s.kind === 'date')!;
    const accepted = await api.acceptSuggestion({ id: date.id, edit: { title: 'Executions near Bakhmut Zxqevent' } });
    expect(accepted.entity).toBe('event');
    expect((await api.search({ query: 'zxqevent' })).hits.map((h) => [h.kind, h.refId])).toEqual([['event', accepted.entityId]]);
    await api.undoDecision({});
    expect((await api.search({ query: 'zxqevent' })).hits).toEqual([]);

    const e = await api.addEvent({ title: 'Interrogation at Kursk Zxqgone' });
    await api.deleteRecord({ kind: 'event', id: e.id });
    await api.deleteRecord({ kind: 'person', id: keep.id });
    expect((await api.search({ query: 'zxqgone' })).hits).toEqual([]);
    expect((await api.search({ query: 'Orlov', kinds: ['person'] })).hits).toEqual([]);
    expect((await api.search({ query: 'Орлов', kinds: ['person'] })).hits).toEqual([]);
    expect((await api.verify({})).ok).toBe(true);
  });
});
