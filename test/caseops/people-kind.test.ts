/** A person row is a person or an organisation/unit: chosen on accept, defaulted from the importer's reading. */
import { describe, expect, it } from 'vitest';
import { suggestedPersonKind } from '../../src/core/ops/people';
import { type ArticleSpec, custodyOf, span, useCaseWith } from './fixture';

const open = useCaseWith();

const T = 'Marija Zakharova of the Russian Defense Ministry spoke. The 155th Brigade denied it. Pavel Orlov agreed.';
const article: ArticleSpec = {
  fileName: 'kinds.txt',
  text: T,
  reading: {
    people: [
      { name: 'Marija Zakharova', role: 'spokesperson', ...span(T, 'Marija Zakharova') },
      { name: 'Russian Defense Ministry', role: null, ...span(T, 'Russian Defense Ministry') },
      { name: '155th Brigade', role: null, ...span(T, '155th Brigade') },
      { name: 'Pavel Orlov', role: null, ...span(T, 'Pavel Orlov') },
    ],
  },
};

describe('person or organisation', () => {
  it('guesses from the name: institutions, units and acronyms are organisations, names are people', () => {
    expect(suggestedPersonKind({ name: 'Russian Defense Ministry' })).toBe('organisation');
    expect(suggestedPersonKind({ name: 'United Nations Office for Human Rights' })).toBe('organisation');
    expect(suggestedPersonKind({ name: '155th Brigade' })).toBe('organisation');
    expect(suggestedPersonKind({ name: 'Министерство обороны' })).toBe('organisation');
    expect(suggestedPersonKind({ name: 'GRU' })).toBe('organisation');
    expect(suggestedPersonKind({ name: 'Marija Zakharova' })).toBe('person');
    expect(suggestedPersonKind({ name: 'Silver' })).toBe('person');
    expect(suggestedPersonKind({ name: 'Un Soldat' })).toBe('person');
    // An explicit kind in the importer's payload wins over the guess.
    expect(suggestedPersonKind({ name: 'Storm', kind: 'organisation' })).toBe('organisation');
  });

  it('person suggestions carry the suggested kind; accept records it, an edit overrides it, custody names it', async () => {
    const c = await open(article);
    const { api } = c;
    const list = await api.listSuggestions({ kind: 'person' });
    const byName = (n: string) => list.find((s) => s.payload.name === n)!;
    expect(byName('Russian Defense Ministry').personKind).toBe('organisation');
    expect(byName('155th Brigade').personKind).toBe('organisation');
    expect(byName('Marija Zakharova').personKind).toBe('person');

    await api.acceptSuggestion({ id: byName('Russian Defense Ministry').id });
    await api.acceptSuggestion({ id: byName('Marija Zakharova').id });
    // The investigator overrides the guess (here only to show that the edit wins).
    const { entries } = await custodyOf(api, () => api.acceptSuggestion({ id: byName('Pavel Orlov').id, edit: { kind: 'organisation' } }));
    expect(entries[0].details).toMatchObject({ kind: 'person', personKind: 'organisation', edited: ['kind'] });
    const people = await api.listPeople({});
    const kindOf = (n: string) => people.find((p) => p.name === n)?.kind;
    expect(kindOf('Russian Defense Ministry')).toBe('organisation');
    expect(kindOf('Marija Zakharova')).toBe('person');
    expect(kindOf('Pavel Orlov')).toBe('organisation');

    // upsertPerson changes it with a custody entry; a new row defaults to person.
    const orlov = people.find((p) => p.name === 'Pavel Orlov')!;
    const changed = await custodyOf(api, () => api.upsertPerson({ id: orlov.id, kind: 'person' }));
    expect(changed.result.kind).toBe('person');
    expect(changed.entries[0]).toMatchObject({ action: 'person.update', details: { fields: ['kind'] } });
    expect((await api.upsertPerson({ name: 'Witness B' })).kind).toBe('person');
    await expect(api.upsertPerson({ name: 'X', kind: 'robot' as never })).rejects.toThrow();
  });

  it('a quote by an institution records its speaker as an organisation, so a pseudonymised export keeps its name', async () => {
    const Q = 'Russia’s Defense Ministry said: “Ukrainian soldiers shot the prisoners.” Pavel Orlov said: “I was not there.”';
    const c = await open({
      fileName: 'q.txt',
      text: Q,
      reading: {
        quotes: [
          {
            text: 'Ukrainian soldiers shot the prisoners.',
            speaker: 'Russia’s Defense Ministry',
            ...span(Q, 'Ukrainian soldiers shot the prisoners.'),
          },
          { text: 'I was not there.', speaker: 'Pavel Orlov', ...span(Q, 'I was not there.') },
        ],
      },
    });
    for (const s of await c.api.listSuggestions({ kind: 'quote' })) await c.api.acceptSuggestion({ id: s.id });
    const people = await c.api.listPeople({});
    expect(people.find((p) => p.name === 'Russia’s Defense Ministry')).toMatchObject({ kind: 'organisation', role: 'speaker' });
    expect(people.find((p) => p.name === 'Pavel Orlov')).toMatchObject({ kind: 'person', role: 'speaker' });
    // The asylum profile pseudonymises third parties: the person, never the ministry or its country.
    const preview = await c.api.previewExport({ profile: 'asylum' });
    expect(preview.excluded.pseudonymisedPeople).toBe(1);
  });

  it('a subject recorded as another person can be recorded as an organisation', async () => {
    const U = 'The Storm unit said it was not there.';
    const c = await open({
      fileName: 'u.txt',
      text: U,
      reading: { subject: { name: 'Storm', aliases: [], rank: null, affiliation: [], ...span(U, 'Storm') } },
    });
    const [s] = await c.api.listSuggestions({ kind: 'subject' });
    await c.api.acceptSuggestion({ id: s.id, edit: { asPerson: true, personKind: 'organisation' } });
    expect((await c.api.listPeople({}))[0]).toMatchObject({ name: 'Storm', kind: 'organisation' });
  });
});
