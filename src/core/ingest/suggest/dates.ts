/**
 * Dates with honest precision. A date is only as exact as the words: "June 2022" is a month, "iarna 2024"
 * a season, "mid-1990s" a decade, "3. August" a day whose year comes from the article's own date (the
 * latest such day on or before publication) and stays unknown without one; "Friday" is the latest Friday
 * on or before publication. Values are ISO: YYYY-MM-DD, YYYY-MM, YYYY; a season is the ISO month it starts
 * in (spring 03, summer 06, autumn 09; winter Y is taken as the winter that opens year Y, so "Y-01"); a
 * decade is its first year ("1990").
 */
import type { DatePrecision } from '../../../shared/domain';
import type { Context } from './context';
import { fold } from './fold';
import { termSource } from './terms';
import type { Vocabulary } from './vocabulary';

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
}

/** Add a found date unless it overlaps one already found (earlier patterns are more specific). */
function add(found: Found[], item: Found): void {
  if (found.some((f) => item.start < f.end && f.start < item.end)) return;
  found.push(item);
}

function yearTail(vocabs: readonly Vocabulary[]): string {
  const words = vocabs.flatMap((v) => v.yearWords).map((w) => fold(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return words.length ? `(?:${SP}(?:${words.join('|')})(?![\\p{L}]))?` : '';
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

/** Day + month (+ year), month + day (+ year), month + year, and a bare month after a preposition. */
function monthDates(ctx: Context, found: Found[]): void {
  const months = mergeLists(ctx.vocabs, (v) => v.months);
  const weekdays = mergeLists(ctx.vocabs, (v) => v.weekdays);
  const M = `(?:${indexedAlternation('m', months)})`;
  const W = `(?:(?:${weekdays
    .flat()
    .map((f) => termSource(f))
    .join('|')}),?${SP})?`;
  const tail = yearTail(ctx.vocabs);
  const patterns: { re: RegExp; kind: 'dmy' | 'mdy' | 'my' | 'ymd' }[] = [
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
  for (const { re, kind } of patterns) {
    for (const m of ctx.folded.matchAll(re)) {
      const g = m.groups ?? {};
      const mi = groupIndex(g, 'm', 12);
      if (mi < 0) continue;
      const month = mi + 1;
      const day = g.d0 ?? g.d1 ?? g.d2;
      const year = g.y0 ?? g.y1 ?? g.y2 ?? g.y3;
      const start = m.index;
      const end = m.index + m[0].length;
      const text = ctx.text.slice(start, end);
      if (kind === 'my') {
        add(found, { text, date: `${year}-${pad(month)}`, precision: 'month', start, end, priority: 1 });
        continue;
      }
      const d = Number(day);
      const y = year ? Number(year) : resolveYear(ctx, month, d);
      if (y !== null && validDay(y, month, d))
        add(found, { text, date: `${y}-${pad(month)}-${pad(d)}`, precision: 'day', start, end, priority: 1 });
      else if (y === null && d >= 1 && d <= 31) add(found, { text, date: null, precision: 'unknown', start, end, priority: 1 });
    }
  }
  bareMonths(ctx, found, months);
}

// Words that join two months into one span: "February and March", "zwischen Januar und Juni", "у січні та лютому".
const SPAN_JOIN = '(?:and|to|und|bis|et|au|и|по|до|та|і|й|ta|i|a|e|y|al|en|tot|ir|iki|si|oraz|do|pana in|-)';

/**
 * "February and March 2023", "в феврале и марте 2024 года", "en février et mars": one span, not the first month.
 * The value is the span's first month (precision range), its year from the text or, failing that, from the
 * article's date as for a bare month.
 */
function monthSpans(ctx: Context, found: Found[]): void {
  const months = mergeLists(ctx.vocabs, (v) => v.months);
  const tail = yearTail(ctx.vocabs);
  const re = new RegExp(
    `(?<![\\p{L}])(?:${indexedAlternation('a', months)})${SP}${SPAN_JOIN}${SP}(?:${indexedAlternation('b', months)})(?:,?${SP}(?:of${SP}|de${SP}|del${SP}|din${SP}|van${SP})?(?<y>(?:19|20)\\d\\d)${tail})?(?![\\p{L}\\d])`,
    'gu',
  );
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
    });
  }
}

/** "in March", "a dicembre", "mid-October": a month without a day, the year taken from publication. */
function bareMonths(ctx: Context, found: Found[], months: string[][]): void {
  const preps = [...new Set(ctx.vocabs.flatMap((v) => [...v.monthPrepositions, ...v.decadeWords]))];
  const P = `(?:${preps.map((p) => termSource(p)).join('|')})`;
  // "in the September" (machine-translated English): an article may stand between the preposition and the month.
  const re = new RegExp(`(?<=${P}[\\s\\u00a0-]+(?:the[\\s\\u00a0]+)?)(?:${indexedAlternation('m', months)})`, 'gu');
  // Languages that say "in December" with a case form and no preposition (Lithuanian "gruodį", "gruodyje").
  const adverbs = mergeLists(ctx.vocabs, (v) => v.monthAdverbs ?? []);
  const alone = adverbs.length ? [...ctx.folded.matchAll(new RegExp(indexedAlternation('m', adverbs), 'gu'))] : [];
  for (const m of [...ctx.folded.matchAll(re), ...alone]) {
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
    });
  }
}

