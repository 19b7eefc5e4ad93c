/** The Redactor on its own: what it removes, what it must leave alone. */
import { describe, expect, it } from 'vitest';
import { Redactor, nameTokens } from '../../src/core/report/redact';

describe('Redactor', () => {
  it('removes a sensitive value whole and by its fragments, case-insensitively', () => {
    const r = new Redactor();
    r.addSensitive('profile.currentLocation', 'Zwolle, Assendorperstraat 41');
    expect(r.apply('He lives at Zwolle, Assendorperstraat 41 now.')).toBe('He lives at [withheld] now.');
    expect(r.apply('moved to ZWOLLE last year')).toBe('moved to [withheld] last year');
    expect(r.apply('Assendorperstraat  41')).toBe('[withheld]');
    expect(r.leaks('nothing here')).toEqual([]);
    expect(r.leaks('in Zwolle')).toEqual(['profile.currentLocation']);
  });

  it('replaces names, aliases, surname inflections (Latin and Cyrillic) with the pseudonym', () => {
    const r = new Redactor();
    r.addName('person:1', ['Olena Kovalenko', 'Олена Коваленко'], 'P-4821', new Set());
    expect(r.apply('Witness Olena Kovalenko said')).toBe('Witness P-4821 said');
    expect(r.apply('Kovalenko’s neighbours')).toBe('P-4821’s neighbours');
    expect(r.apply('свідчення Олени Коваленко та Коваленка')).toBe('свідчення P-4821 та P-4821');
    // Transliterations are covered without being listed, and all-caps spellings too.
    expect(r.apply('OLENA KOVALENKO and Olena Kovalenko')).toBe('P-4821 and P-4821');
    // Word boundaries: a longer word that merely starts with a short name part is left alone.
    expect(r.apply('Olenivka')).toBe('Olenivka');
  });

  it('does not use a name part shared with someone who stays visible', () => {
    const r = new Redactor();
    r.addName('person:2', ['Igor Ivanov'], 'P-1111', nameTokens(['Igor Salikov']));
    expect(r.apply('Igor Salikov met Igor Ivanov; Ivanov left.')).toBe('Igor Salikov met P-1111; P-1111 left.');
  });

  it('never replaces a common word that happens to be a name part: a part alone only where capitalised', () => {
    const r = new Redactor();
    r.addName('person:3', ['Roman Lis', 'Mark Stone'], 'P-2222', new Set());
    expect(r.apply('a roman road, the stone bridge, a lis pendens; mark the spot')).toBe(
      'a roman road, the stone bridge, a lis pendens; mark the spot',
    );
    expect(r.apply('Roman said; Stone agreed; MARK STONE signed')).toBe('P-2222 said; P-2222 agreed; P-2222 signed');
  });

  it('deep-applies to every string of a structure and leaves other values alone', () => {
    const r = new Redactor();
    r.addSensitive('profile.contacts', 'Signal +31 6 1234 5678');
    expect(r.deep({ a: ['call Signal +31 6 1234 5678'], n: 3, b: null })).toEqual({ a: ['call [withheld]'], n: 3, b: null });
  });
});
