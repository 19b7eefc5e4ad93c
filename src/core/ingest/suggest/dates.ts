/**
 * Dates with honest precision. A date is only as exact as the words: "June 2022" is a month, "iarna 2024"
 * a season, "mid-1990s" a decade, "3. August" a day whose year comes from the article's own date (the
 * latest such day on or before publication) and stays unknown without one; "Friday" is the latest Friday
 * on or before publication. Values are ISO: YYYY-MM-DD, YYYY-MM, YYYY; a season is the ISO month it starts
 * in (spring 03, summer 06, autumn 09; winter Y is taken as the winter that opens year Y, so "Y-01"); a
 * decade is its first year ("1990").
 *
 * A date without a year takes it from its words when they say so ("2 January last year", "loni v listopadu") and
 * is the next such date, within half a year, in a sentence about what is to come ("scheduled for 3 December").
 * Relative dates come from the article's date with the precision they have: the day before yesterday and "two days
 * ago" are days; a week ("last week", "il y a trois semaines") is a span (precision range) from its Monday, as the
 * data model has no week; last/this month a month, last/this year a year, last/this spring a season. A span ("May
 * to July", "vom 3. bis 5. März", "from May 2023 to July 2024", "between March 2022 and June 2023") is one date of
 * precision range whose value is its start (the reading's dates carry no end). The words for all this are per
 * vocabulary (`relative`, `monthPostpositions`, `spanWords`; ./vocabulary/relative.ts for the first twelve).
 */
import type { DatePrecision } from '../../../shared/domain';
import type { Context } from './context';
import { fold } from './fold';
import { termSource } from './terms';
import type { Vocabulary } from './vocabulary';
import { RELATIVE } from './vocabulary/relative';
import type { RelativeTerms } from './vocabulary/types';

export interface DateItem {
  text: string;
  date: string | null;
  precision: DatePrecision;
  start: number;
  end: number;
}

const SEASON_MONTH = { spring: 3, summer: 6, autumn: 9, winter: 1 } as const;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1;
}

/** The article's date as UTC parts, if at least a year is known. */
function published(ctx: Context): { y: number; m: number | null; d: number | null } | null {
  const raw = ctx.publishedAt?.date;
  const m = raw ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(raw) : null;
  if (!m) return null;
  return { y: +m[1], m: m[2] ? +m[2] : null, d: m[3] ? +m[3] : null };
}

/** Year for a month/day without one: the publication year, or the year before if that would be in the future. */
function resolveYear(ctx: Context, month: number, day: number | null): number | null {
  const p = published(ctx);
  if (!p) return null;
  if (p.m === null) return p.y;
  if (month > p.m || (month === p.m && day !== null && p.d !== null && day > p.d)) return p.y - 1;
  return p.y;
}

/** Build an alternation with one named group per index so a match tells which month/season/weekday it was. */
function indexedAlternation(prefix: string, lists: string[][]): string {
  return lists.map((forms, i) => `(?<${prefix}${i}>${forms.map((f) => termSource(f)).join('|')})`).join('|');
}

function groupIndex(groups: Record<string, string | undefined> | undefined, prefix: string, n: number): number {
  if (!groups) return -1;
  for (let i = 0; i < n; i++) if (groups[`${prefix}${i}`] !== undefined) return i;
  return -1;
}

function mergeLists(vocabs: readonly Vocabulary[], pick: (v: Vocabulary) => string[][]): string[][] {
  const out: string[][] = [];
  for (const v of vocabs) pick(v).forEach((forms, i) => (out[i] = [...(out[i] ?? []), ...forms]));
  return out;
}

const YEAR = '((?:19|20)\\d\\d)';
const SP = '[\\s\\u00a0]+';

interface Found extends DateItem {
  priority: number;
  /** A day, month or span read without a year: its year may still come from its neighbours or its sentence. */
  yearless?: { month: number; day: number | null; first?: number };
}

/** Add a found date unless it overlaps one already found (earlier patterns are more specific). */
function add(found: Found[], item: Found): void {
  if (found.some((f) => item.start < f.end && f.start < item.end)) return;
  found.push(item);
}

const built = new Map<string, unknown>();

/** Regexes built from the context's vocabularies, once per set of languages (building them costs more than a match). */
function memo<T>(ctx: Context, name: string, build: () => T): T {
  const key = `${name}|${ctx.vocabs.map((v) => v.lang).join(',')}`;
  if (!built.has(key)) built.set(key, build());
  return built.get(key) as T;
}

