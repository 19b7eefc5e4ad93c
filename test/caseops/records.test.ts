/** People, testimony, timeline and asylum operations, each with the custody entry it writes. */
import { describe, expect, it } from 'vitest';
import { compareDates, datesConflict } from '../../src/core/ops/timeline';
import { dmitriMeduza, salikovNpo } from './articles';
import { custodyOf, span, useCaseWith } from './fixture';

const open = useCaseWith();

describe('people and testimony', () => {
  it('upsertPerson creates and updates, with a pseudonym; statements carry speaker, span, translation and basis', async () => {
    const { api, seeded } = await open(salikovNpo);
    const created = await custodyOf(api, () => api.upsertPerson({ name: 'Pavel Orlov', role: 'commander', pseudonym: 'P-0012' }));
    expect(created.result).toMatchObject({ name: 'Pavel Orlov', pseudonym: 'P-0012', statementCount: 0 });
    expect(created.entries).toEqual([expect.objectContaining({ action: 'person.add', entity: 'person', entityId: created.result.id })]);
    const updated = await custodyOf(api, () =>
      api.upsertPerson({ id: created.result.id, aliases: [{ name: 'Orlov', kind: 'call-sign' }] }),
    );
    expect(updated.result.aliases).toEqual([{ name: 'Orlov', kind: 'call-sign' }]);
    expect(updated.entries[0]).toMatchObject({ action: 'person.update', details: { fields: ['aliases'] } });

    const s = span(salikovNpo.text, 'His commander Pavel Orlov gave the orders.');
    const st = await custodyOf(api, () =>
      api.addStatement({
        text: 'Мой командир Павел Орлов отдал приказ.',
        speakerId: created.result.id,
        sourceId: seeded[0].sourceId,
        spanStart: s.start,
        spanEnd: s.end,
        language: 'ru',
        translation: 'My commander Pavel Orlov gave the order.',
        translationKind: 'machine',
        basis: 'hearsay',
        hearsayFrom: 'Igor Salikov',
      }),
    );
    expect(st.result).toMatchObject({
      speakerName: 'Pavel Orlov',
      translationKind: 'machine',
      basis: 'hearsay',
      hearsayFrom: 'Igor Salikov',
      sourceTextId: seeded[0].sourceTextId,
    });
    expect(st.entries[0]).toMatchObject({ action: 'statement.add', details: { basis: 'hearsay' } });
    await expect(api.addStatement({ text: 'x', translation: 'y' })).rejects.toThrow(/human or machine/);
    await expect(api.addStatement({ text: 'x', basis: 'hearsay' })).rejects.toThrow(/hearsayFrom/);

    const up = await custodyOf(api, () => api.updateStatement({ id: st.result.id, translationKind: 'human' }));
    expect(up.result.translationKind).toBe('human');
    expect(up.entries[0]).toMatchObject({ action: 'statement.update', details: { fields: ['translationKind'] } });
    expect((await api.listPeople({}))[0].statementCount).toBe(1);
    expect(await api.listStatements({ speakerId: created.result.id })).toHaveLength(1);
  });

  it('profile aliases come with transliteration variants', async () => {
    const { api } = await open();
    const r = await custodyOf(api, () => api.addProfileAliases({ aliases: [{ name: 'Саликов', kind: 'alias' }] }));
    expect(r.result.aliases).toEqual([
      { name: 'Саликов', kind: 'alias' },
      { name: 'Salikov', kind: 'transliteration' },
    ]);
    expect(r.entries).toEqual([expect.objectContaining({ action: 'profile.update', details: { fields: ['aliases'] } })]);
    expect((await api.transliterate({ text: 'Salikov' })).variants).toEqual(['Саликов']);
    expect((await api.transliterate({ text: 'Королёв' })).variants).toEqual(['Korolyov', 'Korolev']);
  });
});

