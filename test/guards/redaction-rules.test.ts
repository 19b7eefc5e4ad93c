/**
 * What redaction removes and what it must leave, stated as rules a recipient's copy obeys (the Redactor
 * on its own; test/report/redact.test.ts has the basic cases, test/guards/profiles.test.ts the model):
 * - a sensitive value goes wherever it is written: whole, in any case or spacing, by each identifying
 *   fragment, and literally (a phone number's "+" or "." are characters, not patterns);
 * - it never takes part of a longer word or number with it, and an empty value removes nothing;
 * - a protected name goes in every spelling it is given, inflected, written in any order, and becomes
 *   ONE pseudonym, while short or shared parts and ordinary words stay;
 * - the rules name what they protect, never the protected value.
 */
import { describe, expect, it } from 'vitest';
import { mapStrings, nameTokens, Redactor } from '../../src/core/report/redact';

describe('a sensitive value is withheld wherever it is written', () => {
  it('whole, in any case, with any whitespace (a line break too) between its words, as one marker', () => {
    const r = new Redactor();
    r.addSensitive('profile.currentLocation', 'Zwolle, Assendorperstraat 41');
    expect(r.apply('at ZWOLLE,\n  assendorperstraat\t41.')).toBe('at [withheld].');
    expect(r.apply('Zwolle, Assendorperstraat 41')).toBe('[withheld]');
  });

  it('by each comma, semicolon or line separated fragment of four or more characters; shorter fragments alone stay', () => {
    const r = new Redactor();
    r.addSensitive('profile.currentLocation', 'Oss; Born, Kerkstraat 9\nflat 3B');
    expect(r.apply('seen in Born')).toBe('seen in [withheld]');
    expect(r.apply('the Kerkstraat 9 house')).toBe('the [withheld] house');
    expect(r.apply('FLAT 3B')).toBe('[withheld]');
    // "Oss" (three letters) is too short to remove on its own: it would take unrelated words with it.
    expect(r.apply('Oss is a town')).toBe('Oss is a town');
    // Also where it follows a separator and a space: four characters with the space, three without.
    const after = new Redactor();
    after.addSensitive('profile.currentLocation', 'Kerkstraat 9, Oss');
    expect(after.apply('Oss is a town; Kerkstraat 9')).toBe('Oss is a town; [withheld]');
    expect(r.apply('a town, Oss today')).toBe('a town, Oss today');
    // A fragment is matched as written, wherever it stands (not only after the separator it had).
    expect(r.apply('Kerkstraat 9')).toBe('[withheld]');
  });

  it('a value entered with spaces around it (or around its fragments) is matched as if trimmed', () => {
    const r = new Redactor();
    r.addSensitive('profile.currentLocation', '  Zwolle,  Assendorperstraat 41 \n');
    expect(r.apply('Zwolle, Assendorperstraat 41')).toBe('[withheld]');
    expect(r.apply('(Assendorperstraat 41)')).toBe('([withheld])');
    const r2 = new Redactor();
    r2.addSensitive('profile.currentLocation', 'Assendorperstraat  41');
    expect(r2.apply('Assendorperstraat 41')).toBe('[withheld]');
  });

  it('literally: "+", "(", ")" and "." in a phone number are characters, and other digits around them are not the number', () => {
    const r = new Redactor();
    r.addSensitive('profile.contacts', '+31 (0)6 1234.5678');
    expect(r.apply('call +31 (0)6 1234.5678 at night')).toBe('call [withheld] at night');
    // Were "." a pattern it would match any character; were "(0)" a group, "+31 06" would match.
    for (const other of ['+31 (0)6 1234x5678', '+31 06 1234.5678', '311 (0)6 1234.5678', '+3 (0)6 1234.5678'])
      expect(r.apply(other), other).toBe(other);
  });

  it('never takes part of a longer word or number with it', () => {
    const r = new Redactor();
    r.addSensitive('profile.contacts', '1234 5678');
    r.addSensitive('profile.currentLocation', 'Zwolle');
    expect(r.apply('ref 91234 5678, 1234 56789, Zwollenaar, deZwolle')).toBe('ref 91234 5678, 1234 56789, Zwollenaar, deZwolle');
    expect(r.apply('(1234 5678) and "Zwolle"')).toBe('([withheld]) and "[withheld]"');
  });

  it('an empty or blank value adds no rule and changes nothing', () => {
    const r = new Redactor();
    for (const v of ['', '   ', '\n', null, undefined]) r.addSensitive('profile.family', v);
    expect(r.size).toBe(0);
    expect(r.apply('Family: none recorded.')).toBe('Family: none recorded.');
    expect(r.leaks('Family: none recorded.')).toEqual([]);
  });

  it('the rules name the field they protect, once each, and never carry the value', () => {
    const r = new Redactor();
    r.addSensitive('profile.currentLocation', 'Zwolle, Assendorperstraat 41');
    r.addSensitive('profile.contacts', 'Signal +31 6 1234 5678');
    r.addName('person:7', ['Olena Kovalenko'], 'P-4821', new Set());
    expect(r.labels().sort()).toEqual(['person:7', 'profile.contacts', 'profile.currentLocation']);
    expect(r.size).toBeGreaterThan(3);
    expect(JSON.stringify(r.labels())).not.toMatch(/Zwolle|Signal|Kovalenko/);
  });

  it('leaks() names each rule that still matches, and gives the same answer however often it is asked', () => {
    const r = new Redactor();
    r.addSensitive('profile.currentLocation', 'Zwolle');
    r.addName('person:7', ['Olena Kovalenko'], 'P-4821', new Set());
    const text = 'Olena Kovalenko, Zwolle';
    for (let i = 0; i < 3; i++) expect(r.leaks(text).sort()).toEqual(['person:7', 'profile.currentLocation']);
    expect(r.leaks(r.apply(text))).toEqual([]);
    expect(r.apply(text)).toBe('P-4821, [withheld]');
    // A replacement in between (which moves a global pattern's position) changes nothing either.
    expect(r.leaks('Zwolle')).toEqual(['profile.currentLocation']);
  });

  it('a null string stays null; with no rules a string is returned as it is', () => {
    const r = new Redactor();
    expect(r.apply(null)).toBeNull();
    expect(r.apply('P-1234 P-1234')).toBe('P-1234 P-1234');
    r.addSensitive('x', 'Zwolle');
    expect(r.apply(null)).toBeNull();
  });
});

