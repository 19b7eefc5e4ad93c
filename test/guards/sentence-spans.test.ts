/**
 * Paragraphs and sentences as spans of the clean text (ingest/suggest/spans.ts), which every suggestion
 * points back through. Stated on texts written for the rule at hand (spans.test.ts and
 * span-offsets.test.ts check the same on real articles):
 * - a span is the characters themselves, only moved past whitespace at its ends: never trimmed inside,
 *   never rewritten;
 * - a paragraph is a line; blank lines are none;
 * - a sentence ends at . ! ? … (with its closing quotes and brackets) before something that starts a
 *   sentence, but not after an abbreviation, a rank, an initial or a day number ("3. August").
 */
import { describe, expect, it } from 'vitest';
import { paragraphs, sentenceAt, sentences, trimSpan } from '../../src/core/ingest/suggest/spans';

const texts = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));

describe('spans', () => {
  it('trimSpan moves past whitespace at both ends only, and an all-blank span is empty', () => {
    const t = '  \tTwo  words \n ';
    const s = trimSpan(t, 0, t.length);
    expect(t.slice(s.start, s.end)).toBe('Two  words');
    expect(s).toEqual({ start: 3, end: 13 });
    expect(trimSpan(t, 2, 8)).toEqual({ start: 3, end: 6 });
    const blank = trimSpan('a    b', 1, 5);
    expect(blank.end - blank.start).toBe(0);
    expect(trimSpan('abc', 1, 1)).toEqual({ start: 1, end: 1 });
  });

  it('a paragraph is each non-blank line, without its surrounding whitespace', () => {
    const t = ' First line. \n\n   \nSecond\tline\n';
    const ps = paragraphs(t);
    expect(ps.map((p) => t.slice(p.start, p.end))).toEqual(['First line.', 'Second\tline']);
    expect(ps[0]).toEqual({ start: 1, end: 12 });
    expect(paragraphs('')).toEqual([]);
    expect(paragraphs('\n \n')).toEqual([]);
  });
});

describe('sentences', () => {
  it('end at . ! ? and … before a capital or a digit, each with its paragraph number', () => {
    const t = 'He left. Why? Because! Then… 2022 came.\nA new paragraph. And more';
    expect(texts(t)).toEqual(['He left.', 'Why?', 'Because!', 'Then…', '2022 came.', 'A new paragraph.', 'And more']);
    expect(sentences(t).map((s) => s.paragraph)).toEqual([0, 0, 0, 0, 0, 1, 1]);
    expect(sentences(t)[0]).toEqual({ start: 0, end: 8, paragraph: 0 });
  });

  it('keep their closing quotes and brackets, and end before an opening quote or a dash', () => {
    const t = 'He said “we go.” Then (he went.) “Next,” she said. — Done. «Вот так.» Конец.';
    expect(texts(t)).toEqual(['He said “we go.”', 'Then (he went.)', '“Next,” she said.', '— Done.', '«Вот так.»', 'Конец.']);
  });

  it('do not end where the next word is lower case, or where nothing follows the stop but more stops', () => {
    expect(texts('It was 3.5 km away. e.g. the road. Fine...')).toEqual(['It was 3.5 km away. e.g. the road.', 'Fine...']);
    expect(texts('Wait... what? No!!! Yes')).toEqual(['Wait... what?', 'No!!!', 'Yes']);
  });

  it('do not end after a title, rank or common abbreviation, in any case, in several languages', () => {
    expect(texts('Gen. Ivanov met Col. Petrov and Mr. Smith. Then ST. Cyr spoke.')).toEqual([
      'Gen. Ivanov met Col. Petrov and Mr. Smith.',
      'Then ST. Cyr spoke.',
    ]);
    expect(texts('Он встретил ген. Иванова на ул. Ленина. Потом ушёл.')).toEqual([
      'Он встретил ген. Иванова на ул. Ленина.',
      'Потом ушёл.',
    ]);
    expect(texts('Spotkał płk. Nowaka. Potem poszedł.')).toEqual(['Spotkał płk. Nowaka.', 'Potem poszedł.']);
  });

  it('do not end after an initial or a day or ordinal number of one or two digits', () => {
    expect(texts('J. R. Smith wrote it. Am 3. August kam er. Die 155. Brigade blieb. Die 6. Armee ging.')).toEqual([
      'J. R. Smith wrote it.',
      'Am 3. August kam er.',
      'Die 155.',
      'Brigade blieb.',
      'Die 6. Armee ging.',
    ]);
  });

  it('an abbreviation at the very start of the text is still an abbreviation', () => {
    expect(texts('Gen. Ivanov left. Mr. Li stayed.')).toEqual(['Gen. Ivanov left.', 'Mr. Li stayed.']);
  });

  it('a long word before the stop ends the sentence (only the word itself is looked at)', () => {
    expect(texts('He worked at the Verteidigungsministerium. Then he left.')).toEqual([
      'He worked at the Verteidigungsministerium.',
      'Then he left.',
    ]);
    // Punctuation right before the stop is not a word: the stop ends the sentence.
    expect(texts('He shouted "no". Then he left.')).toEqual(['He shouted "no".', 'Then he left.']);
  });

  it('cover every non-blank character of the paragraph exactly once, in order', () => {
    const t = '  First one.   Second one!  \n\n Third, without a stop  ';
    const ss = sentences(t);
    expect(texts(t)).toEqual(['First one.', 'Second one!', 'Third, without a stop']);
    for (let i = 1; i < ss.length; i++) expect(ss[i].start).toBeGreaterThanOrEqual(ss[i - 1].end);
    expect(ss.map((s) => t.slice(s.start, s.end).replace(/\s/g, '')).join('')).toBe(t.replace(/\s/g, ''));
  });

  it('sentenceAt finds the sentence an offset is in: from its first character up to, not including, its end', () => {
    const t = 'One here. Two there.';
    const ss = sentences(t);
    expect(sentenceAt(ss, 0)).toBe(ss[0]);
    expect(sentenceAt(ss, 8)).toBe(ss[0]);
    expect(sentenceAt(ss, 9)).toBeUndefined(); // the space between them
    expect(sentenceAt(ss, 10)).toBe(ss[1]);
    expect(sentenceAt(ss, t.length)).toBeUndefined();
  });
});
