/** Suggestions → facts: each kind accepted on a real encrypted case file, with its custody entry. */
import { describe, expect, it } from 'vitest';
import { isCasefileError } from '../../src/shared/errors';
import { dmitriMeduza, salikovNpo, silverRo } from './articles';
import { custodyOf, useCaseWith, type ArticleSpec } from './fixture';

const openCase = useCaseWith();

async function open(...articles: ArticleSpec[]) {
  const c = await openCase(...articles);
  const byKind = (i: number, kind: string, n = 0) => c.seeded[i].suggestions.filter((s) => s.kind === kind)[n].id;
  return { ...c, byKind };
}

describe('suggestions', () => {
  it('lists pending suggestions per source with their excerpt, and nothing is a fact before an accept', async () => {
    const { api, seeded } = await open(salikovNpo, dmitriMeduza);
    const all = await api.listSuggestions({});
    expect(all.length).toBe(seeded[0].suggestions.length + seeded[1].suggestions.length);
    const mine = await api.listSuggestions({ sourceId: seeded[1].sourceId });
    expect(mine.every((s) => s.sourceId === seeded[1].sourceId)).toBe(true);
    const quote = mine.find((s) => s.kind === 'quote');
    expect(quote?.excerpt).toBe('We were told to take no prisoners');
    expect(await api.listAllegations({})).toEqual([]);
    expect((await api.timeline({})).events).toEqual([]);
    expect((await api.getProfile({})).fullName).toBeNull();
  });

  it('subject → profile fields, aliases and transliteration variants', async () => {
    const { api, byKind } = await open(salikovNpo);
    const { result, entries } = await custodyOf(api, () => api.acceptSuggestion({ id: byKind(0, 'subject') }));
    expect(result.entity).toBe('profile');
    const p = await api.getProfile({});
    expect(p.fullName).toBe('Igor Salikov');
    expect(p.rank).toBe('colonel');
    expect(p.age).toBe(60);
    expect(p.service).toBe('GRU');
    expect(p.aliases).toContainEqual({ name: 'Игорь Саликов', kind: 'alias' });
    expect(p.aliases).toContainEqual({ name: 'Игор Саликов', kind: 'transliteration' });
    expect(p.aliases.some((a) => a.kind === 'transliteration' && a.name === 'Igor Salikov')).toBe(false); // the name itself is not repeated
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'suggestion.accept', entity: 'suggestion', entityId: byKind(0, 'subject') });
    expect(entries[0].details).toMatchObject({ kind: 'subject', result: { entity: 'profile' } });
    expect(JSON.stringify(entries[0].details)).not.toContain('Salikov');
    const s = (await api.listSuggestions({ status: 'all' })).find((x) => x.id === byKind(0, 'subject'));
    expect(s).toMatchObject({ status: 'accepted', resultEntity: 'profile', resultId: 'profile' });
  });

  it('a second subject with another name is refused unless recorded as a person', async () => {
    const { api, byKind } = await open(salikovNpo, silverRo);
    await api.acceptSuggestion({ id: byKind(0, 'subject') });
    await expect(api.acceptSuggestion({ id: byKind(1, 'subject') })).rejects.toThrow(/already names Igor Salikov/);
    const r = await api.acceptSuggestion({ id: byKind(1, 'subject'), edit: { asPerson: true } });
    expect(r.entity).toBe('person');
    expect((await api.listPeople({})).map((p) => p.name)).toContain('Silver');
  });

  it('person → people; quote → statement with its speaker and span; basis from context', async () => {
    const { api, byKind, seeded } = await open(salikovNpo, dmitriMeduza);
    await api.acceptSuggestion({ id: byKind(0, 'subject') });
    const person = await custodyOf(api, () => api.acceptSuggestion({ id: byKind(0, 'person') }));
    expect(person.result.entity).toBe('person');
    expect(person.entries.map((e) => e.action)).toEqual(['suggestion.accept']);
    const people = await api.listPeople({});
    expect(people).toEqual([expect.objectContaining({ name: 'Pavel Orlov', role: 'commander' })]);

    const q = await api.acceptSuggestion({ id: byKind(0, 'quote') });
    const st = (await api.listStatements({ sourceId: seeded[0].sourceId }))[0];
    expect(st.id).toBe(q.entityId);
    expect(st).toMatchObject({
      speakerIsSubject: true,
      speakerId: null,
      speakerName: 'Igor Salikov',
      basis: 'first-hand',
      language: 'en',
      sourceTextId: seeded[0].sourceTextId,
    });
    expect(salikovNpo.text.slice(st.spanStart ?? 0, st.spanEnd ?? 0)).toBe(st.text);

    // Dmitri's quote sits in an article the importer read as reported, but the quote itself is not inside the allegation span.
    const q2 = await api.acceptSuggestion({ id: byKind(1, 'quote') });
    const st2 = (await api.listStatements({ sourceId: seeded[1].sourceId })).find((s) => s.id === q2.entityId);
    expect(st2?.speakerId).toMatch(/^per_/);
    expect(st2?.speakerIsSubject).toBe(false);
  });

  it('date → timeline event with the source that dates it; attaching a second date to the event flags a conflict', async () => {
    const { api, byKind, seeded } = await open(salikovNpo, dmitriMeduza);
    const d = await api.acceptSuggestion({ id: byKind(0, 'date') });
    expect(d.entity).toBe('event');
    let t = await api.timeline({});
    expect(t.events[0]).toMatchObject({ date: { value: '2022-06', precision: 'month' }, conflict: null });
    expect(t.events[0].title).toContain('execution of prisoners of war');
    expect(t.events[0].sources[0]).toMatchObject({ sourceId: seeded[0].sourceId, excerpt: 'June 2022', dateText: 'June 2022' });
    const { entries } = await custodyOf(api, () => api.acceptSuggestion({ id: byKind(1, 'date', 0), edit: { eventId: d.entityId } }));
    expect(entries[0].details).toMatchObject({ kind: 'date', edited: ['eventId'] });
    t = await api.timeline({});
    expect(t.events).toHaveLength(1);
    expect(t.conflicts).toBe(1);
    expect(t.events[0].conflict).toMatch(/June 2022.*July 2022/);
  });

  it('asylum → asylum step (reading status mapped to a stage); unclear needs an edit', async () => {
    const { api, byKind, seeded } = await open(salikovNpo, dmitriMeduza);
    await api.acceptSuggestion({ id: byKind(0, 'asylum') });
    await api.acceptSuggestion({ id: byKind(1, 'asylum'), edit: { date: '2023-08-03', precision: 'day' } });
    const o = await api.asylumOverview({});
    expect(o.countries.map((c) => [c.country, c.currentStage])).toEqual([
      ['LT', 'applied'],
      ['NL', 'intends'],
    ]);
    expect(o.countries[1].steps[0]).toMatchObject({
      sourceId: seeded[0].sourceId,
      note: 'He now intends to seek political asylum in the Netherlands.',
    });
  });

  it('allegation → allegation + evidence link with span, excerpt and provisions from the taxonomy', async () => {
    const { api, byKind, seeded } = await open(salikovNpo);
    const { result, entries } = await custodyOf(api, () =>
      api.acceptSuggestion({ id: byKind(0, 'allegation', 0), edit: { reliability: 'F', credibility: '3' } }),
    );
    expect(entries).toHaveLength(1);
    const a = await api.getAllegation({ id: result.entityId });
    expect(a.category).toBe('killing-hors-de-combat');
    expect(a.provisions.map((p) => p.code)).toEqual(['8(2)(b)(vi)', '8(2)(a)(i)', '8(2)(c)(i)']);
    expect(a.provisions[0].title).toBe('War crime of killing or wounding a person hors de combat');
    expect(a.description).toContain('He said he witnessed the execution of prisoners of war near Bakhmut in June 2022.');
    expect(a.evidence).toHaveLength(1);
    expect(a.evidence[0]).toMatchObject({
      sourceId: seeded[0].sourceId,
      excerpt: 'the execution of prisoners of war',
      basis: 'first-hand',
      grade: 'F3',
      sourceTitle: 'Former GRU colonel to testify',
    });
    const b = await api.acceptSuggestion({ id: byKind(0, 'allegation', 1) });
    expect((await api.getAllegation({ id: b.entityId })).provisions.map((p) => p.code)).toEqual(['8(2)(a)(vii)', '8(2)(b)(viii)']);
  });

  it('self-incrimination and victim status come through; place attaches to the nearest allegation', async () => {
    const { api, byKind } = await open(silverRo, salikovNpo);
    const r = await api.acceptSuggestion({ id: byKind(0, 'allegation', 1) });
    const a = await api.getAllegation({ id: r.entityId });
    expect(a).toMatchObject({ category: 'other', selfIncriminating: true, victimStatus: 'own-troops', provisions: [] });
    await expect(api.acceptSuggestion({ id: byKind(1, 'place') })).rejects.toThrow(/Nothing from this source/);
    const k = await api.acceptSuggestion({ id: byKind(1, 'allegation', 0) });
    const p = await api.acceptSuggestion({ id: byKind(1, 'place') });
    expect(p).toMatchObject({ entity: 'allegation', entityId: k.entityId });
    expect((await api.getAllegation({ id: k.entityId })).place).toBe('Bakhmut');
  });

  it('outlet → cited origin; reject records nothing; decided suggestions cannot be decided again', async () => {
    const { api, byKind } = await open(salikovNpo);
    const o = await api.acceptSuggestion({ id: byKind(0, 'outlet') });
    expect(o).toMatchObject({ entity: 'origin', entityId: 'NPO1' });
    const { result, entries } = await custodyOf(api, () => api.rejectSuggestion({ id: byKind(0, 'person'), reason: 'not relevant' }));
    expect(result.status).toBe('rejected');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'suggestion.reject', details: { kind: 'person', reason: 'not relevant' } });
    expect(await api.listPeople({})).toEqual([]);
    const again = await api.acceptSuggestion({ id: byKind(0, 'person') }).catch((e: unknown) => e);
    expect(isCasefileError(again) && again.message).toMatch(/already rejected/);
    await expect(api.acceptSuggestion({ id: byKind(0, 'outlet') })).rejects.toThrow(/already accepted.*origin NPO1/);
    await expect(api.rejectSuggestion({ id: byKind(0, 'outlet') })).rejects.toThrow(/already accepted/);
  });

  it('edits are validated per kind', async () => {
    const { api, byKind } = await open(salikovNpo);
    await expect(api.acceptSuggestion({ id: byKind(0, 'asylum'), edit: { country: 'Netherlands' } })).rejects.toThrow(/country/);
    await expect(api.acceptSuggestion({ id: byKind(0, 'allegation'), edit: { bogus: 1 } })).rejects.toThrow(/Invalid input/);
    await expect(api.acceptSuggestion({ id: byKind(0, 'allegation'), edit: { provisions: ['99(z)'] } })).rejects.toThrow(
      /Unknown Rome Statute provision/,
    );
    await expect(api.acceptSuggestion({ id: 'sug_NOPE' })).rejects.toThrow(/No suggestion with id/);
    // A failed accept changed nothing.
    expect((await api.listSuggestions({})).find((s) => s.id === byKind(0, 'asylum'))?.status).toBe('pending');
  });

  it('acceptAllSuggestions accepts every pending one of a kind, one custody entry each, and reports failures', async () => {
    const { api, seeded } = await open(salikovNpo, dmitriMeduza);
    const { result, entries } = await custodyOf(api, () => api.acceptAllSuggestions({ kind: 'allegation' }));
    expect(result.accepted).toHaveLength(3);
    expect(result.failed).toEqual([]);
    expect(entries.map((e) => e.action)).toEqual(['suggestion.accept', 'suggestion.accept', 'suggestion.accept']);
    expect(await api.listAllegations({})).toHaveLength(3);
    const perSource = await api.acceptAllSuggestions({ kind: 'date', sourceId: seeded[1].sourceId });
    expect(perSource.accepted).toHaveLength(2);
    expect((await api.listSuggestions({ kind: 'date' })).map((s) => s.sourceId)).toEqual([seeded[0].sourceId]);
    await api.acceptSuggestion({ id: seeded[0].suggestions.find((s) => s.kind === 'subject')?.id ?? '' });
    const places = await api.acceptAllSuggestions({ kind: 'place' });
    expect(places.accepted).toHaveLength(1);
  });
});
