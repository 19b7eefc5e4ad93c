/**
 * The demo cases end to end: one case file per defector, built from seeds/ with the real importer and
 * partly reviewed by the builder. Each is checked for holding exactly one defector (its subject accepted
 * into the profile, no other defector in it) and for having something on every screen with suggestions
 * still waiting. Then the review is completed as an investigator would, with seeds/expected.json (the
 * hand-checked reading) as the investigator's judgement: a suggestion that agrees with it is accepted (a
 * second one for the same crime adds evidence to the same allegation), one that does not is rejected, and
 * what the importer missed is added by hand. Each case's allegations, timeline and asylum status must
 * match expected.json for its articles, and across the cases every seed article is in exactly one.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createService } from '../../src/core/service';
import { dateStart } from '../../src/core/ops/timeline';
import type { CrimeCategory } from '../../src/shared/domain';
import { runCli } from '../helpers/cli';
import { PASS, useTempDir } from '../helpers/tmp';

interface ExpectedArticle {
  file: string;
  subject: { name: string; rank: string } | null;
  asylum: { status: string; country: string }[];
  allegations: { category: CrimeCategory; evidence: string; basis: string }[];
  selfIncriminating?: string[];
  dates: string[];
  quotes: { speaker: string; startsWith: string }[];
}
const expected = JSON.parse(readFileSync(resolve(__dirname, '../../seeds/expected.json'), 'utf8')) as { articles: ExpectedArticle[] };

const tmp = useTempDir();
let dispose: (() => void) | null = null;
afterEach(() => {
  dispose?.();
  dispose = null;
});

const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/[“”„«»"]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
/** The phrases of an expected evidence string ("a ... b (note)" → ["a", "b"]). */
const parts = (evidence: string) =>
  evidence
    .replace(/\([^)]*\)/g, '')
    .split('...')
    .map(norm)
    .filter(Boolean);

const STAGE_OF: Record<string, string> = {
  intends: 'intends',
  applied: 'applied',
  none: 'none',
  granted: 'decision-refugee-status',
  refused: 'decision-rejected',
};

// Built by the real CLI (`casefile demo`, i.e. api.buildDemo) in a child process: the import is CPU-bound
// for a while and would otherwise starve the test runner's own messaging.
const buildWithCli = (path: string, defector: string) => runCli(['demo', path, '--defector', defector], { CASEFILE_PASSPHRASE: PASS });

describe('demo cases from the seeds', () => {
  // Building the demos runs the whole import pipeline over every article: give it time on a busy machine.
  it(
    'one partly reviewed case per defector; completing the review gives the allegations, timeline and asylum status of expected.json',
    { timeout: 600_000 },
    async () => {
      const svc = createService();
      dispose = svc.dispose;
      const { api } = svc;
      const demos = await api.listDemoCases({});
      const defectors = expected.articles.filter((a) => a.subject).map((a) => norm(a.subject!.name));
      expect(demos.map((d) => norm(d.subject)).sort()).toEqual([...new Set(defectors)].sort());
      // The first (the start screen's) is the richest.
      expect(demos[0].allegations).toBe(Math.max(...demos.map((d) => d.allegations)));
      const seen: string[] = [];
      for (const demo of demos) {
        const path = join(tmp(), `${demo.id}.casefile`);
        const built = await buildWithCli(path, demo.id);
        expect(built.code, built.stderr).toBe(0);
        await api.openCase({ path, passphrase: PASS });
        const sources = await api.listSources({});
        seen.push(...sources.map((s) => s.fileName));
        await checkOneDefector(api, demo.subject, sources);
        await completeAndCheck(api, sources);
        await api.closeCase({});
      }
      // Every seed article is in exactly one demo case.
      expect(seen.sort()).toEqual(expected.articles.map((a) => a.file).sort());
    },
  );
});

type Api = ReturnType<typeof createService>['api'];
type Sources = Awaited<ReturnType<Api['listSources']>>;

