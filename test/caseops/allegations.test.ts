/** Allegations, evidence links and corroboration on real encrypted case files. */
import { describe, expect, it } from 'vitest';
import { CRIME_CATEGORIES } from '../../src/shared/domain';
import { dmitriMeduza, salikovNpo, salikovPolitico } from './articles';
import { custodyOf, span, useCaseWith } from './fixture';

const open = useCaseWith();

describe('taxonomy', () => {
  it('ships every DESIGN §4 category with provisions and official short titles', async () => {
    const { api } = await open();
    const t = await api.taxonomy({});
    expect(t.categories.map((c) => c.id)).toEqual([...CRIME_CATEGORIES]);
    const byId = Object.fromEntries(t.categories.map((c) => [c.id, c]));
    expect(byId['wilful-killing'].provisions).toEqual([
      { code: '8(2)(a)(i)', title: 'War crime of wilful killing' },
      { code: '8(2)(c)(i)', title: 'War crime of murder / mutilation / cruel treatment / torture' },
      { code: '7(1)(a)', title: 'Crime against humanity of murder' },
    ]);
    expect(byId['deportation-transfer'].provisions.map((p) => p.code)).toEqual(['8(2)(a)(vii)', '8(2)(b)(viii)', '7(1)(d)', '6(e)']);
    expect(byId['aggression'].provisions).toEqual([{ code: '8 bis', title: 'Crime of aggression' }]);
    expect(byId['other'].provisions).toEqual([]);
    for (const c of t.categories) for (const p of c.provisions) expect(p.title).not.toBe('not in the shipped taxonomy');
  });
});