function yearTail(vocabs: readonly Vocabulary[]): string {
  const words = vocabs.flatMap((v) => v.yearWords).map((w) => fold(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return words.length ? `(?:${SP}(?:${words.join('|')})(?![\\p{L}]))?` : '';
}

/**
 * The words that may join a year to a month written after it, as a regex part with its leading space (empty
 * when none is needed), or null when no vocabulary of the text writes the year first.
 */
function yearFirst(vocabs: readonly Vocabulary[]): string | null {
  const lists = vocabs.flatMap((v) => (v.yearBeforeMonth ? [v.yearBeforeMonth] : []));
  if (!lists.length) return null;
  const words = lists.flat().map((w) => termSource(w));
  return words.length ? `(?:${SP}(?:${words.join('|')}))?` : '';
}

/** Numeric dates: 11.04.2023, 2023-04-11, 11/04/2023. */
function numericDates(ctx: Context, found: Found[]): void {
  const re = /(?<![\d.])(?:(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)|((?:19|20)\d\d)-(\d{2})-(\d{2}))(?![\d])/g;
  for (const m of ctx.text.matchAll(re)) {
    let y: number, mo: number, d: number;
    if (m[4]) [y, mo, d] = [+m[4], +m[5], +m[6]];
    else {
      [d, mo, y] = [+m[1], +m[2], +m[3]];
      if (ctx.language === 'en' && m[0].includes('/') && d <= 12 && mo > 12) [d, mo] = [mo, d];
    }
    if (!validDay(y, mo, d)) continue;
    add(found, {
      text: m[0],
      date: `${y}-${pad(mo)}-${pad(d)}`,
      precision: 'day',
      start: m.index,
      end: m.index + m[0].length,
      priority: 0,
    });
  }
}

/** The day/month/year patterns of `monthDates`. */
function monthPatterns(ctx: Context): { re: RegExp; kind: 'dmy' | 'mdy' | 'my' | 'ymd' | 'ym' }[] {
  const months = mergeLists(ctx.vocabs, (v) => v.months);
  const weekdays = mergeLists(ctx.vocabs, (v) => v.weekdays);
  const M = `(?:${indexedAlternation('m', months)})`;
  const W = `(?:(?:${weekdays
    .flat()
    .map((f) => termSource(f))
    .join('|')}),?${SP})?`;
  const tail = yearTail(ctx.vocabs);
  const patterns: { re: RegExp; kind: 'dmy' | 'mdy' | 'my' | 'ymd' | 'ym' }[] = [
    { re: new RegExp(`${W}(?<y0>(?:19|20)\\d\\d)${SP}(?:m\\.|metu)?(?:${SP})?${M}${SP}(?<d0>\\d{1,2})${SP}d\\.`, 'gu'), kind: 'ymd' },
    {
      re: new RegExp(
        `${W}(?<d1>\\d{1,2})(?:\\.|st|nd|rd|th)?${SP}(?:of${SP}|de${SP})?${M}(?:,?${SP}(?:de${SP}|del${SP})?(?<y1>(?:19|20)\\d\\d)${tail})?(?![\\p{L}\\d])`,
        'gu',
      ),
      kind: 'dmy',
    },
    {
      re: new RegExp(
        `${W}${M}\\.?${SP}(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?:${SP}d\\.)?(?:,?${SP}(?<y2>(?:19|20)\\d\\d)${tail})?(?![\\p{L}\\d])`,
        'gu',
      ),
      kind: 'mdy',
    },
    { re: new RegExp(`${M}\\.?(?:,?${SP}(?:of|de|del|din|van|du)?(?:${SP})?)(?<y3>(?:19|20)\\d\\d)${tail}(?![\\d])`, 'gu'), kind: 'my' },
  ];
  // Languages that write the year first: "2024 szeptemberében", "2025. november 12.", "2024 წლის 5 სექტემბერს"
  // (first, so that "25. november" is not read out of "2025. november 12.").
  const first = yearFirst(ctx.vocabs);
  if (first !== null)
    patterns.unshift({
      re: new RegExp(
        `(?<![\\d.,])(?<y4>(?:19|20)\\d\\d)\\.?${first}${SP}(?:(?<d4>\\d{1,2})${SP})?${M}(?:${SP}(?<d5>\\d{1,2})(?![\\d\\p{L}]))?`,
        'gu',
      ),
      kind: 'ym',
    });
  return patterns;
}

/** Day + month (+ year), month + day (+ year), month + year, and a bare month after a preposition. */
function monthDates(ctx: Context, found: Found[]): void {
  const patterns = memo(ctx, 'monthDates', () => monthPatterns(ctx));
  for (const { re, kind } of patterns) {
    for (const m of ctx.folded.matchAll(re)) {
      const g = m.groups ?? {};
      const mi = groupIndex(g, 'm', 12);
      if (mi < 0) continue;
      const month = mi + 1;
      const day = g.d0 ?? g.d1 ?? g.d2 ?? g.d4 ?? g.d5;
      const year = g.y0 ?? g.y1 ?? g.y2 ?? g.y3 ?? g.y4;
      const start = m.index;
      const end = m.index + m[0].length;
      const text = ctx.text.slice(start, end);
      if (kind === 'my' || (kind === 'ym' && day === undefined)) {
        add(found, { text, date: `${year}-${pad(month)}`, precision: 'month', start, end, priority: 1 });
        continue;
      }
      const d = Number(day);
      const y = year ? Number(year) : resolveYear(ctx, month, d);
      const yearless = year ? undefined : { month, day: d };
      if (y !== null && validDay(y, month, d))
        add(found, { text, date: `${y}-${pad(month)}-${pad(d)}`, precision: 'day', start, end, priority: 1, yearless });
      else if (y === null && d >= 1 && d <= 31) add(found, { text, date: null, precision: 'unknown', start, end, priority: 1 });
    }
  }
  bareMonths(ctx, found);
}

// Words that join two months into one span: "February and March", "zwischen Januar und Juni", "у січні та лютому".
const SPAN_JOIN = '(?:and|to|und|bis|et|au|и|по|до|та|і|й|ta|i|a|e|y|al|en|tot|ir|iki|si|oraz|do|pana in|-)';

function monthSpanPattern(ctx: Context): RegExp {
  const months = mergeLists(ctx.vocabs, (v) => v.months);
  const tail = yearTail(ctx.vocabs);
  const join = `(?:${SPAN_JOIN.slice(3, -1)}|${relativeRes(ctx).to.slice(3, -1)})`;
  return new RegExp(
    `(?<![\\p{L}])(?:${indexedAlternation('a', months)})${SP}${join}${SP}(?:${indexedAlternation('b', months)})(?:,?${SP}(?:of${SP}|de${SP}|del${SP}|din${SP}|van${SP})?(?<y>(?:19|20)\\d\\d)${tail})?(?![\\p{L}\\d])`,
    'gu',
  );
}

/**
 * "February and March 2023", "в феврале и марте 2024 года", "en février et mars": one span, not the first month.
 * The value is the span's first month (precision range), its year from the text or, failing that, from the
 * article's date as for a bare month.
 */
function monthSpans(ctx: Context, found: Found[]): void {
  const re = memo(ctx, 'monthSpans', () => monthSpanPattern(ctx));
  for (const m of ctx.folded.matchAll(re)) {
    const first = groupIndex(m.groups, 'a', 12) + 1;
    const last = groupIndex(m.groups, 'b', 12) + 1;
    if (first < 1 || last < 1 || first === last) continue;
    if (ctx.language === 'en' && !/^\p{Lu}/u.test(ctx.text[m.index])) continue;
    // A day number right after is a day range ("March and April 3" is not a month span): leave it to the day patterns.
    if (/^[\s\u00a0]*\d/u.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3)) && !m.groups?.y) continue;
    const endYear = m.groups?.y ? Number(m.groups.y) : resolveYear(ctx, last, null);
    const y = endYear === null ? null : first > last ? endYear - 1 : endYear;
    const start = m.index;
    const end = m.index + m[0].length;
    add(found, {
      text: ctx.text.slice(start, end),
      date: y === null ? null : `${y}-${pad(first)}`,
      precision: y === null ? 'unknown' : 'range',
      start,
      end,
      priority: 1,
      yearless: m.groups?.y ? undefined : { month: last, day: null, first },
    });
  }
}

