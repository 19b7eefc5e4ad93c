/** Elements of crimes as data, and the allegation checklist: evidence per element, established / partly / none. */
import { describe, expect, it } from 'vitest';
import { taxonomy } from '../../src/core/ops/taxonomy';
import { elementsOfCrimes } from '../../src/core/ops/elements';
import { salikovNpo } from './articles';
import { custodyOf, span, useCaseWith } from './fixture';

const open = useCaseWith();

describe('elements of crimes', () => {
  it('names its source and gives every provision in the taxonomy material and contextual elements', () => {
    const e = elementsOfCrimes();
    expect(e.source).toMatch(/ICC Elements of Crimes \(2011 edition/);
    expect(e.source).toMatch(/paraphrased/);
    const codes = new Set(e.provisions.map((p) => p.code));
    for (const p of taxonomy().provisions) expect(codes, p.code).toContain(p.code);
    for (const p of e.provisions) {
      expect(p.elements.filter((x) => x.kind === 'material').length, p.code).toBeGreaterThan(0);
      expect(p.elements.filter((x) => x.kind === 'contextual').length, p.code).toBeGreaterThan(0);
      expect(p.basis).toMatch(/\[P\]|\[M\]/);
    }
    // Grave breaches need protected persons; Common Article 3 crimes persons taking no active part.
    const wilful = e.provisions.find((p) => p.code === '8(2)(a)(i)')!;
    expect(wilful.elements.map((x) => x.id)).toEqual(['m1', 'p1', 'p2', 'c1', 'c2']);
    expect(wilful.elements[1].text).toMatch(/Geneva Conventions of 1949/);
  });

  it('links evidence to two elements of a hand-made allegation and shows the remaining gaps', async () => {
    const c = await open(salikovNpo);
    const { api, seeded } = c;
    const s = span(salikovNpo.text, 'His commander Pavel Orlov gave the orders.');
    const a = await api.addAllegation({
      category: 'killing-hors-de-combat',
      provisions: ['8(2)(b)(vi)', '8(2)(a)(i)'],
      description: 'Prisoners shot after they surrendered',
      victimStatus: 'hors-de-combat',
      evidence: [{ sourceId: seeded[0].sourceId, start: s.start, end: s.end, reliability: 'F', credibility: '3' }],
    });
    const st = await api.addStatement({ text: 'I saw them raise their hands.', basis: 'first-hand' });
    const before = await api.allegationElements({ allegationId: a.id });
    expect(before.gaps).toBe(10);
    const linked = await custodyOf(api, () =>
      api.linkElement({
        allegationId: a.id,
        provision: '8(2)(b)(vi)',
        elementId: 'm1',
        evidenceId: a.evidence[0].id,
        support: 'established',
      }),
    );
    expect(linked.entries.map((e) => e.action)).toEqual(['element.link']);
    const after = await api.linkElement({ allegationId: a.id, provision: '8(2)(b)(vi)', elementId: 'm2', statementId: st.id });
    const hdc = after.provisions.find((p) => p.code === '8(2)(b)(vi)')!;
    expect(hdc.elements.map((e) => [e.id, e.status])).toEqual([
      ['m1', 'established'],
      ['m2', 'partly'],
      ['m3', 'none'],
      ['c1', 'none'],
      ['c2', 'none'],
    ]);
    expect(hdc.elements[0].links[0]).toMatchObject({ grade: 'F3', excerpt: 'His commander Pavel Orlov gave the orders.' });
    expect(hdc.elements[1].links[0].label).toBe('Statement by an unnamed speaker');
    expect(after).toMatchObject({ gaps: 8, partly: 1, established: 1 });
    await expect(api.linkElement({ allegationId: a.id, provision: '7(1)(a)', elementId: 'm1', statementId: st.id })).rejects.toThrow(
      /does not carry provision 7\(1\)\(a\)/,
    );
    await expect(api.linkElement({ allegationId: a.id, provision: '8(2)(b)(vi)', elementId: 'm9', statementId: st.id })).rejects.toThrow(
      /no element m9/,
    );
    // Removing the evidence link removes what it established.
    await api.deleteRecord({ kind: 'evidence', id: a.evidence[0].id });
    expect((await api.allegationElements({ allegationId: a.id })).established).toBe(0);
    await api.undoLastChange({});
    expect((await api.allegationElements({ allegationId: a.id })).established).toBe(1);
  });
});
