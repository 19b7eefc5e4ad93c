/**
 * Issue #11: source reliability (A–F) is graded per source and information credibility (1–6) per link;
 * a statement records who translated it; a disclosure can be edited. Each change is one custody entry,
 * undo reverses it, and the evidence summary's reads carry the per-source grade and the translator.
 */
import { describe, expect, it } from 'vitest';
import { dmitriMeduza, salikovNpo } from './articles';
import { custodyOf, span, useCaseWith } from './fixture';

const open = useCaseWith(salikovNpo, dmitriMeduza);

describe('grades per source', () => {
  it('a source is graded once: every link to it shows the letter, each link keeps its own credibility', async () => {
    const { api, seeded } = await open();
    const [s1, s2] = seeded.map((s) => s.sourceId);
    const a = await api.addAllegation({ category: 'torture', description: 'Beatings', evidence: [{ sourceId: s1, credibility: '2' }] });
    const b = await api.addAllegation({
      category: 'pillage',
      description: 'Looting',
      evidence: [{ sourceId: s1, credibility: '4' }, { sourceId: s2 }],
    });
    const graded = await custodyOf(api, () => api.gradeSource({ sourceId: s1, reliability: 'B', note: 'registry' }));
    expect(graded.result).toMatchObject({ sourceId: s1, reliability: 'B', note: 'registry' });
    expect(graded.entries).toMatchObject([{ action: 'source.grade', entity: 'source', entityId: s1 }]);
    expect((await api.getAllegation({ id: a.id })).evidence.map((e) => e.grade)).toEqual(['B2']);
    expect((await api.getAllegation({ id: b.id })).evidence.map((e) => e.grade)).toEqual(['B4', null]);
    expect((await api.listSources({})).find((s) => s.id === s1)?.reliability).toBe('B');

    // Grading from a link grades its source (the other allegation's link too).
    const link = (await api.getAllegation({ id: b.id })).evidence[0];
    await api.updateEvidence({ id: link.id, reliability: 'E' });
    expect((await api.getAllegation({ id: a.id })).evidence[0].grade).toBe('E2');
    // Linking with a letter grades the source as well.
    await api.linkEvidence({ allegationId: a.id, sourceId: s2, reliability: 'C', credibility: '1' });
    expect((await api.getAllegation({ id: b.id })).evidence.map((e) => e.grade)).toEqual(['E4', 'C?']);

    // Undo the last grade; null removes a grade.
    await api.gradeSource({ sourceId: s2, reliability: 'A' });
    await api.undoLastChange({});
    expect((await api.listSources({})).find((s) => s.id === s2)?.reliability).toBe('C');
    expect(await api.gradeSource({ sourceId: s2, reliability: null })).toBeNull();
    expect((await api.getAllegation({ id: b.id })).evidence[1].grade).toBeNull();
    await expect(api.gradeSource({ sourceId: 'src_nope', reliability: 'A' })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Corroboration still counts the two sources (grades do not merge or split origins).
    expect((await api.corroboration({ allegationId: b.id })).sources).toBe(2);
    // The case JSON keeps the grades.
    const dump = await api.exportJson({});
    expect(dump.sourceGrades).toEqual([expect.objectContaining({ sourceId: s1, reliability: 'E' })]);
  });
});

describe('translator', () => {
  it('is recorded with the translation, edited, and read for the export', async () => {
    const { api, seeded } = await open();
    const s = span(salikovNpo.text, 'His commander Pavel Orlov gave the orders.');
    const st = await api.addStatement({
      text: 'Командир отдавал приказы.',
      language: 'ru',
      translation: 'The commander gave the orders.',
      translationKind: 'human',
      translator: 'A. Ivanova',
      sourceId: seeded[0].sourceId,
      spanStart: s.start,
      spanEnd: s.end,
    });
    expect(st.translator).toBe('A. Ivanova');
    const changed = await custodyOf(api, () => api.updateStatement({ id: st.id, translator: 'DeepL', translationKind: 'machine' }));
    expect(changed.result).toMatchObject({ translator: 'DeepL', translationKind: 'machine' });
    expect(changed.entries).toHaveLength(1);
  });
});

describe('disclosures', () => {
  it('are edited (one entry naming the fields, not the values), moved to a step, and deleted', async () => {
    const { api } = await open();
    const step = await api.addAsylumStep({ country: 'NL', stage: 'applied' });
    const d = await api.recordDisclosure({ authority: 'IND', disclosedAt: '2024-05-01', what: 'unit and rank', items: ['unit'] });
    const edited = await custodyOf(api, () =>
      api.updateDisclosure({ id: d.id, what: 'unit, rank and route', items: ['unit', 'route'], asylumStepId: step.id }),
    );
    expect(edited.result).toMatchObject({ what: 'unit, rank and route', items: ['unit', 'route'], asylumStepId: step.id, country: 'NL' });
    expect(edited.entries).toMatchObject([{ action: 'disclosure.update', entityId: d.id }]);
    expect(JSON.stringify(edited.entries)).not.toContain('route');
    const overview = await api.asylumOverview({});
    expect(overview.countries[0].disclosures.map((x) => x.id)).toEqual([d.id]);
    await api.undoLastChange({});
    expect((await api.asylumOverview({})).otherDisclosures[0]).toMatchObject({ what: 'unit and rank', asylumStepId: null });
    await expect(api.updateDisclosure({ id: 'dis_nope', what: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await api.deleteRecord({ kind: 'disclosure', id: d.id });
    expect((await api.asylumOverview({})).otherDisclosures).toEqual([]);
  });
});