describe('a protected name becomes its pseudonym, and only it', () => {
  it('written in any order, every part of one name is ONE pseudonym (a three-part name too, the subject’s W- code too)', () => {
    const r = new Redactor();
    r.addName('person:1', ['Ivan Sergeyevich Petrov'], 'P-1001', new Set());
    r.addName('subject', ['Igor Salikov'], 'W-2002', new Set());
    expect(r.apply('Petrov Ivan Sergeyevich signed')).toBe('P-1001 signed');
    expect(r.apply('Sergeyevich Petrov Ivan')).toBe('P-1001');
    expect(r.apply('Salikov Igor wrote')).toBe('W-2002 wrote');
    expect(r.apply('Petrov  Ivan')).toBe('P-1001');
    // Two different people side by side stay two.
    expect(r.apply('Petrov Salikov')).toBe('P-1001 W-2002');
  });

  it('a name given in Cyrillic also goes in its Latin spelling, and the other way round', () => {
    const r = new Redactor();
    r.addName('person:1', ['Роман Лис'], 'P-3003', new Set());
    r.addName('person:2', ['Oleg Tsukanov'], 'P-4004', new Set());
    expect(r.apply('Roman Lis and Олег Цуканов')).toBe('P-3003 and P-4004');
  });

  it('a surname of five or more letters takes up to three letters of inflection; a longer word that starts with it stays', () => {
    const r = new Redactor();
    r.addName('person:1', ['Igor Salikov'], 'P-5005', new Set());
    expect(r.apply('Salikova, Salikovym, Salikov’s')).toBe('P-5005, P-5005, P-5005’s');
    expect(r.apply('Salikovskiy Prospekt')).toBe('Salikovskiy Prospekt');
    // A part of exactly five letters alone takes its endings too (Olena → Oleni).
    const r5 = new Redactor();
    r5.addName('person:2', ['Olena Kovalenko'], 'P-5006', new Set());
    expect(r5.apply('Oleni said')).toBe('P-5006 said');
  });

  it('a short part (under five letters) is matched exactly, without endings: "Lis" is not "Lisa"', () => {
    const r = new Redactor();
    r.addName('person:1', ['Roman Lis'], 'P-6006', new Set());
    expect(r.apply('Lis said, Lisa said, Lisak said')).toBe('P-6006 said, Lisa said, Lisak said');
    // Nor as the last word of the whole name: "Roman Lisa" is Roman, and someone called Lisa.
    expect(r.apply('Roman Lisa said')).toBe('P-6006 Lisa said');
    // A name of exactly three letters is still a name.
    const r3 = new Redactor();
    r3.addName('person:2', ['Lis'], 'P-6007', new Set());
    expect(r3.apply('Lis said')).toBe('P-6007 said');
  });

  it('a part alone is a name only when capitalised (any case after the first letter); a two-letter part is never used alone', () => {
    const r = new Redactor();
    r.addName('person:1', ['Mark Stone'], 'P-7007', new Set());
    r.addName('person:2', ['Li Wei'], 'P-8008', new Set());
    expect(r.apply('STONE agreed; Stone agreed; stone walls; sTONE')).toBe('P-7007 agreed; P-7007 agreed; stone walls; sTONE');
    expect(r.apply('Li Wei left; Li stayed; Wei stayed')).toBe('P-8008 left; Li stayed; P-8008 stayed');
  });

  it('a name part holding a bracket or a caret (a call sign recorded as "[Grom]") is matched as the characters written', () => {
    const r = new Redactor();
    r.addName('person:1', ['Oleg [Grom]', 'Vova^Z Sokol'], 'P-9009', new Set());
    expect(r.apply('[Grom] gave the order; Oleg [Grom] too')).toBe('P-9009 gave the order; P-9009 too');
    // The caret is a caret: "Vova" followed by any other character is not the part "Vova^Z".
    expect(r.apply('Vova^Z left; VovaxZ stayed')).toBe('P-9009 left; VovaxZ stayed');
  });

  it('initials go with the name they shorten: between its words (Ivan V. Petrov) and standing for its other words (I. Petrov)', () => {
    const r = new Redactor();
    r.addName('person:1', ['Ivan Petrov'], 'P-1001', new Set());
    // Not "P-1001 V. P-1001": the middle initial goes with the name.
    expect(r.apply('Ivan V. Petrov said')).toBe('P-1001 said');
    expect(r.apply('signed I. Petrov, and I.V. Petrov')).toBe('signed P-1001, and P-1001');
    expect(r.apply('И. Петров и Иван Петров')).toBe('P-1001 и P-1001');
    // An initial that is none of his other names stays (the surname alone still goes, as before).
    expect(r.apply('A. Petrov')).toBe('A. P-1001');
    // A dot ending a sentence is no initial.
    expect(r.apply('It was Ivan. Petrov came later')).toBe('It was P-1001. P-1001 came later');
  });

  it('a three-part name: an initial standing for any of its first parts goes with the surname (V. Petrov, I. Petrov); the surname’s own letter is no such initial (P. Petrov)', () => {
    const r = new Redactor();
    r.addName('person:1', ['Ivan Viktorovich Petrov'], 'P-1001', new Set());
    expect(r.apply('V. Petrov and I. Petrov signed')).toBe('P-1001 and P-1001 signed');
    const two = new Redactor();
    two.addName('person:1', ['Ivan Petrov'], 'P-1001', new Set());
    // "P." may be his brother Pavel: it stays, as any initial that is none of his other names does.
    expect(two.apply('P. Petrov signed')).toBe('P. P-1001 signed');
  });

  it('a name recorded with its middle initial (Ivan V. Petrov) goes where it is written without it, in any case', () => {
    const r = new Redactor();
    r.addName('person:1', ['Ivan V. Petrov'], 'P-1001', new Set());
    expect(r.apply('ivan petrov, Ivan Petrov and IVAN V. PETROV')).toBe('P-1001, P-1001 and P-1001');
  });

  it('a first name of exactly five letters is inflected inside the whole name, also when it is shared with someone visible', () => {
    // Олена → Олени (genitive); another Олена keeps her name, so the part alone is not used.
    const r = new Redactor();
    r.addName('person:1', ['Олена Коваленко'], 'P-1001', nameTokens(['Олена Шевченко']));
    expect(r.apply('у Олени Коваленко')).toBe('у P-1001');
  });

  it('a name part shared with someone who stays visible is not used alone; the whole name still goes', () => {
    const visible = nameTokens(['Igor Salikov', null, undefined, '']);
    expect([...visible].sort()).toEqual(['igor', 'salikov']);
    const r = new Redactor();
    r.addName('person:1', ['IGOR Ivanov'], 'P-9009', visible);
    expect(r.apply('Igor Salikov met Igor Ivanov; Igor left; Ivanov left')).toBe('Igor Salikov met P-9009; Igor left; P-9009 left');
  });

  it('name parts are split at spaces, hyphens, dashes, apostrophes and dots; the whole name matches across any of its hyphens or dashes', () => {
    expect([...nameTokens(['Anna-Maria O’Neil', 'J.R.R. Tolkien', 'Jean–Luc'])].sort()).toEqual(
      ['anna', 'j', 'jean', 'luc', 'maria', 'neil', 'o', 'r', 'tolkien'].sort(),
    );
    const r = new Redactor();
    r.addName('person:1', ['Anna-Maria Kowalska–Nowak'], 'P-1212', new Set());
    expect(r.apply('Nowak came; Maria came; Anna Maria Kowalska Nowak came; anna-maria kowalska-nowak came')).toBe(
      'P-1212 came; P-1212 came; P-1212 came; P-1212 came',
    );
  });

  it('an alias shorter than three characters, or blank, adds no rule; a padded one is used trimmed', () => {
    const r = new Redactor();
    r.addName('person:1', ['Al', '  ', '', '     ', ' Al '], 'P-1313', new Set());
    expect(r.size).toBe(0);
    r.addName('person:1', ['  Zhukov  '], 'P-1313', new Set());
    expect(r.apply('Zhukov said')).toBe('P-1313 said');
  });

  it('a single-word name is matched whole, inflected, in any case', () => {
    const r = new Redactor();
    r.addName('person:1', ['Kovalenko'], 'P-1414', new Set());
    expect(r.apply('KOVALENKO, kovalenka and Kovalenko')).toBe('P-1414, P-1414 and P-1414');
  });
});

