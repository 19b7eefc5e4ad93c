/**
 * The corroboration compares quotes with texts after normalising both (decomposed, accents dropped, lower
 * case, one space between words). `normText` does that in one pass over the characters; it must give
 * exactly what the three regular expressions it replaced give, for every character and in every context.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normText } from '../../src/core/ops/corroboration';

const byRegex = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Where a character is put to be read: alone, inside a word, between words, after a Greek capital sigma. */
const CONTEXTS = [
  (cs: string[]) => cs.join(''),
  (cs: string[]) => cs.join('a'),
  (cs: string[]) => cs.join(' '),
  (cs: string[]) => `x${cs.join('Ab ')}`,
  (cs: string[]) => cs.map((c) => `ΑΣ${c}Β`).join(' '),
];

describe('normText', () => {
  it('reads the texts investigators have as the regular expressions did', () => {
    for (const s of [
      'Ştefan cel Mare, ţară şi ȚARĂ',
      'Дорогой ЁЖ, йод — «Бахмут»',
      'Über-Straße ½ x² ﬁne Ⓐ Ⅻ',
      'İstanbul ΟΔΟΣ',
      // Greek final sigma depends on what follows, and some punctuation and marks are ignored for it.
      "ΑΣ.Β ΑΣ'Β ΑΣ Β ΑΣ\u0903Β ΑΣ\u0301Β ΟΔΟΣ.",
      'e\u0301\u0301x, \u0301y',
      '𝐀𝐁 c 😀 d \ud800 lone \udc00',
      '  , ',
      '',
    ]) {
      expect(normText(s), s).toBe(byRegex(s));
    }
    expect(normText('Ştefan „Bahmut” — ДОРОГОЙ')).toBe('stefan bahmut дорогои');
  });

  it('treats every code point as they did, alone, inside a word and between words', () => {
    for (let start = 0; start <= 0x10ffff; start += 512) {
      const chars: string[] = [];
      for (let cp = start; cp < Math.min(start + 512, 0x110000); cp++) chars.push(String.fromCodePoint(cp));
      for (const context of CONTEXTS) {
        const s = context(chars);
        if (normText(s) !== byRegex(s)) {
          // Say which character differs, not just that a long string did.
          const odd = chars.find((c) => normText(context([c, c])) !== byRegex(context([c, c])));
          expect(odd ? odd.codePointAt(0)!.toString(16) : s).toBe('');
        }
      }
    }
  });

  it('agrees on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), (a, b) => {
        expect(normText(a)).toBe(byRegex(a));
        expect(normText(b)).toBe(byRegex(b));
        expect(normText(a + b)).toBe(byRegex(a + b));
      }),
      { numRuns: 500 },
    );
  });
});
