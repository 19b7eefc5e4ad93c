/**
 * The five seed articles through the real pipeline, checked against the hand reading in seeds/expected.json:
 * subject (name, aliases, rank, affiliation, age; none for seed 004), asylum, allegation categories with
 * their basis and the self-incrimination of seed 003, quotes and speakers, cited outlets, dates, countries.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Suggestions } from '../../src/core/ingest/suggest/index';
import { expectedSeeds, hasAffiliation, readSeed, sameOutlet, samePerson, sameRank, type ExpectedArticle } from './helpers';

const seeds = expectedSeeds();
const readings = new Map<string, Suggestions & { text: string }>();

beforeAll(async () => {
  for (const a of seeds) readings.set(a.file, await readSeed(a.file));
});

describe.each(seeds.map((a) => [a.file, a] as [string, ExpectedArticle]))('seed %s', (file, a) => {
  const r = () => readings.get(file)!;

  it('finds the subject (or none)', () => {
    const s = r().subject;
    if (a.subject === null) {
      expect(s).toBeNull();
      return;
    }
    expect(s, 'a subject').not.toBeNull();
    expect(samePerson(s!.name, a.subject.name), `${s!.name} is ${a.subject.name}`).toBe(true);
    for (const alias of a.subject.aliases ?? []) expect(s!.aliases).toContain(alias);
    if (a.subject.rank) expect(sameRank(s!.rank, a.subject.rank), `rank ${s!.rank} ~ ${a.subject.rank}`).toBe(true);
    for (const aff of a.subject.affiliation ?? [])
      expect(hasAffiliation(s!.affiliation, aff), `${aff} in ${s!.affiliation.join(', ')}`).toBe(true);
    if (a.subject.age) expect(s!.age).toBe(a.subject.age);
  });

  it('reads the asylum situation', () => {
    for (const e of a.asylum) expect(r().asylum.map((x) => `${x.status}/${x.country}`)).toContain(`${e.status}/${e.country}`);
    if (!a.asylum.length) expect(r().asylum).toEqual([]);
  });

  it('categorises the allegations with their basis', () => {
    const found = r().allegations.map((x) => `${x.category}/${x.basis}`);
    for (const e of a.allegations) expect(found).toContain(`${e.category}/${e.basis}`);
    if (!a.allegations.length) expect(r().allegations).toEqual([]);
  });

  it('flags statements that incriminate the subject himself', () => {
    const flagged = r().allegations.filter((x) => x.selfIncriminating);
    // The hand reading quotes the words without the article's quotation marks.
    const plain = (t: string) => t.replace(/[„”“"«»]/g, '');
    for (const words of a.selfIncriminating ?? []) expect(flagged.some((x) => plain(x.text).includes(words.split(',')[0]))).toBe(true);
    if (!a.selfIncriminating) expect(flagged).toEqual([]);
  });

  it('finds the quotes and who said them', () => {
    for (const q of a.quotes) {
      const hit = r().quotes.find((x) => x.text.startsWith(q.startsWith));
      expect(hit, `quote “${q.startsWith}”`).toBeDefined();
      expect(hit!.speaker).toBe(q.speaker);
    }
  });

  it('lists the cited outlets', () => {
    for (const o of a.citedOutlets)
      expect(
        r().citedOutlets.some((x) => sameOutlet(x, o)),
        `${o} in ${r().citedOutlets.join(', ')}`,
      ).toBe(true);
  });

  it('lists the dates and countries', () => {
    const texts = r().dates.map((d) => d.text);
    for (const d of a.dates) {
      const want = typeof d === 'string' ? d : d.text;
      expect(
        texts.some((t) => t === want || t.endsWith(want) || want.endsWith(t)),
        `${want} in ${texts.join(' | ')}`,
      ).toBe(true);
    }
    for (const c of a.countries ?? []) expect(r().countries).toContain(c);
  });
});

describe('seed details', () => {
  it('seed 003: blowing up his own commanders is violence against own troops, first-hand when he says he saw it', () => {
    const r = readings.get('003_af513c7c8f5fecbe.txt')!;
    const own = r.allegations.filter((x) => x.category === 'other');
    expect(own.every((x) => x.victimStatus === 'own-troops' && x.provisions.length === 0)).toBe(true);
    expect(own.some((x) => x.basis === 'first-hand' && x.text.includes('a văzut'))).toBe(true);
  });

  it('resolves dates with honest precision', () => {
    const d000 = readings.get('000_9f892a361a7853cd.txt')!.dates;
    expect(d000.find((d) => d.text === 'June 2022')).toMatchObject({ date: '2022-06', precision: 'month' });
    const d001 = readings.get('001_69c30f12148dc5f1.txt')!.dates;
    expect(d001.find((d) => d.text === 'mid-1990s')).toMatchObject({ date: '1990', precision: 'decade' });
    expect(d001.find((d) => d.text === '11.04.2023')).toMatchObject({ date: '2023-04-11', precision: 'day' });
    const d003 = readings.get('003_af513c7c8f5fecbe.txt')!.dates;
    expect(d003.find((d) => d.text === 'iernii 2024')).toMatchObject({ precision: 'season' });
    expect(d003.find((d) => d.text === '2021')).toMatchObject({ date: '2021', precision: 'year' });
    const d004 = readings.get('004_1d59ece23a73440c.txt')!.dates;
    expect(d004.find((d) => d.text === 'Tuesday, November 29, 2022')).toMatchObject({ date: '2022-11-29', precision: 'day' });
  });
});