/** The case holds one defector, partly reviewed: every screen has content and suggestions still wait. */
async function checkOneDefector(api: Api, subject: string, sources: Sources) {
  const fileOf = new Map(sources.map((s) => [s.id, s.fileName]));
  const exp = (sourceId: string) => expected.articles.find((a) => a.file === fileOf.get(sourceId)) as ExpectedArticle;
  const mine = expected.articles.filter((a) => sources.some((s) => s.fileName === a.file));
  expect(
    mine.filter((a) => a.subject).every((a) => norm(a.subject!.name) === norm(subject)),
    `${subject}: one defector`,
  ).toBe(true);
  const profile = await api.getProfile({});
  const want = mine.find((a) => a.subject)!.subject!;
  expect(profile.fullName).toBe(want.name);
  // The rank as the article words it (expected.json translates some): checked exactly where it is English.
  expect(profile.rank).toBeTruthy();
  if (want.name === 'Igor Salikov') {
    expect(profile).toMatchObject({ fullName: 'Igor Salikov', rank: 'colonel' });
    expect(profile.aliases).toContainEqual({ name: 'Игор Саликов', kind: 'transliteration' });
  }
  // The subject's suggestions were accepted into the profile (not refused, not recorded as another person).
  const subjects = await api.listSuggestions({ kind: 'subject', status: 'all' });
  for (const s of subjects) {
    if (norm(String(s.payload.name)) === norm(exp(s.sourceId).subject?.name ?? ''))
      expect(s).toMatchObject({ status: 'accepted', resultEntity: 'profile' });
    else expect(s.status).toBe('rejected');
  }
  expect((await api.listPeople({})).map((p) => norm(p.name))).not.toContain(norm(subject));
  // Partly reviewed: decisions made (each in the custody log), suggestions still waiting, every screen has content.
  const all = await api.listSuggestions({ status: 'all' });
  expect(
    all.some((s) => s.status === 'accepted'),
    `${subject}: some accepted`,
  ).toBe(true);
  expect(
    all.some((s) => s.status === 'pending'),
    `${subject}: some waiting`,
  ).toBe(true);
  const info = await api.caseInfo({});
  expect(info.counts.statements, `${subject}: testimony`).toBeGreaterThan(0);
  expect(info.counts.events, `${subject}: timeline`).toBeGreaterThan(0);
  expect((await api.asylumOverview({})).countries.length, `${subject}: asylum`).toBe(
    new Set(mine.flatMap((a) => a.asylum.map((x) => x.country))).size,
  );
  if (mine.some((a) => a.allegations.length)) expect(info.counts.allegations, `${subject}: allegations`).toBeGreaterThan(0);
  const log = await api.custodyLog({ limit: 10000 });
  expect(log.filter((e) => e.action === 'suggestion.accept' || e.action === 'suggestion.reject')).toHaveLength(
    all.filter((s) => s.status !== 'pending').length,
  );
}