describe('allegations', () => {
  it('add, update, link, grade and unlink evidence — one custody entry per operation', async () => {
    const { api, seeded } = await open(salikovNpo);
    const s = span(salikovNpo.text, 'the execution of prisoners of war');
    const add = await custodyOf(api, () =>
      api.addAllegation({
        category: 'killing-hors-de-combat',
        description: 'Execution of captured Ukrainian soldiers',
        place: 'near Bakhmut',
        date: { text: 'June 2022', value: '2022-06', precision: 'month' },
        perpetrators: ['Pavel Orlov'],
        units: ['GRU'],
        victims: 'prisoners of war',
        victimStatus: 'prisoner-of-war',
        evidence: [{ sourceId: seeded[0].sourceId, ...s, reliability: 'F', credibility: '3' }],
      }),
    );
    const a = add.result;
    expect(add.entries).toEqual([expect.objectContaining({ action: 'allegation.add', entity: 'allegation', entityId: a.id })]);
    expect(a).toMatchObject({
      status: 'alleged',
      victimStatus: 'prisoner-of-war',
      categoryLabel: 'Killing persons hors de combat',
      perpetrators: ['Pavel Orlov'],
    });
    expect(a.provisions.map((p) => p.code)).toEqual(['8(2)(b)(vi)', '8(2)(a)(i)', '8(2)(c)(i)']);
    expect(a.evidence[0]).toMatchObject({
      excerpt: 'the execution of prisoners of war',
      grade: 'F3',
      sourceTextId: seeded[0].sourceTextId,
      outlet: 'Express',
    });
    expect(a.evidence[0].sourceSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(a.corroboration).toMatchObject({ sources: 1, independent: 1, explanation: '1 source, 1 independent' });

    const up = await custodyOf(api, () =>
      api.updateAllegation({
        id: a.id,
        status: 'disputed',
        provisions: ['8(2)(b)(vi)', '8(2)(b)(xii)'],
        reliability: 'C',
        credibility: '2',
      }),
    );
    expect(up.result).toMatchObject({ status: 'disputed', grade: 'C2' });
    expect(up.result.provisions[1]).toEqual({ code: '8(2)(b)(xii)', title: 'War crime of denying quarter' });
    expect(up.entries).toEqual([
      expect.objectContaining({ action: 'allegation.update', details: { fields: ['provisions', 'status', 'reliability', 'credibility'] } }),
    ]);

    const quote = span(salikovNpo.text, 'Pavel Orlov gave the orders');
    const link = await custodyOf(api, () =>
      api.linkEvidence({ allegationId: a.id, sourceId: seeded[0].sourceId, ...quote, basis: 'first-hand' }),
    );
    expect(link.result.evidence).toHaveLength(2);
    expect(link.entries).toEqual([expect.objectContaining({ action: 'evidence.link', entity: 'evidence' })]);
    const lid = link.result.evidence[1].id;

    const grade = await custodyOf(api, () => api.updateEvidence({ id: lid, reliability: 'B', credibility: '2' }));
    expect(grade.result.evidence[1].grade).toBe('B2');
    expect(grade.entries[0]).toMatchObject({
      action: 'evidence.update',
      details: { allegationId: a.id, fields: ['reliability', 'credibility'] },
    });

    const un = await custodyOf(api, () => api.unlinkEvidence({ id: lid }));
    expect(un.result.evidence).toHaveLength(1);
    expect(un.entries[0]).toMatchObject({ action: 'evidence.unlink', entityId: lid });

    expect((await api.listAllegations({ category: 'torture' })).length).toBe(0);
    expect((await api.listAllegations({ category: 'killing-hors-de-combat' })).map((x) => x.id)).toEqual([a.id]);
  });

  it('refuses spans outside the text, unknown sources and unknown provisions, changing nothing', async () => {
    const { api, seeded } = await open(salikovNpo);
    const head = (await api.caseInfo({})).custodyHead;
    await expect(
      api.addAllegation({ category: 'torture', description: 'x', evidence: [{ sourceId: seeded[0].sourceId, start: 5, end: 99999 }] }),
    ).rejects.toThrow(/outside the text/);
    await expect(api.addAllegation({ category: 'torture', description: 'x', evidence: [{ sourceId: 'src_NOPE' }] })).rejects.toThrow(
      /No source/,
    );
    await expect(api.addAllegation({ category: 'torture', description: 'x', provisions: ['8(2)(z)'] })).rejects.toThrow(
      /Unknown Rome Statute/,
    );
    expect(await api.listAllegations({})).toEqual([]);
    expect((await api.caseInfo({})).custodyHead).toEqual(head);
  });
});

describe('corroboration', () => {
  it('two articles quoting the same interview count once, and say why', async () => {
    const { api, seeded } = await open(salikovNpo, salikovPolitico);
    const a = await api.addAllegation({
      category: 'killing-hors-de-combat',
      description: 'Execution of prisoners of war',
      evidence: [
        { sourceId: seeded[0].sourceId, ...span(salikovNpo.text, 'the execution of prisoners of war') },
        { sourceId: seeded[1].sourceId, ...span(salikovPolitico.text, 'the execution of prisoners of war') },
      ],
    });
    expect(a.corroboration.sources).toBe(2);
    expect(a.corroboration.independent).toBe(1);
    expect(a.corroboration.explanation).toBe(
      '2 sources, 1 independent: both cite NPO1 and carry the quote “I have seen people from the secret serv…”',
    );
    expect(a.corroboration.groups).toEqual([
      expect.objectContaining({ key: 'outlet:npo1', sourceIds: [seeded[0].sourceId, seeded[1].sourceId] }),
    ]);
    expect(await api.corroboration({ allegationId: a.id })).toEqual(a.corroboration);
  });

  it('the same quote alone is enough to merge (no outlet cited)', async () => {
    const { api, seeded } = await open(
      { ...salikovNpo, reading: { ...salikovNpo.reading, citedOutlets: [] }, outlet: 'Express' },
      { ...salikovPolitico, reading: { ...salikovPolitico.reading, citedOutlets: [] }, outlet: 'POLITICO' },
    );
    // Reject the NPO1 mentions so only the quote links them.
    const a = await api.addAllegation({
      category: 'deportation-transfer',
      description: 'Children taken to Belarus',
      evidence: [{ sourceId: seeded[0].sourceId }, { sourceId: seeded[1].sourceId }],
    });
    expect(a.corroboration.independent).toBe(1);
    expect(a.corroboration.groups[0].reason).toMatch(/^both carry the quote “I have seen people/);
  });

  it('two independent articles count twice; a third from the same interview still counts once more, not twice', async () => {
    const { api, seeded } = await open(salikovNpo, dmitriMeduza, salikovPolitico);
    const a = await api.addAllegation({
      category: 'killing-hors-de-combat',
      description: 'Execution of prisoners of war',
      evidence: [
        { sourceId: seeded[0].sourceId, ...span(salikovNpo.text, 'the execution of prisoners of war') },
        { sourceId: seeded[1].sourceId, ...span(dmitriMeduza.text, 'prisoners of war were shot after surrendering') },
      ],
    });
    expect(a.corroboration).toMatchObject({ sources: 2, independent: 2, explanation: '2 sources, 2 independent' });
    const b = await api.linkEvidence({
      allegationId: a.id,
      sourceId: seeded[2].sourceId,
      ...span(salikovPolitico.text, 'the execution of prisoners of war'),
    });
    expect(b.corroboration).toMatchObject({ sources: 3, independent: 2 });
  });

  it('a rejected cited-outlet suggestion no longer merges; the investigator can merge by origin key', async () => {
    const { api, seeded } = await open(
      { ...salikovNpo, reading: { ...salikovNpo.reading, quotes: [] }, text: salikovNpo.text },
      {
        ...salikovPolitico,
        text: 'According to NPO1, Salikov described the execution of prisoners of war in 2022.',
        reading: { citedOutlets: ['NPO1'] },
      },
    );
    const mk = () =>
      api.addAllegation({
        category: 'torture',
        description: 'x',
        evidence: [{ sourceId: seeded[0].sourceId }, { sourceId: seeded[1].sourceId }],
      });
    expect((await mk()).corroboration.independent).toBe(1);
    for (const s of seeded) for (const sg of s.suggestions.filter((x) => x.kind === 'outlet')) await api.rejectSuggestion({ id: sg.id });
    const a = await mk();
    expect(a.corroboration.independent).toBe(2);
    await api.updateEvidence({ id: a.evidence[0].id, originKey: 'npo1-interview-2023' });
    const b = await api.updateEvidence({ id: a.evidence[1].id, originKey: 'npo1-interview-2023' });
    expect(b.corroboration.independent).toBe(1);
    expect(b.corroboration.groups[0].reason).toContain('marked by the investigator as origin “npo1-interview-2023”');
  });
});