describe('the longest match wins', () => {
  it('a longer name is replaced before a shorter one inside it, whichever was added first', () => {
    const r = new Redactor();
    r.addName('person:1', ['Petrov'], 'P-1111', new Set());
    r.addName('person:2', ['Ivan Petrov'], 'P-2222', new Set());
    expect(r.apply('Ivan Petrov met Petrov')).toBe('P-2222 met P-1111');
  });

  it('spaces around an alias do not make it longer: a padded "Petrov" does not go before another person’s "Ivan Petrov"', () => {
    const r = new Redactor();
    r.addName('person:1', ['Ivan Petrov'], 'P-1001', new Set());
    r.addName('person:2', ['          Petrov          '], 'P-2002', new Set());
    expect(r.apply('Ivan Petrov came')).toBe('P-1001 came');
  });

  it('name tokens leave out the empty strings around separators', () => {
    expect([...nameTokens([' -Anna ', '.Li.'])].sort()).toEqual(['anna', 'li']);
  });
});

describe('applied to a whole structure', () => {
  it('every string at any depth is rewritten; numbers, booleans and nulls are kept; the input is not changed', () => {
    const r = new Redactor();
    r.addSensitive('profile.currentLocation', 'Zwolle');
    const input = { a: 'Zwolle', list: ['in Zwolle', { deep: ['Zwolle'] }], n: 3, yes: true, none: null, empty: [] as string[] };
    expect(r.deep(input)).toEqual({
      a: '[withheld]',
      list: ['in [withheld]', { deep: ['[withheld]'] }],
      n: 3,
      yes: true,
      none: null,
      empty: [],
    });
    expect(input.a).toBe('Zwolle');
    expect(mapStrings(['a', ['b']], (s) => s.toUpperCase())).toEqual(['A', ['B']]);
    expect(mapStrings('x', (s) => `${s}!`)).toBe('x!');
    expect(mapStrings(undefined, (s) => `${s}!`)).toBeUndefined();
  });
});
