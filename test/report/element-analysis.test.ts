/**
 * Element analysis in the ICC export (the Case Matrix view), read back with poppler: per allegation, the
 * elements of each provision with the evidence linked to each (by reference and grade) and the gaps, a
 * provision without an element list falling back to the allegation's evidence, and the modes of
 * liability of the perpetrators and units alleged. The asylum export carries none of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { useTempDir } from '../helpers/tmp';
import { caseWith, span } from '../caseops/fixture';
import { pdftotext } from './poppler';
import { elementAnalysis } from '../../src/core/report/element-analysis';

const tmp = useTempDir();
const text: Record<string, string> = {};
let dispose: (() => void) | null = null;

const T = 'Ivanov said Captain Orlov of the 331st Regiment ordered the two captured men to be shot, and they were shot at once.';

beforeAll(async () => {
  const dir = tmp();
  const c = await caseWith(dir, [{ fileName: 'orlov.txt', text: T, title: 'The order at the farm', outlet: 'Kyiv Herald' }]);
  dispose = c.dispose;
  const { api } = c;
  await api.updateProfile({ fullName: 'Pavel Ivanov' });
  const [src] = await api.listSources({});
  const at = span(T, 'ordered the two captured men to be shot');
  const a = await api.addAllegation({
    category: 'wilful-killing',
    description: 'Captain Orlov ordered two prisoners to be shot.',
    provisions: ['8(2)(a)(i)'],
    perpetrators: ['Captain Orlov'],
    units: ['331st Regiment'],
    liability: [{ name: 'Captain Orlov', mode: '25(3)(b)' }],
    basis: 'first-hand',
    evidence: [{ sourceId: src.id, start: at.start, end: at.end, basis: 'first-hand', reliability: 'B', credibility: '2' }],
  });
  await api.linkElement({
    allegationId: a.id,
    provision: '8(2)(a)(i)',
    elementId: 'm1',
    evidenceId: a.evidence[0].id,
    support: 'established',
  });
  for (const profile of ['icc', 'asylum']) {
    const out = join(dir, `${profile}.pdf`);
    await api.exportPdf({ profile, outPath: out, preparedBy: 'Test' });
    text[profile] = pdftotext(out);
  }
}, 120_000);

afterAll(() => dispose?.());

describe('element analysis (ICC)', () => {
  it('lists each element of the provision with the evidence that goes to it, and the gaps', () => {
    const t = text.icc;
    expect(t).toContain('Element analysis of A1: 1 element(s) established, 0 partly, 4 without evidence yet (gaps)');
    expect(t).toMatch(/Art\. 8\(2\)\(a\)\(i\) — War crime of wilful killing · War crime, international armed conflict/);
    expect(t).toMatch(/The perpetrator killed one or more persons \(caused their death\)\. S1 · B2 \(established\) established/);
    expect(t).toMatch(/The victims were persons protected under one or more of the Geneva Conventions of 1949\. — GAP/);
  });

  it('a provision without an element list falls back to the allegation’s evidence (every shipped provision has one today)', () => {
    const a = elementAnalysis(
      { allegationId: 'alg_X', provisions: [], gaps: 0, partly: 0, established: 0 },
      [{ code: '8(2)(b)(xx)', title: null }],
      ['S1 · B2'],
      [],
      {
        evidence: () => null,
        statement: () => null,
      },
    );
    expect(a.withoutElements).toEqual([{ code: '8(2)(b)(xx)', title: null, evidence: ['S1 · B2'] }]);
    expect(a.gaps + a.partly + a.established).toBe(0);
  });

  it('names the modes of liability of the perpetrators alleged, and leaves it all out of the asylum export', () => {
    expect(text.icc).toContain('Modes of liability: Captain Orlov — Art. 25(3)(b) (orders, solicits or induces).');
    expect(text.icc).toMatch(/Alleged perpetrators Captain Orlov; 331st Regiment/);
    expect(text.asylum).not.toContain('Element analysis');
    expect(text.asylum).not.toContain('Modes of liability');
  });
});
