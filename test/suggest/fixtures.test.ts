/**
 * Unseen-article quality: a dozen invented articles in eleven languages (test/fixtures/articles), written
 * with their expected readings before the rules were written. This test reports per-fixture precision and
 * recall of what the extractor suggests, and fails only when overall quality falls below a floor, so it
 * guards against regressions without pretending the extractor is perfect.
 */
import { describe, expect, it } from 'vitest';
import { expectedFixtures, hasAffiliation, readFixture, sameOutlet, samePerson, sameRank, type ExpectedArticle } from './helpers';
import type { Suggestions } from '../../src/core/ingest/suggest/index';

interface Score {
  file: string;
  tp: number;
  fp: number;
  fn: number;
  matched: string[];
  missed: string[];
  extra: string[];
}

/** Compare one reading with its expectation, item by item. */
function score(a: ExpectedArticle, s: Suggestions): Score {
  const r: Score = { file: a.file, tp: 0, fp: 0, fn: 0, matched: [], missed: [], extra: [] };
  const check = (ok: boolean, label: string) => {
    if (ok) {
      r.tp++;
      r.matched.push(label);
    } else {
      r.fn++;
      r.missed.push(label);
    }
  };
  // Subject.
  if (a.subject === null) {
    check(s.subject === null, 'subject=null');
    if (s.subject) r.extra.push(`subject ${s.subject.name}`);
  } else {
    check(samePerson(s.subject?.name, a.subject.name), `subject ${a.subject.name}`);
    if (s.subject && !samePerson(s.subject.name, a.subject.name)) r.fp++;
    for (const alias of a.subject.aliases ?? []) check(Boolean(s.subject?.aliases.includes(alias)), `alias ${alias}`);
    if (a.subject.rank) check(sameRank(s.subject?.rank ?? null, a.subject.rank), `rank ${a.subject.rank}`);
    for (const aff of a.subject.affiliation ?? []) check(hasAffiliation(s.subject?.affiliation ?? [], aff), `unit ${aff}`);
    if (a.subject.age) check(s.subject?.age === a.subject.age, `age ${a.subject.age}`);
  }
  // Sets: asylum, allegations, outlets, countries — precision counts the extras.
  const set = <T>(expected: T[], found: T[], same: (f: T, e: T) => boolean, label: (x: T) => string) => {
    for (const e of expected)
      check(
        found.some((f) => same(f, e)),
        label(e),
      );
    for (const f of found)
      if (!expected.some((e) => same(f, e))) {
        r.fp++;
        r.extra.push(label(f));
      }
  };
  type Al = { category: string; basis: string; selfIncriminating?: boolean };
  const uniq = <T>(xs: T[], key: (x: T) => string) => [...new Map(xs.map((x) => [key(x), x])).values()];
  set(
    a.asylum,
    uniq(
      s.asylum.map((x) => ({ status: x.status, country: x.country })),
      (x) => `${x.status}/${x.country}`,
    ),
    (f, e) => f.status === e.status && f.country === e.country,
    (x) => `asylum ${x.status}/${x.country}`,
  );
  set<Al>(
    a.allegations,
    uniq(
      s.allegations.map((x) => ({ category: x.category, basis: x.basis, selfIncriminating: x.selfIncriminating })),
      (x) => `${x.category}/${x.basis}/${x.selfIncriminating}`,
    ),
    (f, e) =>
      f.category === e.category &&
      f.basis === e.basis &&
      (e.selfIncriminating === undefined || e.selfIncriminating === f.selfIncriminating),
    (x) => `${x.category}/${x.basis}${x.selfIncriminating ? '/self' : ''}`,
  );
  set(
    a.citedOutlets,
    s.citedOutlets,
    (f, e) => sameOutlet(f, e),
    (x) => `outlet ${x}`,
  );
  set(
    a.countries ?? [],
    s.countries,
    (f, e) => f === e,
    (x) => `country ${x}`,
  );
  // Quotes and dates: recall only (articles quote and date more than the hand reading lists).
  for (const q of a.quotes)
    check(
      s.quotes.some((x) => x.text.startsWith(q.startsWith) && samePerson(x.speaker, q.speaker)),
      `quote ${q.startsWith.slice(0, 18)}…/${q.speaker}`,
    );
  for (const d of a.dates) {
    const e = typeof d === 'string' ? { text: d } : d;
    const hit = s.dates.find((x) => x.text === e.text || x.text.endsWith(e.text) || e.text.endsWith(x.text));
    check(Boolean(hit) && (!e.precision || hit!.precision === e.precision) && (!e.date || hit!.date === e.date), `date ${e.text}`);
  }
  return r;
}

describe('suggestions on unseen fixtures', () => {
  it('reports precision and recall per fixture and stays above the floor', async () => {
    const scores: Score[] = [];
    for (const a of expectedFixtures()) scores.push(score(a, await readFixture(a)));
    const lines = scores.map((s) => {
      const p = s.tp / Math.max(1, s.tp + s.fp);
      const rc = s.tp / Math.max(1, s.tp + s.fn);
      return `${s.file.padEnd(22)} P ${p.toFixed(2)} R ${rc.toFixed(2)}  missed: ${s.missed.join('; ') || '—'}  extra: ${s.extra.join('; ') || '—'}`;
    });
    const tp = scores.reduce((n, s) => n + s.tp, 0);
    const fp = scores.reduce((n, s) => n + s.fp, 0);
    const fn = scores.reduce((n, s) => n + s.fn, 0);
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`${lines.join('\n')}\nOVERALL precision ${precision.toFixed(2)} recall ${recall.toFixed(2)}`);
    expect(recall).toBeGreaterThanOrEqual(0.75);
    expect(precision).toBeGreaterThanOrEqual(0.6);
  });
});