/** The patterns of `bareMonths`: after a preposition, a month form alone (Lithuanian), a month form before a postposition. */
function bareMonthPatterns(ctx: Context): { re: RegExp; alone: RegExp | null; placed: RegExp | null } {
  const months = mergeLists(ctx.vocabs, (v) => v.months);
  const preps = [...new Set(ctx.vocabs.flatMap((v) => [...v.monthPrepositions, ...v.decadeWords]))];
  const P = `(?:${preps.map((p) => termSource(p)).join('|')})`;
  // "in the September" (machine-translated English): an article may stand between the preposition and the month.
  // An elided preposition joins the month with an apostrophe ("nell'agosto", "fin d'avril").
  const re = new RegExp(`(?<=${P}(?:[\\s\\u00a0-]+(?:the[\\s\\u00a0]+)?|'))(?:${indexedAlternation('m', months)})`, 'gu');
  // Languages that say "in December" with a case form and no preposition (Lithuanian "gruodį", "gruodyje").
  const adverbs = mergeLists(ctx.vocabs, (v) => v.monthAdverbs ?? []);
  const alone = adverbs.length ? new RegExp(indexedAlternation('m', adverbs), 'gu') : null;
  // A month form before a word that places it ("rugpjūčio pabaigoje": at the end of August).
  const post = [...new Set(ctx.vocabs.flatMap((v) => v.monthPostpositions ?? []))];
  const placed = post.length
    ? new RegExp(`(?:${indexedAlternation('m', months)})${SP}(?:${post.map((w) => termSource(w)).join('|')})`, 'gu')
    : null;
  return { re, alone, placed };
}

/** "in March", "a dicembre", "mid-October": a month without a day, the year taken from publication. */
function bareMonths(ctx: Context, found: Found[]): void {
  const { re, alone, placed } = memo(ctx, 'bareMonths', () => bareMonthPatterns(ctx));
  const matches = [
    ...ctx.folded.matchAll(re),
    ...(alone ? ctx.folded.matchAll(alone) : []),
    ...(placed ? ctx.folded.matchAll(placed) : []),
  ];
  for (const m of matches) {
    const mi = groupIndex(m.groups, 'm', 12);
    // "may" and "march" are also verbs in English: only with a capital letter.
    if (ctx.language === 'en' && !/^\p{Lu}/u.test(ctx.text[m.index])) continue;
    let start = m.index;
    const before = ctx.folded.slice(Math.max(0, start - 4), start);
    if (/mid-$/.test(before)) start -= 4;
    const end = m.index + m[0].length;
    const y = resolveYear(ctx, mi + 1, null);
    add(found, {
      text: ctx.text.slice(start, end),
      date: y === null ? null : `${y}-${pad(mi + 1)}`,
      precision: y === null ? 'unknown' : 'month',
      start,
      end,
      priority: 2,
      yearless: { month: mi + 1, day: null },
    });
  }
}

