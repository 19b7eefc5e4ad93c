/**
 * A withheld passage (a self-incriminating statement, a retracted allegation's evidence) is found in
 * every string that carries it, however the words were retyped, and nowhere else:
 * - any four consecutive words of it, whatever their case, accents, punctuation or spacing;
 * - a passage of two or three words only whole; a single word is not a passage;
 * - by span: a row of the same source whose span overlaps the passage's;
 * - scrubbing takes out exactly the sentences that carry it, leaving one marker per run of them.
 */
import { describe, expect, it } from 'vitest';
import { foldWords, WithheldPassages } from '../../src/core/report/withheld';

const PASSAGE = 'I fired at the houses on Sadova Street when the order came, and I did not refuse it.';

function held(...texts: string[]): WithheldPassages {
  const w = new WithheldPassages();
  texts.forEach((text, i) => w.add({ label: `statement S${i + 1}`, text }));
  return w;
}

describe('a withheld passage is found wherever four of its words are quoted in a row', () => {
  it('the passage itself, its first four words, its last four words, and a run from the middle', () => {
    const w = held(PASSAGE);
    expect(w.size).toBe(1);
    expect(w.found(PASSAGE)).toEqual(['statement S1']);
    expect(w.found('He said: "I fired at the" and stopped.')).toEqual(['statement S1']);
    expect(w.found('did not refuse it')).toEqual(['statement S1']);
    expect(w.found('a report: "the houses on Sadova" were hit')).toEqual(['statement S1']);
  });

  it('whatever the case, accents, punctuation and spacing (Romanian comma-below and cedilla forms alike)', () => {
    expect(held(PASSAGE).found('I  FIRED—at\nthe…')).toEqual(['statement S1']);
    const ro = held('Am tras în casele de pe strada Ștefan cel Mare');
    expect(ro.found('AM TRAS IN CASELE')).toEqual(['statement S1']);
    expect(ro.found('strada Stepan cel Mare')).toEqual([]); // not the same words
    expect(ro.found('strada Ştefan cel Mare')).toEqual(['statement S1']); // cedilla Ş for comma-below Ș
    expect(foldWords('Ştefan, Ștefan; ÉCOLE!')).toEqual(['stefan', 'stefan', 'ecole']);
  });

  it('three words in a row are not enough to call a string a quote of a long passage', () => {
    const w = held(PASSAGE);
    expect(w.found('I fired at nothing')).toEqual([]);
    expect(w.found('the houses on the hill, Sadova Street when we left')).toEqual([]);
    expect(w.found('refuse it')).toEqual([]);
  });

  it('a passage of two or three words is found only whole; a single word is not a passage at all', () => {
    const w = held('Sadova Street shelling', 'Stop', 'dead end');
    expect(w.size).toBe(2);
    expect(w.found('the Sadova Street shelling began')).toEqual(['statement S1']);
    expect(w.found('Sadova Street, then shelling')).toEqual([]);
    expect(w.found('a dead end')).toEqual(['statement S3']);
    expect(w.found('Stop.')).toEqual([]);
  });

  it('names each passage a string carries, once', () => {
    const w = held(PASSAGE, 'We took the watches and phones from the flats.');
    expect(w.found(`${PASSAGE} ${PASSAGE} Then we took the watches and phones.`).sort()).toEqual(['statement S1', 'statement S2']);
    expect(w.found('nothing of either')).toEqual([]);
  });

  it('an empty, null or missing string carries nothing; nothing held finds nothing', () => {
    const w = held(PASSAGE);
    for (const s of ['', null, undefined]) expect(w.found(s)).toEqual([]);
    expect(new WithheldPassages().found(PASSAGE)).toEqual([]);
  });
});

describe('a row overlaps a withheld passage by span only in the same source', () => {
  const w = new WithheldPassages();
  w.add({ label: 'q', text: PASSAGE, sourceId: 'src_A', start: 100, end: 200 });
  w.add({ label: 'no span', text: 'four words without span', sourceId: 'src_B', start: null, end: null });

  it('overlapping spans in the same source, on either side, and one inside the other', () => {
    for (const [s, e] of [
      [150, 160],
      [50, 101],
      [199, 300],
      [0, 1000],
    ])
      expect(w.overlapsSpan('src_A', s, e), `${s}-${e}`).toBe(true);
  });

  it('touching spans (end = start) do not overlap; another source never does; a missing span never does', () => {
    expect(w.overlapsSpan('src_A', 50, 100)).toBe(false);
    expect(w.overlapsSpan('src_A', 200, 250)).toBe(false);
    expect(w.overlapsSpan('src_C', 150, 160)).toBe(false);
    expect(w.overlapsSpan('src_B', 0, 1000)).toBe(false);
    expect(w.overlapsSpan(null, 150, 160)).toBe(false);
    expect(w.overlapsSpan('src_A', null, 160)).toBe(false);
    expect(w.overlapsSpan('src_A', 150, undefined)).toBe(false);
    // Offset 0 is a position, not a missing one.
    const z = new WithheldPassages();
    z.add({ label: 'z', text: PASSAGE, sourceId: 'src_A', start: 0, end: 10 });
    expect(z.overlapsSpan('src_A', 0, 5)).toBe(true);
  });
});

describe('scrubbing keeps what is not withheld', () => {
  const w = held(PASSAGE);

  it('only the sentences that carry the passage go, each run of them leaving one marker', () => {
    expect(w.scrub(`He was interviewed twice. ${PASSAGE} He left in May.`)).toBe(
      'He was interviewed twice. [passage withheld] He left in May.',
    );
    expect(w.scrub(`Start! ${PASSAGE}\n${PASSAGE} Then: he left?`)).toBe('Start! [passage withheld] Then: he left?');
    expect(w.scrub(`«${PASSAGE}» he said; that was all`)).toBe('[passage withheld] he said; that was all');
  });

  it('the sentences kept are joined by one space, however many spaces or line breaks stood between them', () => {
    expect(w.scrub(`Before.   Middle.\n\nAfter.\n\n${PASSAGE}`)).toBe('Before. Middle. After. [passage withheld]');
    // Lines without a closing mark (a heading, a list) are sentences too, and kept the same way.
    expect(w.scrub(`Interview notes\n\nPlace Kharkiv\n\n\n${PASSAGE}\nNext steps`)).toBe(
      'Interview notes Place Kharkiv [passage withheld] Next steps',
    );
    expect(w.scrub(`Start. ${PASSAGE} ${PASSAGE}`)).toBe('Start. [passage withheld]');
  });

  it('a string without the passage is returned unchanged, null stays null', () => {
    const s = 'He was interviewed twice.  Nothing else.';
    expect(w.scrub(s)).toBe(s);
    expect(w.scrub(null)).toBeNull();
  });

  it('a passage cut by a sentence break inside the string takes the whole string', () => {
    const w2 = held('order came. I did');
    expect(w2.scrub('Then the order came. I did it. Nothing else.')).toBe('[passage withheld]');
  });

  it('every string of a structure is scrubbed, other values are kept', () => {
    expect(w.deep({ a: [`Before. ${PASSAGE}`], n: 1, b: null, c: 'clean' })).toEqual({
      a: ['Before. [passage withheld]'],
      n: 1,
      b: null,
      c: 'clean',
    });
  });
});