/** "winter 2024", "iarna 2024", "im Frühjahr 2023", "осенью 2023 года", "2022 metu pavasarį". */
function seasonDates(ctx: Context, found: Found[]): void {
  const names = (['spring', 'summer', 'autumn', 'winter'] as const).map((s) => ctx.vocabs.flatMap((v) => v.seasons[s]));
  const S = `(?:${indexedAlternation('s', names)})`;
  const tail = yearTail(ctx.vocabs);
  const res = [
    new RegExp(`${S}${SP}(?:(?:of|de|del|din|van|du|d')${SP})?(?<y>(?:19|20)\\d\\d)${tail}(?![\\d])`, 'gu'),
    new RegExp(`(?<![\\d])(?<y>(?:19|20)\\d\\d)${SP}(?:metu|m\\.)${SP}${S}`, 'gu'),
  ];
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
  const weekdays = mergeLists(ctx.vocabs, (v) => v.weekdays);
  const re = new RegExp(indexedAlternation('w', weekdays), 'gu');
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

/** "yesterday", "вчера", "gestern": the day before publication. */
function relativeDates(ctx: Context, found: Found[]): void {
  const words = ctx.vocabs.flatMap((v) => v.yesterday);
  if (!words.length) return;
  const re = new RegExp(words.map((w) => termSource(w)).join('|'), 'gu');
  const p = published(ctx);
  for (const m of ctx.folded.matchAll(re)) {
    let date: string | null = null;
    if (p && p.m !== null && p.d !== null) {
      const dt = new Date(Date.UTC(p.y, p.m - 1, p.d) - 86400000);
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
  const tail = yearTail(ctx.vocabs);
  // Not a sum ("$2000", "2000 рублей"), a share or a distance.
  const re = new RegExp(
    `(?<![\\d.,\\/$€£₽№#-])${YEAR}(?![\\d]|[.,]\\d|\\s?(?:%|\\$|€|£|₽|km|км|руб|грн|usd|eur|dollar|euro|rubl|hryv))${tail}`,
    'gu',
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

export function findDates(ctx: Context): DateItem[] {
  const found: Found[] = [];
  numericDates(ctx, found);
  monthSpans(ctx, found);
  monthDates(ctx, found);
  seasonDates(ctx, found);
  decadeDates(ctx, found);
  weekdayDates(ctx, found);
  relativeDates(ctx, found);
  yearDates(ctx, found);
  return found.sort((a, b) => a.start - b.start).map(({ priority: _p, ...d }) => d);
}
