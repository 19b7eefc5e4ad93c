/**
 * Timeline order: by the earliest moment a date can mean; on a tie the more precise date first (a day
 * before its month, a month before its season, a season before its year, a year before its decade, a
 * decade before a range), undated last. Every pair of precisions meets on a tie here, so swapping any two
 * ranks changes the order.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDates, dateStart } from '../../src/core/ops/timeline';
import { createService } from '../../src/core/service';
import type { DatePrecision } from '../../src/shared/domain';
import { PASS, useTempDir } from '../helpers/tmp';

const tmp = useTempDir();

/** All start on 1 January 2020; listed in the order the timeline must show them. */
const TIED: { title: string; value: string | null; end?: string; precision: DatePrecision }[] = [
  { title: 'a day', value: '2020-01-01', precision: 'day' },
  { title: 'a month', value: '2020-01', precision: 'month' },
  { title: 'a season (winter)', value: '2020-01', precision: 'season' },
  { title: 'a year', value: '2020', precision: 'year' },
  { title: 'a decade', value: '2020', precision: 'decade' },
  { title: 'a range', value: '2020-01-01', end: '2020-06-30', precision: 'range' },
  { title: 'undated', value: null, precision: 'unknown' },
];

describe('timeline order on ties', () => {
  it('every pair of precisions with the same start: the more precise comes first, both ways round', () => {
    for (let i = 0; i < TIED.length; i++)
      for (let j = 0; j < TIED.length; j++) {
        const c = Math.sign(compareDates(TIED[i], TIED[j]));
        expect(c, `${TIED[i].title} vs ${TIED[j].title}`).toBe(Math.sign(i - j));
      }
  });

  it('an earlier start wins over a more precise date: the year 2019 before 1 January 2020', () => {
    expect(compareDates({ value: '2019', precision: 'year' }, { value: '2020-01-01', precision: 'day' })).toBeLessThan(0);
    expect(compareDates({ value: '2020-01-01', precision: 'day' }, { value: '2019', precision: 'year' })).toBeGreaterThan(0);
  });
});

describe('the earliest day a date can mean (the sort key)', () => {
  it('a day is itself; a month, season, year and decade start on their first day', () => {
    expect(dateStart('2022-06-15', 'day')).toBe('2022-06-15');
    expect(dateStart('2022-06', 'month')).toBe('2022-06-01');
    expect(dateStart('2022', 'year')).toBe('2022-01-01');
    expect(dateStart('1994', 'decade')).toBe('1990-01-01');
    expect(dateStart('2022-03-01', 'range')).toBe('2022-03-01');
  });

  it('a season written as a word starts in its month (spring March, summer June, autumn or fall September, winter January), in any case', () => {
    expect(dateStart('2022-spring', 'season')).toBe('2022-03-01');
    expect(dateStart('2022 Summer', 'season')).toBe('2022-06-01');
    expect(dateStart('2022-AUTUMN', 'season')).toBe('2022-09-01');
    expect(dateStart('2022 fall', 'season')).toBe('2022-09-01');
    expect(dateStart('2022-winter', 'season')).toBe('2022-01-01');
    // As the importer stores it: the ISO month the season starts in.
    expect(dateStart('2022-06', 'season')).toBe('2022-06-01');
  });

  it('undated: no value, an unknown precision (whatever the value says), or a value that does not start with a year', () => {
    expect(dateStart(null, 'day')).toBeNull();
    expect(dateStart(undefined, 'year')).toBeNull();
    expect(dateStart('', 'year')).toBeNull();
    expect(dateStart('2022-06-15', 'unknown')).toBeNull();
    expect(dateStart('June 2022', 'month')).toBeNull();
    expect(dateStart('x2022', 'year')).toBeNull();
  });

  it('undated sorts after every date, both ways round; two undated are a tie', () => {
    const undated = { value: null, precision: 'unknown' as const };
    const dated = { value: '1901', precision: 'year' as const };
    expect(compareDates(undated, dated)).toBeGreaterThan(0);
    expect(compareDates(dated, undated)).toBeLessThan(0);
    expect(compareDates(undated, { value: 'no year', precision: 'year' })).toBe(0);
    expect(compareDates(dated, { ...dated })).toBe(0);
  });
});

describe('the service’s timeline', () => {
  it('shows events entered in reverse in the order above', async () => {
    const { api, dispose } = createService();
    try {
      await api.createCase({ path: join(tmp(), 'order.casefile'), passphrase: PASS, title: 'Order' });
      for (const e of [...TIED].reverse())
        await api.addEvent({ title: e.title, date: { text: e.title, value: e.value, end: e.end ?? null, precision: e.precision } });
      const { events } = await api.timeline({});
      expect(events.map((e) => e.title)).toEqual(TIED.map((e) => e.title));
    } finally {
      await api.closeCase({}).catch(() => undefined);
      dispose();
    }
  });
});