/** Finish the review as an investigator would and compare the case with expected.json. */
async function completeAndCheck(api: Api, sources: Sources) {
  {
    const fileOf = new Map(sources.map((s) => [s.id, s.fileName]));
    const idOf = new Map(sources.map((s) => [s.fileName, s.id]));
    const exp = (sourceId: string) => expected.articles.find((a) => a.file === fileOf.get(sourceId)) as ExpectedArticle;
    // This case's articles (every seed article is in exactly one case: checked by the caller).
    const articles = expected.articles.filter((a) => idOf.has(a.file));
    expect(articles.length).toBe(sources.length);

    // Subjects were decided by the builder (checkOneDefector); none waits.
    expect(await api.listSuggestions({ kind: 'subject' })).toEqual([]);

    // Allegations: what the builder accepted counts (a second suggestion for the same crime adds evidence to it).
    const allegationFor = new Map<string, string>();
    for (const x of await api.listAllegations({})) {
      if (!x.selfIncriminating) for (const e of x.evidence) allegationFor.set(`${e.sourceId}:${x.category}`, x.id);
    }
    for (const s of await api.listSuggestions({ kind: 'allegation' })) {
      const want = exp(s.sourceId);
      const category = s.payload.category as CrimeCategory;
      const selfInc = (want.selfIncriminating ?? []).some((p) =>
        norm(s.excerpt ?? '').includes(parts(p)[0].split(' ').slice(0, 4).join(' ')),
      );
      if (!want.allegations.some((a) => a.category === category)) {
        await api.rejectSuggestion({ id: s.id });
      } else if (selfInc) {
        await api.acceptSuggestion({ id: s.id, edit: { selfIncriminating: true } });
      } else {
        const key = `${s.sourceId}:${category}`;
        const existing = allegationFor.get(key);
        const r = await api.acceptSuggestion({ id: s.id, edit: existing ? { allegationId: existing } : undefined });
        if (!existing) allegationFor.set(key, r.entityId);
      }
    }
    // What the importer missed, added by hand with the span where the text says it.
    const texts = new Map<string, string>();
    for (const a of articles) {
      const sourceId = idOf.get(a.file) as string;
      for (const want of a.allegations) {
        if (allegationFor.has(`${sourceId}:${want.category}`)) continue;
        if (!texts.has(sourceId)) texts.set(sourceId, (await api.getSourceText({ sourceId })).text);
        const text = texts.get(sourceId) as string;
        const phrase = want.evidence
          .replace(/\([^)]*\)/g, '')
          .split('...')[0]
          .trim();
        const start = text.indexOf(phrase);
        expect(start, `${a.file}: "${phrase}" is in the clean text`).toBeGreaterThanOrEqual(0);
        const added = await api.addAllegation({
          category: want.category,
          description: phrase,
          basis: want.basis as 'first-hand' | 'reported',
          evidence: [{ sourceId, start, end: start + phrase.length, basis: want.basis as 'first-hand' | 'reported' }],
        });
        allegationFor.set(`${sourceId}:${want.category}`, added.id);
      }
    }

    const allegations = await api.listAllegations({});
    for (const a of articles) {
      const sourceId = idOf.get(a.file) as string;
      const mine = allegations.filter((x) => x.evidence.some((e) => e.sourceId === sourceId));
      expect([...new Set(mine.map((x) => x.category))].sort(), a.file).toEqual([...new Set(a.allegations.map((x) => x.category))].sort());
      for (const want of a.allegations) {
        const supported = mine
          .filter((x) => x.category === want.category)
          .some((x) =>
            [x.description, ...x.evidence.map((e) => e.excerpt ?? '')].some((t) => parts(want.evidence).every((p) => norm(t).includes(p))),
          );
        expect(supported, `${a.file}: ${want.category} supported by “${want.evidence}”`).toBe(true);
      }
      const selfInc = mine.filter((x) => x.selfIncriminating);
      expect(selfInc.length, `${a.file}: self-incriminating allegations`).toBe((a.selfIncriminating ?? []).length);
      for (const x of selfInc) expect(norm(x.evidence[0].excerpt ?? '')).toContain('a activat dispozitive explozive');
      for (const x of mine) {
        expect(x.provisions.length > 0 || x.category === 'other').toBe(true);
        for (const e of x.evidence) expect(e.sourceSha256).toBe(sources.find((s) => s.id === e.sourceId)?.sha256);
      }
    }

    // Asylum: every asylum suggestion accepted as read (by the builder); the stages per country are those of expected.json.
    const asy = await api.acceptAllSuggestions({ kind: 'asylum' });
    expect(asy.failed).toEqual([]);
    expect(await api.listSuggestions({ kind: 'asylum' })).toEqual([]);
    const overview = await api.asylumOverview({});
    const got = overview.countries.flatMap((c) => c.steps.map((s) => `${fileOf.get(s.sourceId ?? '')}:${s.country}:${s.stage}`)).sort();
    const want = articles.flatMap((a) => a.asylum.map((s) => `${a.file}:${s.country}:${STAGE_OF[s.status]}`)).sort();
    expect(got).toEqual(want);

    // Timeline: dated mentions accepted; a repeated mention (same source, same words) dates the same event.
    const eventFor = new Map<string, string>();
    for (const s of await api.listSuggestions({ kind: 'date' })) {
      const key = `${s.sourceId}:${norm(String(s.payload.text))}:${String(s.payload.date)}`;
      const existing = eventFor.get(key);
      const r = await api.acceptSuggestion({ id: s.id, edit: existing ? { eventId: existing } : undefined });
      eventFor.set(key, r.entityId);
    }
    const { events } = await api.timeline({});
    for (const a of articles) {
      const sourceId = idOf.get(a.file) as string;
      for (const d of a.dates) {
        const found = events.some((e) =>
          e.sources.some((s) => s.sourceId === sourceId && s.dateText && norm(d).includes(norm(s.dateText))),
        );
        expect(found, `${a.file}: the timeline dates something “${d}”`).toBe(true);
      }
    }
    const starts = events.map((e) => dateStart(e.date.value, e.date.precision));
    const firstUndated = starts.indexOf(null);
    const dated = firstUndated < 0 ? starts : starts.slice(0, firstUndated);
    expect(dated).toEqual([...dated].sort());
    if (firstUndated >= 0) expect(starts.slice(firstUndated).every((s) => s === null)).toBe(true);
    if (articles.some((a) => a.dates.includes('mid-1990s')))
      expect(events.find((e) => e.date.value === '1990')?.date.precision).toBe('decade');

    // Quotes: the expected ones, with their speakers (the investigator names a speaker the importer missed).
    for (const s of await api.listSuggestions({ kind: 'quote' })) {
      const wantQ = exp(s.sourceId).quotes.find((q) => norm(String(s.payload.text)).startsWith(norm(q.startsWith)));
      if (wantQ)
        await api.acceptSuggestion({ id: s.id, edit: s.payload.speaker === wantQ.speaker ? undefined : { speaker: wantQ.speaker } });
    }
    const statements = await api.listStatements({});
    const subject = (await api.getProfile({})).fullName;
    for (const a of articles) {
      for (const q of a.quotes) {
        const st = statements.find((x) => x.sourceId === idOf.get(a.file) && norm(x.text).startsWith(norm(q.startsWith)));
        expect(st?.speakerName, `${a.file}: quote “${q.startsWith}”`).toBe(q.speaker);
        // The case's own defector speaks as the subject; anyone else is a person of the case.
        expect(st?.speakerIsSubject, `${a.file}: “${q.startsWith}” by the subject`).toBe(q.speaker === subject);
      }
    }

    // Every change is in the custody log and the chain verifies.
    const v = await api.verify({});
    expect(v.problems).toEqual([]);
    const log = await api.custodyLog({ limit: 10000 });
    const decided = (await api.listSuggestions({ status: 'all' })).filter((s) => s.status !== 'pending').length;
    expect(log.filter((e) => e.action === 'suggestion.accept' || e.action === 'suggestion.reject')).toHaveLength(decided);
  }
}