/** "winter 2024", "iarna 2024", "im Frühjahr 2023", "осенью 2023 года", "2022 metu pavasarį". */
function seasonDates(ctx: Context, found: Found[]): void {
  const res = memo(ctx, 'seasonDates', () => {
    const names = (['spring', 'summer', 'autumn', 'winter'] as const).map((s) => ctx.vocabs.flatMap((v) => v.seasons[s]));
    const S = `(?:${indexedAlternation('s', names)})`;
    const tail = yearTail(ctx.vocabs);
    const out = [
      new RegExp(`${S}${SP}(?:(?:of|de|del|din|van|du|d'|на)${SP})?(?<y>(?:19|20)\\d\\d)${tail}(?![\\d])`, 'gu'),
      new RegExp(`(?<![\\d])(?<y>(?:19|20)\\d\\d)${SP}(?:metu|m\\.)${SP}${S}`, 'gu'),
    ];
    const first = yearFirst(ctx.vocabs);
    if (first !== null) out.push(new RegExp(`(?<![\\d.,])(?<y>(?:19|20)\\d\\d)\\.?${first}${SP}${S}`, 'gu'));
    // The year, the word for "year" in its case, the season: "2022. gada rudenī", "2022 года осенью", "2022 року восени".
    const yearWords = ctx.vocabs.flatMap((v) => v.yearWords).map((w) => fold(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    if (yearWords.length)
      out.push(new RegExp(`(?<![\\d.,])(?<y>(?:19|20)\\d\\d)\\.?${SP}(?:${yearWords.join('|')})(?![\\p{L}])${SP}${S}`, 'gu'));
    return out;
  });
  for (const re of res) {
    for (const m of ctx.folded.matchAll(re)) {
      const si = groupIndex(m.groups, 's', 4);
      const season = (['spring', 'summer', 'autumn', 'winter'] as const)[si];
      const y = m.groups?.y;
      const start = m.index;
      const end = start + m[0].length;
      add(found, {
        text: ctx.text.slice(start, end),
        date: `${y}-${pad(SEASON_MONTH[season])}`,
        precision: 'season',
        start,
        end,
        priority: 1,
      });
    }
  }
}

/** "mid-1990s", "the 1990s", "1990er", "1990-х", "années 1990". */
function decadeDates(ctx: Context, found: Found[]): void {
  const re =
    /(?:(?:mid|early|late)-?\s?)?((?:19|20)\d)0(?:s|'s|er|-х|- х|-их|-ті|-tych)(?![\p{L}])|(?:années|anni|años|jaren)\s((?:19|20)\d)0(?![\d])/gu;
  for (const m of ctx.folded.matchAll(re)) {
    const decade = (m[1] ?? m[2]) + '0';
    add(found, {
      text: ctx.text.slice(m.index, m.index + m[0].length),
      date: decade,
      precision: 'decade',
      start: m.index,
      end: m.index + m[0].length,
      priority: 1,
    });
  }
}

/** Weekday names: the latest such day on or before publication (a day), unknown without a publication day. */
function weekdayDates(ctx: Context, found: Found[]): void {
  const re = memo(
    ctx,
    'weekdays',
    () =>
      new RegExp(
        indexedAlternation(
          'w',
          mergeLists(ctx.vocabs, (v) => v.weekdays),
        ),
        'gu',
      ),
  );
  const p = published(ctx);
  for (const m of ctx.folded.matchAll(re)) {
    const wi = groupIndex(m.groups, 'w', 7);
    const start = m.index;
    const end = start + m[0].length;
    let date: string | null = null;
    if (p && p.m !== null && p.d !== null) {
      const pub = new Date(Date.UTC(p.y, p.m - 1, p.d));
      const back = (pub.getUTCDay() - wi + 7) % 7;
      const dt = new Date(pub.getTime() - back * 86400000);
      date = `${dt.getUTCFullYear()}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
    }
    add(found, { text: ctx.text.slice(start, end), date, precision: date ? 'day' : 'unknown', start, end, priority: 3 });
  }
}

/** "yesterday", "вчера", "gestern": the day before publication; "tomorrow", "rīt", "утре": the day after. */
function relativeDates(ctx: Context, found: Found[]): void {
  const re = memo(ctx, 'yesterday', () => {
    const before = ctx.vocabs.flatMap((v) => v.yesterday).map((w) => termSource(w));
    const after = [...new Set(ctx.vocabs.flatMap((v) => relativeOf(v).tomorrow ?? []))].map((w) => termSource(w));
    const alts = [before.length && `(?<y>${before.join('|')})`, after.length && `(?<t>${after.join('|')})`].filter(Boolean);
    return alts.length ? new RegExp(alts.join('|'), 'gu') : null;
  });
  if (!re) return;
  const p = published(ctx);
  for (const m of ctx.folded.matchAll(re)) {
    let date: string | null = null;
    if (p && p.m !== null && p.d !== null) {
      const dt = new Date(Date.UTC(p.y, p.m - 1, p.d) + (m.groups?.t !== undefined ? 1 : -1) * 86400000);
      date = `${dt.getUTCFullYear()}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
    }
    add(found, {
      text: m[0] && ctx.text.slice(m.index, m.index + m[0].length),
      date,
      precision: date ? 'day' : 'unknown',
      start: m.index,
      end: m.index + m[0].length,
      priority: 3,
    });
  }
}

/** Bare years, 1950–2049, not part of a larger number or a count ("2004", "2023 году"). */
function yearDates(ctx: Context, found: Found[]): void {
  // Not a sum ("$2000", "2000 рублей"), a share or a distance.
  const re = memo(
    ctx,
    'years',
    () =>
      new RegExp(
        `(?<![\\d.,\\/$€£₽№#-])${YEAR}(?![\\d]|[.,]\\d|\\s?(?:%|\\$|€|£|₽|km|км|руб|грн|usd|eur|dollar|euro|rubl|hryv))${yearTail(ctx.vocabs)}`,
        'gu',
      ),
  );
  for (const m of ctx.folded.matchAll(re)) {
    const y = +m[1];
    if (y < 1950 || y > 2049) continue;
    add(found, {
      text: ctx.text.slice(m.index, m.index + m[0].length),
      date: String(y),
      precision: 'year',
      start: m.index,
      end: m.index + m[0].length,
      priority: 4,
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Relative dates, day ranges, spans of two dates, and the year of a date without one taken from its neighbours.

const DAY_MS = 86400000;
/** Seasons as the month they start in (0-based: spring March … winter December), in the order of `seasons`. */
const SEASON_START = [2, 5, 8, 11];

function isoDay(t: number): string {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The article's day as a UTC time, when its date has a day. */
function publishedDay(ctx: Context): number | null {
  const p = published(ctx);
  return p && p.m !== null && p.d !== null ? Date.UTC(p.y, p.m - 1, p.d) : null;
}

/** The Monday of the week holding `t`. */
function monday(t: number): number {
  return t - ((new Date(t).getUTCDay() + 6) % 7) * DAY_MS;
}

/** "YYYY-MM" of the month `back` months before month `m` (1-based) of year `y`. */
function monthBack(y: number, m: number, back: number): string {
  const abs = y * 12 + m - 1 - back;
  return `${Math.floor(abs / 12)}-${pad((abs % 12) + 1)}`;
}

/**
 * A season told from the article's month: the article's own / the coming one within half a year, else the last
 * (`current`: "this winter" in May is the past one), and a year before that (`previous`).
 * Values as `seasonDates` writes them (winter Y is "Y-01", the winter that opens year Y).
 */
function seasonFrom(y: number, m: number, si: number, previous: boolean): string {
  const abs = y * 12 + m - 1;
  let cur = abs;
  while (!SEASON_START.includes(cur % 12)) cur--;
  const at = (a: number) => SEASON_START.indexOf(a % 12);
  let a = cur;
  while (at(a) !== si) a += 3;
  if (a - abs > 6) for (a = cur; at(a) !== si;) a -= 3;
  // Last spring is the one before this spring: the year before the one "this spring" names ("прошлой весной" in
  // July is the spring of the year before; the spring just past is "this spring").
  if (previous) a -= 12;
  const sy = Math.floor(a / 12);
  return si === 3 ? `${sy + 1}-01` : `${sy}-${pad((a % 12) + 1)}`;
}

const relativeOf = (v: Vocabulary): RelativeTerms => v.relative ?? RELATIVE[v.lang] ?? {};

type ListKey = Exclude<keyof RelativeTerms, 'numbers'>;

/** A named alternation of a merged relative list, or null when no vocabulary has that list. */
function relAlt(vocabs: readonly Vocabulary[], key: ListKey, group?: string): string | null {
  const words = [...new Set(vocabs.flatMap((v) => relativeOf(v)[key] ?? []))];
  if (!words.length) return null;
  const src = words.map((w) => termSource(w)).join('|');
  return group ? `(?<${group}>${src})` : `(?:${src})`;
}

const UNIT_KEYS = ['day', 'week', 'month', 'year'] as const;

/** The units as named groups (`ud<sfx>`, `uw<sfx>`, `um<sfx>`, `uy<sfx>`); days only where a count goes with them. */
function unitAlt(vocabs: readonly Vocabulary[], sfx: string, withDay: boolean): string | null {
  const parts = UNIT_KEYS.filter((k) => withDay || k !== 'day')
    .map((k) => relAlt(vocabs, k, `u${k[0]}${sfx}`))
    .filter((x): x is string => x !== null);
  return parts.length ? parts.join('|') : null;
}

function unitOf(g: Record<string, string | undefined>, sfx: string): (typeof UNIT_KEYS)[number] | null {
  return UNIT_KEYS.find((k) => g[`u${k[0]}${sfx}`] !== undefined) ?? null;
}

// Joins: "to" (a span by itself), "and" (a span after "between"), and the short words between a month and "last year".
const TO_JOIN = "(?:to|until|till|through|bis|au|a|al|по|до|tot|iki|do|hasta|pana in|pana la|fino a|fino al|jusqu'au|-)";
const AND_JOIN = '(?:and|und|et|и|та|і|й|ir|si|oraz|e|y|en|a|i)';
const BETWEEN = '(?:between|zwischen|entre|между|між|miedzy|pomiedzy|tussen|tra|fra|intre|mezi|tarp)';
const YEAR_JOIN = `(?:(?:of|de|del|dello|della|des|du|din|do|da|z|ze|van|het|the|from)${SP}|(?:l|dell|d)'){0,2}`;

interface RelativeRes {
  /** The words a relative date hangs on: the day before yesterday, ago, last, this, last year, this year. */
  anchor: RegExp | null;
  /** After "vor" / "il y a" / "hace" (sticky): a count and a unit. */
  agoAfter: RegExp | null;
  /** Before "ago" / "назад" / "temu" (at the end of the text before it): a count and a unit. */
  agoBefore: RegExp | null;
  /** After "last" / "this" (sticky): a unit (not a day), a month or a season, not followed by "of". */
  namedAfter: RegExp | null;
  /** Before "dernière" / "trecută" / "scorso": a unit, a month or a season. */
  namedBefore: RegExp | null;
  /** After "last year" / "pernai" (sticky): a season ("pernai rudenį", "loni na podzim"). */
  seasonAfter: RegExp | null;
  /** Before "last year": a season ("autumn of last year", "осенью прошлого года"). */
  seasonBefore: RegExp | null;
  /** After a date without a year (sticky): last year / this year ("2 January last year", "ottobre dello scorso anno"). */
  after: RegExp | null;
  /** Before a date without a year: last year / this year ("loni v listopadu", "praėjusių metų gruodį"). */
  before: RegExp | null;
  future: RegExp | null;
  /** After a date without a year (sticky): "that year", "același an" ("în iulie același an"). */
  same: RegExp | null;
  /** A season and "that year" ("no verão desse ano", "in the summer of that year"). */
  sameSeason: RegExp | null;
  to: string;
}

const relCache = new Map<string, RelativeRes>();

function relativeRes(ctx: Context): RelativeRes {
  const key = ctx.vocabs.map((v) => v.lang).join(',');
  const hit = relCache.get(key);
  if (hit) return hit;
  const vs = ctx.vocabs;
  const months = mergeLists(vs, (v) => v.months);
  const seasons = (['spring', 'summer', 'autumn', 'winter'] as const).map((k) => vs.flatMap((v) => v.seasons[k]));
  const prev = relAlt(vs, 'previous');
  const cur = relAlt(vs, 'current');
  const yearU = relAlt(vs, 'year');
  const numbers = mergeLists(vs, (v) => relativeOf(v).numbers ?? []);
  const num = `(?:(?<nd>\\d{1,2})${numbers.length ? `|${indexedAlternation('n', numbers)}` : ''})`;
  const re = (src: string | null | false, flags = 'gu') => (src ? new RegExp(src, flags) : null);
  const units = unitAlt(vs, '', true);
  const named = [unitAlt(vs, 'c', false), indexedAlternation('m', months), indexedAlternation('s', seasons)].filter(Boolean).join('|');
  const anchor = [
    relAlt(vs, 'dayBeforeYesterday', 'dby'),
    relAlt(vs, 'ago', 'ago'),
    relAlt(vs, 'previous', 'prev'),
    relAlt(vs, 'current', 'cur'),
    relAlt(vs, 'next', 'nxt'),
    relAlt(vs, 'lastYear', 'lw'),
    relAlt(vs, 'thisYear', 'tw'),
  ].filter(Boolean);
  // Last year / this year, as one word or as last/this + year, either way round.
  const last = [relAlt(vs, 'lastYear'), prev && yearU && `${prev}${SP}${yearU}`, prev && yearU && `${yearU}${SP}${prev}`].filter(Boolean);
  const now = [relAlt(vs, 'thisYear'), cur && yearU && `${cur}${SP}${yearU}`, cur && yearU && `${yearU}${SP}${cur}`].filter(Boolean);
  const ph = [last.length && `(?<ly>${last.join('|')})`, now.length && `(?<ty>${now.join('|')})`].filter(Boolean).join('|');
  const S = indexedAlternation('s', seasons);
  const spanWords = [...new Set(vs.flatMap((v) => v.spanWords ?? []))].map((w) => fold(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const res: RelativeRes = {
    anchor: re(anchor.length ? anchor.join('|') : null),
    agoAfter: re(units && `${SP}${num}${SP}(?:${units})`, 'uy'),
    agoBefore: re(units && `${num}${SP}(?:${units})${SP}$`, 'u'),
    namedAfter: re(`${SP}(?:${named})(?!${SP}(?:of|de|du|des|del|della|van|von)(?![\\p{L}]))`, 'uy'),
    namedBefore: re(`(?:${named})${SP}$`, 'u'),
    seasonAfter: re(`${SP}(?:[\\p{L}]{1,3}${SP})?(?:${S})`, 'uy'),
    seasonBefore: re(`(?:${S})${SP}${YEAR_JOIN}$`, 'u'),
    after: re(ph && `,?${SP}${YEAR_JOIN}(?:${ph})(?![\\p{L}])`, 'uy'),
    before: re(ph && `(?:${ph}),?${SP}(?:[\\p{L}]{1,3}${SP})?$`, 'u'),
    future: re(relAlt(vs, 'future')),
    same: re(relAlt(vs, 'sameYear') && `,?${SP}${YEAR_JOIN}${relAlt(vs, 'sameYear')}`, 'uy'),
    sameSeason: re(relAlt(vs, 'sameYear') && `(?:${S})${SP}${YEAR_JOIN}${relAlt(vs, 'sameYear')}`),
    to: spanWords.length ? `(?:${TO_JOIN.slice(3, -1)}|${spanWords.join('|')})` : TO_JOIN,
  };
  relCache.set(key, res);
  return res;
}

/** Match a sticky regex at `at`. */
function stickyAt(re: RegExp | null, s: string, at: number): RegExpExecArray | null {
  if (!re) return null;
  re.lastIndex = at;
  return re.exec(s);
}

/** Match a `$`-anchored regex on the 40 characters before `at`; the index is into `s`. */
function endingAt(re: RegExp | null, s: string, at: number): { m: RegExpExecArray; start: number } | null {
  if (!re) return null;
  const from = Math.max(0, at - 40);
  const m = re.exec(s.slice(from, at));
  return m ? { m, start: from + m.index } : null;
}

/**
 * The day before yesterday, a count of units ago, last/this week, month, year, month or season, and last/this year
 * with a season: each found from the word it hangs on (few in a text), its unit looked for beside it.
 */
function relativeUnits(ctx: Context, found: Found[]): void {
  const R = relativeRes(ctx);
  if (!R.anchor) return;
  const p = published(ctx);
  const t0 = publishedDay(ctx);
  const f = ctx.folded;
  const put = (start: number, end: number, date: string | null, precision: DatePrecision) =>
    add(found, { text: ctx.text.slice(start, end), date, precision: date ? precision : 'unknown', start, end, priority: 1 });
  const season = (g: Record<string, string | undefined>, y: number | null) => {
    const si = groupIndex(g, 's', 4);
    return y === null ? null : si === 3 ? `${y}-01` : `${y}-${pad(SEASON_START[si] + 1)}`;
  };
  /** A last/this-year phrase at [start, end): the year, or a season of it when one stands beside it. */
  const yearPhrase = (start: number, end: number, last: boolean) => {
    const y = p ? p.y - (last ? 1 : 0) : null;
    const a = stickyAt(R.seasonAfter, f, end);
    if (a) return put(start, end + a[0].length, season(a.groups ?? {}, y), 'season');
    const b = endingAt(R.seasonBefore, f, start);
    if (b) return put(b.start, end, season(b.m.groups ?? {}, y), 'season');
    put(start, end, y === null ? null : String(y), 'year');
  };
  for (const h of f.matchAll(R.anchor)) {
    const g = h.groups ?? {};
    const [hs, he] = [h.index, h.index + h[0].length];
    if (g.dby !== undefined) put(hs, he, t0 === null ? null : isoDay(t0 - 2 * DAY_MS), 'day');
    else if (g.lw !== undefined || g.tw !== undefined) yearPhrase(hs, he, g.lw !== undefined);
    else if (g.ago !== undefined) {
      const a = stickyAt(R.agoAfter, f, he);
      const b = a ? null : endingAt(R.agoBefore, f, hs);
      const m = a ?? b?.m;
      if (!m) continue;
      const [start, end] = a ? [hs, he + a[0].length] : [b!.start, he];
      const mg = m.groups ?? {};
      const n = mg.nd !== undefined ? Number(mg.nd) : groupIndex(mg, 'n', 10) + 1;
      const unit = unitOf(mg, '');
      if (n < 1 || !unit) continue;
      if (unit === 'day') put(start, end, t0 === null ? null : isoDay(t0 - n * DAY_MS), 'day');
      else if (unit === 'week') put(start, end, t0 === null ? null : isoDay(monday(t0 - 7 * n * DAY_MS)), 'range');
      else if (unit === 'month') put(start, end, p?.m ? monthBack(p.y, p.m, n) : null, 'month');
      else put(start, end, p ? String(p.y - n) : null, 'year');
    } else {
      const previous = g.prev !== undefined;
      const next = g.nxt !== undefined;
      const a = stickyAt(R.namedAfter, f, he);
      const b = a ? null : endingAt(R.namedBefore, f, hs);
      const m = a ?? b?.m;
      if (!m) continue;
      const [start, end] = a ? [hs, he + a[0].length] : [b!.start, he];
      const mg = m.groups ?? {};
      const unit = unitOf(mg, 'c');
      const mi = groupIndex(mg, 'm', 12);
      const si = groupIndex(mg, 's', 4);
      if (next) {
        // The coming week, month, year or named month ("ensi kuussa", "le mois prochain", "w przyszłym miesiącu").
        if (mi >= 0) put(start, end, p?.m ? `${mi + 1 > p.m ? p.y : p.y + 1}-${pad(mi + 1)}` : null, 'month');
        else if (unit === 'week') put(start, end, t0 === null ? null : isoDay(monday(t0) + 7 * DAY_MS), 'range');
        else if (unit === 'month') put(start, end, p?.m ? monthBack(p.y, p.m, -1) : null, 'month');
        else if (unit === 'year') put(start, end, p ? String(p.y + 1) : null, 'year');
      } else if (mi >= 0) {
        // "may" and "march" are also verbs in English: only with a capital letter.
        const at = (a ? he : start) + m[0].indexOf(mg[`m${mi}`]!);
        if (ctx.language === 'en' && !/^\p{Lu}/u.test(ctx.text[at])) continue;
        const y = p?.m ? (previous ? (mi + 1 < p.m ? p.y : p.y - 1) : p.y) : null;
        put(start, end, y === null ? null : `${y}-${pad(mi + 1)}`, 'month');
      } else if (si >= 0) put(start, end, p?.m ? seasonFrom(p.y, p.m, si, previous) : null, 'season');
      else if (unit === 'week') put(start, end, t0 === null ? null : isoDay(monday(t0) - (previous ? 7 : 0) * DAY_MS), 'range');
      else if (unit === 'month') put(start, end, p?.m ? monthBack(p.y, p.m, previous ? 1 : 0) : null, 'month');
      else if (unit === 'year') yearPhrase(start, end, previous);
    }
  }
}

function dayRangePatterns(ctx: Context): RegExp[] {
  const months = mergeLists(ctx.vocabs, (v) => v.months);
  const M = `(?:${indexedAlternation('m', months)})`;
  const to = relativeRes(ctx).to;
  const join = `(?:(?:${SP})?-(?:${SP})?|${SP}${to}${SP})`;
  const tail = yearTail(ctx.vocabs);
  return [
    new RegExp(
      `(?<![\\d.])(?<d1>\\d{1,2})\\.?${join}(?<d2>\\d{1,2})(?:\\.|st|nd|rd|th)?${SP}(?:of${SP}|de${SP})?${M}(?:,?${SP}(?:de${SP}|del${SP})?(?<y>(?:19|20)\\d\\d)${tail})?(?![\\p{L}\\d])`,
      'gu',
    ),
    new RegExp(
      `${M}\\.?${SP}(?<d1>\\d{1,2})(?:st|nd|rd|th)?${join}(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?:,?${SP}(?<y>(?:19|20)\\d\\d))?(?![\\p{L}\\d])`,
      'gu',
    ),
  ];
}

/** "3 to 5 May", "vom 3. bis 5. März", "с 3 по 5 марта", "May 3-5": a span from its first day. */
function dayRanges(ctx: Context, found: Found[]): void {
  for (const re of memo(ctx, 'dayRanges', () => dayRangePatterns(ctx)))
    for (const m of ctx.folded.matchAll(re)) {
      const g = m.groups ?? {};
      const month = groupIndex(g, 'm', 12) + 1;
      const [d1, d2] = [Number(g.d1), Number(g.d2)];
      if (month < 1 || d1 >= d2) continue;
      const at = m.index + m[0].indexOf(g[`m${month - 1}`]!);
      if (ctx.language === 'en' && !/^\p{Lu}/u.test(ctx.text[at])) continue;
      const y = g.y ? Number(g.y) : resolveYear(ctx, month, d2);
      const ok = y !== null && validDay(y, month, d1) && validDay(y, month, d2);
      if (y !== null && !ok) continue;
      add(found, {
        text: ctx.text.slice(m.index, m.index + m[0].length),
        date: ok ? `${y}-${pad(month)}-${pad(d1)}` : null,
        precision: ok ? 'range' : 'unknown',
        start: m.index,
        end: m.index + m[0].length,
        priority: 1,
      });
    }
}

/** Two dates joined by "to" ("from May 2023 to July 2024"), or by "and" after "between": one span from the first. */
function joinSpans(ctx: Context, found: Found[]): Found[] {
  const { to, and, between } = memo(ctx, 'joinSpans', () => ({
    to: new RegExp(`^(?:${SP})?${relativeRes(ctx).to}(?:${SP})?$`, 'u'),
    and: new RegExp(`^${SP}${AND_JOIN}${SP}$`, 'u'),
    between: new RegExp(`(?<![\\p{L}])${BETWEEN}${SP}$`, 'u'),
  }));
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const out: Found[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    const gap = b ? ctx.folded.slice(a.end, b.start) : '';
    const joined = b && (to.test(gap) || (and.test(gap) && between.test(ctx.folded.slice(Math.max(0, a.start - 16), a.start))));
    if (joined && a.date && b.date && a.precision !== 'range' && b.precision !== 'range' && a.precision !== 'unknown' && a.date <= b.date) {
      out.push({ ...a, text: ctx.text.slice(a.start, b.end), end: b.end, precision: 'range', yearless: undefined });
      i++;
    } else out.push(a);
  }
  return out;
}

/** The last year the text names before `at` (a four-digit year), or null. */
function lastYearTold(ctx: Context, at: number): number | null {
  let y: number | null = null;
  for (const m of ctx.text.slice(0, at).matchAll(/(?<![\d.,])((?:19|20)\d\d)(?!\d)/g)) y = Number(m[1]);
  return y;
}

/** A season of "that year" ("no verão desse ano", "in the summer of that year"): the season of the year last named. */
function sameYearSeasons(ctx: Context, found: Found[]): void {
  const re = relativeRes(ctx).sameSeason;
  if (!re) return;
  for (const m of ctx.folded.matchAll(re)) {
    const y = lastYearTold(ctx, m.index);
    const si = groupIndex(m.groups, 's', 4);
    if (y === null || si < 0) continue;
    const [start, end] = [m.index, m.index + m[0].length];
    const date = si === 3 ? `${y + 1}-01` : `${y}-${pad(SEASON_START[si] + 1)}`;
    add(found, { text: ctx.text.slice(start, end), date, precision: 'season', start, end, priority: 1 });
  }
}

/**
 * A date read without a year takes it from its neighbours ("2 January last year", "loni v listopadu", "ottobre dello
 * scorso anno"), and in a sentence that tells what is to come ("planned for 3 December") it is the next such date
 * within half a year, not the last one.
 */
function yearFromContext(ctx: Context, found: Found[]): Found[] {
  const p = published(ctx);
  if (!p) return found;
  const R = relativeRes(ctx);
  const t0 = publishedDay(ctx);
  const gone = new Set<Found>();
  for (const f of found) {
    const yl = f.yearless;
    if (!yl || gone.has(f)) continue;
    let rel: 'last' | 'this' | 'same' | null = null;
    let [start, end] = [f.start, f.end];
    if (R.after) {
      R.after.lastIndex = f.end;
      const a = R.after.exec(ctx.folded);
      if (a) [rel, end] = [a.groups?.ly !== undefined ? 'last' : 'this', f.end + a[0].length];
    }
    if (!rel && R.before) {
      const from = Math.max(0, f.start - 40);
      const b = R.before.exec(ctx.folded.slice(from, f.start));
      if (b) [rel, start] = [b.groups?.ly !== undefined ? 'last' : 'this', from + b.index];
    }
    let told: number | null = null;
    if (!rel && R.same) {
      R.same.lastIndex = f.end;
      const a = R.same.exec(ctx.folded);
      told = a ? lastYearTold(ctx, f.start) : null;
      if (a && told !== null) [rel, end] = ['same', f.end + a[0].length];
    }
    if (rel) {
      const y = rel === 'same' ? told! : p.y - (rel === 'last' ? 1 : 0);
      if (yl.first !== undefined) f.date = `${yl.first > yl.month ? y - 1 : y}-${pad(yl.first)}`;
      else if (yl.day !== null) {
        if (!validDay(y, yl.month, yl.day)) continue;
        f.date = `${y}-${pad(yl.month)}-${pad(yl.day)}`;
      } else f.date = `${y}-${pad(yl.month)}`;
      [f.start, f.end, f.text] = [start, end, ctx.text.slice(start, end)];
      for (const o of found) if (o !== f && o.start < end && start < o.end) gone.add(o);
      continue;
    }
    if (!R.future || yl.first !== undefined || p.m === null) continue;
    const s = ctx.sentences.find((x) => x.start <= f.start && f.start < x.end);
    if (!s) continue;
    R.future.lastIndex = 0;
    if (!R.future.test(ctx.folded.slice(s.start, s.end))) continue;
    if (yl.day !== null) {
      if (t0 === null) continue;
      let y = p.y;
      if (Date.UTC(y, yl.month - 1, yl.day) < t0) y++;
      if (!validDay(y, yl.month, yl.day) || Date.UTC(y, yl.month - 1, yl.day) - t0 > 183 * DAY_MS) continue;
      f.date = `${y}-${pad(yl.month)}-${pad(yl.day)}`;
    } else {
      const y = yl.month >= p.m ? p.y : p.y + 1;
      if (y * 12 + yl.month - (p.y * 12 + p.m) > 6) continue;
      f.date = `${y}-${pad(yl.month)}`;
    }
  }
  return found.filter((f) => !gone.has(f));
}

/**
 * A count of units after a date of the story ("Trois semaines plus tard", "dos días después", "två månader senare"):
 * the nearest date before it (within a few sentences) plus the count, with the unit's precision (days and weeks a day,
 * months a month, years a year), when that date is exact enough; told from the story, not from the article's date.
 */
function laterDates(ctx: Context, found: Found[]): void {
  const re = memo(ctx, 'later', () => {
    const later = relAlt(ctx.vocabs, 'later');
    const units = unitAlt(ctx.vocabs, '', true);
    if (!later || !units) return null;
    const numbers = mergeLists(ctx.vocabs, (v) => relativeOf(v).numbers ?? []);
    const num = `(?:(?<nd>\\d{1,2})${numbers.length ? `|${indexedAlternation('n', numbers)}` : ''})`;
    return new RegExp(`(?<![\\p{L}\\d])${num}${SP}(?:${units})${SP}${later}`, 'gu');
  });
  if (!re) return;
  const before = [...found].filter((f) => f.date && f.precision !== 'unknown').sort((a, b) => a.end - b.end);
  for (const m of ctx.folded.matchAll(re)) {
    const g = m.groups ?? {};
    const n = g.nd !== undefined ? Number(g.nd) : groupIndex(g, 'n', 10) + 1;
    const unit = unitOf(g, '');
    const anchor = before.filter((f) => f.end <= m.index && m.index - f.end <= 600).pop();
    if (n < 1 || !unit || !anchor?.date) continue;
    const a = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(anchor.date);
    if (!a) continue;
    let date: string | null = null;
    let precision: DatePrecision = 'day';
    if ((unit === 'day' || unit === 'week') && a[3]) {
      date = isoDay(Date.UTC(+a[1], +a[2] - 1, +a[3]) + n * (unit === 'week' ? 7 : 1) * DAY_MS);
    } else if (unit === 'month' && a[2]) {
      [date, precision] = [monthBack(+a[1], +a[2], -n), 'month'];
    } else if (unit === 'year') [date, precision] = [String(+a[1] + n), 'year'];
    if (!date) continue;
    const [start, end] = [m.index, m.index + m[0].length];
    add(found, { text: ctx.text.slice(start, end), date, precision, start, end, priority: 1 });
  }
}

export function findDates(ctx: Context): DateItem[] {
  const found: Found[] = [];
  numericDates(ctx, found);
  relativeUnits(ctx, found);
  dayRanges(ctx, found);
  monthSpans(ctx, found);
  monthDates(ctx, found);
  seasonDates(ctx, found);
  decadeDates(ctx, found);
  weekdayDates(ctx, found);
  relativeDates(ctx, found);
  yearDates(ctx, found);
  sameYearSeasons(ctx, found);
  const resolved = yearFromContext(ctx, found);
  laterDates(ctx, resolved);
  return joinSpans(ctx, resolved).map(({ priority: _p, yearless: _y, ...d }) => d);
}
