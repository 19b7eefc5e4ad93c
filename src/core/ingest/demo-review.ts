/**
 * A demo case is partly reviewed, so every screen has something in it and some suggestions still wait.
 * The investigator's judgement is seeds/expected.json, the hand-checked reading of each article; the
 * decisions go through the same operations (and custody log) as an investigator's:
 *
 * - the subject is accepted (the profile), other readings of the subject rejected;
 * - asylum statements are accepted as read;
 * - per article, the first suggestion for each crime the reading lists is accepted, suggestions for
 *   crimes it does not list are rejected; a second one for the same crime, and anything self-
 *   incriminating, is left for the investigator;
 * - the first dated mention of each article is accepted, the others wait;
 * - quotes the reading lists are accepted with their speaker (named by hand where the importer missed it);
 * - the first person named is accepted as a person or organisation (the importer's guess);
 * - people the reading names in a public office are marked public figures (exports name them);
 * - the grounds of the subject's claim the reading lists are recorded with their passage;
 * - outlets and places wait.
 */
import type { CaseContext } from '../context';
import { listSources } from '../ops/sources';
import { acceptSuggestionGroup, listSuggestionGroups } from '../ops/suggestion-review';
import { addAsylumGround } from '../ops/asylum';
import { findPersonByName, upsertPerson } from '../ops/people';
import { cleanTextOf } from '../ops/source-spans';
import { acceptSuggestion, listSuggestions, rejectSuggestion } from '../ops/suggestions';
import { AsylumGroundCode } from '../../shared/asylum-grounds';
import type { ExpectedArticle } from './demo';

const norm = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/[“”„«»"]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** Whether a suggested passage is one the reading calls self-incriminating (its first words match). */
const selfIncriminating = (a: ExpectedArticle, excerpt: string | null) =>
  (a.selfIncriminating ?? []).some((p) => norm(excerpt).includes(norm(p).split(' ').slice(0, 4).join(' ')));

export function reviewDemoCase(ctx: CaseContext, expected: ExpectedArticle[]): { accepted: number; rejected: number } {
  const fileOf = new Map(listSources(ctx).map((s) => [s.id, s.fileName]));
  const want = (sourceId: string) => expected.find((a) => a.file === fileOf.get(sourceId));
  let accepted = 0;
  let rejected = 0;
  const accept = (id: string, edit?: Record<string, unknown>) => {
    acceptSuggestion(ctx, id, edit);
    accepted++;
  };
  const reject = (id: string, reason: string) => {
    rejectSuggestion(ctx, id, reason);
    rejected++;
  };
  const pending = (kind: Parameters<typeof listSuggestions>[1]['kind']) => listSuggestions(ctx, { kind, status: 'pending' });

  for (const s of pending('subject')) {
    const a = want(s.sourceId);
    if (!a) continue; // an article without a hand-checked reading: left to the investigator
    if (a.subject && norm(a.subject.name) === norm(s.payload.name)) accept(s.id);
    else reject(s.id, 'not the person this article is about');
  }
  for (const s of pending('asylum')) if (want(s.sourceId)) accept(s.id);

  const crimes = new Set<string>();
  for (const s of pending('allegation')) {
    const a = want(s.sourceId);
    const category = String(s.payload.category);
    if (!a) continue;
    if (!a.allegations.some((x) => x.category === category)) reject(s.id, 'the article does not allege this');
    else if (!selfIncriminating(a, s.excerpt) && !crimes.has(`${s.sourceId}:${category}`)) {
      crimes.add(`${s.sourceId}:${category}`);
      accept(s.id);
    }
  }

  const dated = new Set<string>();
  for (const s of pending('date')) {
    if (dated.has(s.sourceId)) continue;
    dated.add(s.sourceId);
    accept(s.id);
  }

  for (const s of pending('quote')) {
    const q = want(s.sourceId)?.quotes.find((x) => norm(s.payload.text).startsWith(norm(x.startsWith)));
    if (q) accept(s.id, s.payload.speaker === q.speaker ? undefined : { speaker: q.speaker });
  }

  const [firstPerson] = listSuggestionGroups(ctx, { kind: 'person', status: 'pending' });
  if (firstPerson) {
    acceptSuggestionGroup(
      ctx,
      firstPerson.suggestions.map((s) => s.id),
    );
    accepted += firstPerson.suggestions.length;
  }
  for (const a of expected) {
    const sourceId = [...fileOf].find(([, f]) => f === a.file)?.[0];
    if (!sourceId) continue;
    for (const pf of a.publicFigures ?? []) {
      const p = findPersonByName(ctx, pf.name);
      if (p && !p.publicFigure)
        upsertPerson(ctx, { id: p.id, role: p.role && p.role !== 'speaker' ? p.role : pf.role, publicFigure: true });
    }
    const text = cleanTextOf(ctx, sourceId)?.text ?? '';
    for (const g of a.asylumGrounds ?? []) {
      const code = AsylumGroundCode.safeParse(g.code);
      const at = text.toLowerCase().indexOf(g.evidence.toLowerCase());
      if (!code.success) continue;
      addAsylumGround(ctx, {
        code: code.data,
        note: g.note ?? null,
        ...(at >= 0 ? { sourceId, spanStart: at, spanEnd: at + g.evidence.length } : {}),
      });
    }
  }
  return { accepted, rejected };
}