describe('timeline', () => {
  it('sorts mixed precision sensibly (more precise first on ties, unknown last) and flags conflicting sources', async () => {
    const { api, seeded } = await open(salikovNpo, dmitriMeduza);
    const ev = async (
      title: string,
      value: string | null,
      precision: 'day' | 'month' | 'season' | 'year' | 'decade' | 'range' | 'unknown',
      end: string | null = null,
    ) => (await api.addEvent({ title, date: { text: null, value, end, precision } })).id;
    await ev('undated', null, 'unknown');
    await ev('a year', '2022', 'year');
    await ev('a day', '2022-06-15', 'day');
    await ev('a month', '2022-06', 'month');
    await ev('the 1990s', '1990', 'decade');
    await ev('spring', '2022-spring', 'season');
    await ev('start of year', '2022-01-01', 'day');
    await ev('a range', '2021-11', 'range', '2022-02');
    const t = await api.timeline({});
    expect(t.events.map((e) => e.title)).toEqual([
      'the 1990s',
      'a range',
      'start of year',
      'a year',
      'spring',
      'a month',
      'a day',
      'undated',
    ]);

    const s1 = span(salikovNpo.text, 'June 2022');
    const s2 = span(dmitriMeduza.text, 'July 2022');
    const add = await custodyOf(api, () =>
      api.addEvent({
        title: 'Execution of POWs near Bakhmut',
        date: { text: 'June 2022', value: '2022-06', precision: 'month' },
        place: 'Bakhmut',
        sources: [{ sourceId: seeded[0].sourceId, ...s1, date: { text: 'June 2022', value: '2022-06', end: null, precision: 'month' } }],
      }),
    );
    expect(add.result.conflict).toBeNull();
    expect(add.result.sources[0]).toMatchObject({ excerpt: 'June 2022', sourceTitle: 'Former GRU colonel to testify' });
    expect(add.entries[0]).toMatchObject({ action: 'event.add', details: { sources: [seeded[0].sourceId] } });
    const up = await custodyOf(api, () =>
      api.updateEvent({
        id: add.result.id,
        addSources: [{ sourceId: seeded[1].sourceId, ...s2, date: { text: 'July 2022', value: '2022-07', end: null, precision: 'month' } }],
      }),
    );
    expect(up.result.conflict).toBe(
      'Sources date this event differently: Former GRU colonel to testify says “June 2022” (2022-06); Soldier says POWs were shot says “July 2022” (2022-07).',
    );
    expect(up.entries[0]).toMatchObject({ action: 'event.update', details: { addedSources: [seeded[1].sourceId] } });
    expect((await api.timeline({})).conflicts).toBe(1);
  });

  it('date comparison and containment', () => {
    expect(compareDates({ value: '2022-06', precision: 'month' }, { value: '2022-06-01', precision: 'day' })).toBeGreaterThan(0);
    expect(compareDates({ value: null, precision: 'unknown' }, { value: '1990', precision: 'decade' })).toBeGreaterThan(0);
    expect(datesConflict({ value: '2022-06', precision: 'month' }, { value: '2022-06-15', precision: 'day' })).toBe(false);
    expect(datesConflict({ value: '2022', precision: 'year' }, { value: '2022-06-15', precision: 'day' })).toBe(false);
    expect(datesConflict({ value: '1995', precision: 'decade' }, { value: '1990', precision: 'year' })).toBe(false);
    expect(datesConflict({ value: '2022', precision: 'year' }, { value: '2023-01', precision: 'month' })).toBe(true);
  });
});

describe('asylum', () => {
  it('steps per country with the current stage, updates, and disclosures to authorities', async () => {
    const { api, seeded } = await open(salikovNpo);
    const s1 = await custodyOf(api, () => api.addAsylumStep({ country: 'NL', stage: 'intends', sourceId: seeded[0].sourceId }));
    expect(s1.entries[0]).toMatchObject({ action: 'asylum.add', entity: 'asylum-step', details: { stage: 'intends' } });
    expect(JSON.stringify(s1.entries[0].details)).not.toContain('NL');
    const s2 = await api.addAsylumStep({ country: 'NL', stage: 'applied', date: '2023-03-02', authority: 'IND' });
    await api.addAsylumStep({
      country: 'NL',
      stage: 'interview',
      date: '2023-05',
      precision: 'month',
      authority: 'IND',
      note: 'nader gehoor',
    });
    await api.addAsylumStep({ country: 'DE', stage: 'dublin-transfer' });
    const up = await custodyOf(api, () => api.updateAsylumStep({ id: s2.id, authority: 'IND (Ter Apel)' }));
    expect(up.result.authority).toBe('IND (Ter Apel)');
    expect(up.entries[0]).toMatchObject({ action: 'asylum.update', details: { fields: ['authority'] } });
    const d = await custodyOf(api, () =>
      api.recordDisclosure({
        asylumStepId: s2.id,
        authority: 'IND',
        disclosedAt: '2023-03-02',
        what: 'Full name, unit, route out',
        items: ['fullName', 'unit', 'routeOut'],
      }),
    );
    expect(d.result).toMatchObject({ country: 'NL', authority: 'IND', items: ['fullName', 'unit', 'routeOut'] });
    expect(d.entries[0]).toMatchObject({
      action: 'disclosure.record',
      details: { disclosedAt: '2023-03-02', items: 3, asylumStepId: s2.id },
    });
    expect(JSON.stringify(d.entries[0].details)).not.toMatch(/IND|NL/);
    expect(JSON.stringify(d.entries[0].details)).not.toContain('route out');
    await api.recordDisclosure({ authority: 'ICC OTP', disclosedAt: '2024-01-10', what: 'Testimony on POW executions' });
    const o = await api.asylumOverview({});
    expect(o.countries.map((c) => [c.country, c.currentStage, c.steps.length])).toEqual([
      ['DE', 'dublin-transfer', 1],
      ['NL', 'interview', 3],
    ]);
    expect(o.countries[1].steps.map((s) => s.stage)).toEqual(['intends', 'applied', 'interview']);
    expect(o.countries[1].disclosures).toHaveLength(1);
    expect(o.otherDisclosures.map((x) => x.authority)).toEqual(['ICC OTP']);
    await expect(api.addAsylumStep({ country: 'nl', stage: 'applied' })).rejects.toThrow(/ISO 3166-1/);
  });
});
