/**
 * Property tests: whatever text comes in — arbitrary Unicode, or a shuffle of the words, names, quote marks,
 * dates and punctuation the rules react to — suggest() returns without throwing (catastrophic backtracking would show as the test timeout; timings live in bench/), and every
 * span points at exactly the text it reports.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggest, type Suggestions } from '../../src/core/ingest/suggest/index';

function checkSpans(text: string, r: Suggestions): void {
  for (const list of [r.quotes, r.dates, r.allegations, r.asylum] as { text: string; start: number; end: number }[][]) {
    for (const item of list) expect(text.slice(item.start, item.end)).toBe(item.text);
  }
  for (const item of [...(r.subject ? [r.subject] : []), ...r.people, ...r.places] as { start?: number; end?: number }[]) {
    expect(item.start ?? 0).toBeGreaterThanOrEqual(0);
    expect(item.end ?? 0).toBeLessThanOrEqual(text.length);
  }
}

const PIECES = [
  'Igor',
  'Salikov',
  'Максим',
  'Ершова',
  'Silver',
  'Putin',
  'Ivanas',
  'Petrovas',
  'colonel',
  'лейтенант',
  'Leutnant',
  'GRU',
  'Wagner',
  'said',
  'сказал',
  'a spus',
  'sagte',
  'told the BBC',
  'according to',
  'сообщает',
  'relatează',
  '«Медуза»',
  'Reuters',
  'asylum',
  'Asyl',
  'azil',
  'убежища',
  'applied',
  'rejected',
  'granted',
  'in Lithuania',
  'în Lituania',
  'в Литве',
  'Lietuvoje',
  'executed',
  'prisoners',
  'civilians',
  'tortured',
  'looted',
  'расстреляли',
  'пленных',
  'jafuri',
  'execuţii',
  'call sign',
  'позывной',
  'defected',
  'deserted',
  'I saw',
  'he witnessed',
  'his own commander',
  'June 2022',
  '3. August',
  'iernii 2024',
  'mid-1990s',
  'Friday',
  '2004',
  '11.04.2023',
  '29-летний',
  'the 60-year-old',
  '(27)',
  '“',
  '”',
  '„',
  '“',
  '«',
  '»',
  '"',
  "'",
  '’',
  '‘',
  ',',
  '.',
  ':',
  ' — ',
  '\n',
  '\n\n',
  ' ',
];

const run = (text: string, language: string | null) =>
  suggest({ text, language, title: null, publishedAt: { date: '2024-03-14', precision: 'day' } });

describe('suggest on any text', () => {
  it('never throws and keeps spans exact on arbitrary Unicode', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.constantFrom(null, 'en', 'ru', 'ro', 'de', 'lt', 'xx'),
        (text, lang) => {
          checkSpans(text, run(text, lang));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never throws and keeps spans exact on shuffles of the words the rules react to', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }),
        fc.constantFrom(null, 'en', 'ru', 'ro', 'de', 'uk', 'pl'),
        (parts, lang) => {
          const text = parts.join(' ');
          checkSpans(text, run(text, lang));
        },
      ),
      { numRuns: 200 },
    );
  });
});
