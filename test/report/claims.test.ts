/**
 * Claims about the other side are told apart from the defector's own account: the exported PDF says who
 * makes each claim and on what basis — the subject's first-hand account, or a state body of one party
 * accusing the other (hearsay from an official source) — read back with poppler.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { useTempDir } from '../helpers/tmp';
import { caseWith, span } from '../caseops/fixture';
import { pdftotext } from './poppler';

const tmp = useTempDir();
let text = '';
let dispose: (() => void) | null = null;

const OWN = 'Ivanov said he saw his company commander shoot two prisoners of war near Bakhmut.';
const MINISTRY = 'Ukrainian soldiers executed eleven captured Russian servicemen near Makiivka.';
const T = `${OWN} Russia’s Defense Ministry said: “${MINISTRY}” Kyiv denied it.`;

beforeAll(async () => {
  const dir = tmp();
  const c = await caseWith(dir, [
    {
      fileName: 'claims.txt',
      text: T,
      title: 'Two accounts of killings of prisoners',
      outlet: 'Kyiv Herald',
      reading: { quotes: [{ text: MINISTRY, speaker: 'Russia’s Defense Ministry', ...span(T, MINISTRY) }] },
    },
  ]);
  dispose = c.dispose;
  const { api } = c;
  await api.updateProfile({ fullName: 'Pavel Ivanov' });
  for (const s of await api.listSuggestions({ kind: 'quote' })) await api.acceptSuggestion({ id: s.id });
  const [src] = await api.listSources({});
  const own = span(T, OWN);
  const ministry = span(T, MINISTRY);
  await api.addAllegation({
    category: 'killing-hors-de-combat',
    description: 'The company commander shot two prisoners of war near Bakhmut.',
    basis: 'first-hand',
    evidence: [{ sourceId: src.id, start: own.start, end: own.end, basis: 'first-hand' }],
  });
  await api.addAllegation({
    category: 'killing-hors-de-combat',
    description: 'Ukrainian soldiers executed eleven captured Russian servicemen near Makiivka.',
    basis: 'reported',
    evidence: [{ sourceId: src.id, start: ministry.start, end: ministry.end, basis: 'reported' }],
  });
  const out = join(dir, 'icc.pdf');
  await api.exportPdf({ profile: 'icc', outPath: out, preparedBy: 'Test' });
  text = pdftotext(out);
}, 120_000);

afterAll(() => dispose?.());

/** The text of one allegation block, from its ref to the next one (or the timeline). */
const block = (ref: string, next: string) => text.slice(text.indexOf(`${ref} ALLEGED`), text.indexOf(next, text.indexOf(`${ref} ALLEGED`)));

describe('who makes each claim', () => {
  it('the defector’s own account is marked as his, first-hand', () => {
    const a1 = block('A1', 'A2 ALLEGED');
    expect(a1).toContain('ACCOUNT OF THE SUBJECT');
    expect(a1).toMatch(/Who claims it Pavel Ivanov, the subject of this case — first-hand: says he saw or heard it himself \(S1\)/);
    expect(a1).not.toMatch(/hearsay|official source|party to the conflict/);
  });

  it('a ministry’s claim about the other side is marked as a party’s claim: hearsay from an official source', () => {
    const a2 = block('A2', 'Timeline');
    expect(a2).toContain('CLAIM BY A PARTY ABOUT ITS ENEMY');
    expect(a2).toMatch(
      /Who claims it Russia’s Defense Ministry — a state body of Russia, a party to the conflict, accusing Ukraine; hearsay from an official source, not an eyewitness account \(S1\)/,
    );
    expect(a2).not.toContain('ACCOUNT OF THE SUBJECT');
  });
});
