/**
 * Publication dates as articles write them, in the languages Casefile reads. Only full dates (day
 * precision) and ISO timestamps are recognised here: this is for the article's own date line, not
 * for dates mentioned in the story (the suggestion stage handles those with their precision).
 * Ambiguous numeric dates (03/04/2023) are kept as text with precision "unknown", never guessed.
 */
import type { DatePrecision } from '../../shared/domain';

export interface FoundDate {
  text: string;
  date: string | null;
  precision: DatePrecision;
  index: number;
}

const MONTHS: [number, string[]][] = [
  [
    1,
    [
      'january',
      'jan',
      'januar',
      'janvier',
      'janv',
      'enero',
      'ene',
      'gennaio',
      'gen',
      'januari',
      'ianuarie',
      'ian',
      'stycznia',
      'styczeń',
      'sty',
      'ledna',
      'leden',
      'sausio',
      'sausis',
      'janeiro',
      'января',
      'январь',
      'янв',
      'січня',
      'січень',
      'jänner',
    ],
  ],
  [
    2,
    [
      'february',
      'feb',
      'februar',
      'février',
      'fevrier',
      'févr',
      'febrero',
      'febbraio',
      'februari',
      'februarie',
      'lutego',
      'luty',
      'lut',
      'února',
      'únor',
      'vasario',
      'vasaris',
      'fevereiro',
      'февраля',
      'февраль',
      'фев',
      'лютого',
      'лютий',
    ],
  ],
  [
    3,
    [
      'march',
      'mar',
      'märz',
      'maerz',
      'mars',
      'marzo',
      'maart',
      'martie',
      'marca',
      'marzec',
      'března',
      'březen',
      'kovo',
      'kovas',
      'março',
      'марта',
      'март',
      'мар',
      'березня',
      'березень',
    ],
  ],
  [
    4,
    [
      'april',
      'apr',
      'avril',
      'abril',
      'aprile',
      'aprilie',
      'kwietnia',
      'kwiecień',
      'kwi',
      'dubna',
      'duben',
      'balandžio',
      'balandis',
      'апреля',
      'апрель',
      'апр',
      'квітня',
      'квітень',
    ],
  ],
  [
    5,
    [
      'may',
      'mai',
      'mayo',
      'maggio',
      'mei',
      'maja',
      'maj',
      'května',
      'květen',
      'gegužės',
      'gegužė',
      'maio',
      'мая',
      'май',
      'травня',
      'травень',
    ],
  ],
  [
    6,
    [
      'june',
      'jun',
      'juni',
      'juin',
      'junio',
      'giugno',
      'iunie',
      'czerwca',
      'czerwiec',
      'cze',
      'června',
      'červen',
      'birželio',
      'birželis',
      'junho',
      'июня',
      'июнь',
      'июн',
      'червня',
      'червень',
    ],
  ],
  [
    7,
    [
      'july',
      'jul',
      'juli',
      'juillet',
      'julio',
      'luglio',
      'iulie',
      'lipca',
      'lipiec',
      'lip',
      'července',
      'červenec',
      'liepos',
      'liepa',
      'julho',
      'июля',
      'июль',
      'июл',
      'липня',
      'липень',
    ],
  ],
  [
    8,
    [
      'august',
      'aug',
      'août',
      'aout',
      'agosto',
      'augustus',
      'sierpnia',
      'sierpień',
      'sie',
      'srpna',
      'srpen',
      'rugpjūčio',
      'rugpjūtis',
      'augusti',
      'августа',
      'август',
      'авг',
      'серпня',
      'серпень',
    ],
  ],
  [
    9,
    [
      'september',
      'sep',
      'sept',
      'septembre',
      'septiembre',
      'settembre',
      'septembrie',
      'września',
      'wrzesień',
      'wrz',
      'září',
      'rugsėjo',
      'rugsėjis',
      'setembro',
      'сентября',
      'сентябрь',
      'сен',
      'вересня',
      'вересень',
    ],
  ],
  [
    10,
    [
      'october',
      'oct',
      'oktober',
      'octobre',
      'octubre',
      'ottobre',
      'octombrie',
      'października',
      'październik',
      'paź',
      'října',
      'říjen',
      'spalio',
      'spalis',
      'outubro',
      'okt',
      'октября',
      'октябрь',
      'окт',
      'жовтня',
      'жовтень',
    ],
  ],
  [
    11,
    [
      'november',
      'nov',
      'novembre',
      'noviembre',
      'noiembrie',
      'listopada',
      'listopad',
      'lis',
      'listopadu',
      'lapkričio',
      'lapkritis',
      'novembro',
      'ноября',
      'ноябрь',
      'ноя',
      'листопада',
      'листопад',
    ],
  ],
  [
    12,
    [
      'december',
      'dec',
      'dezember',
      'décembre',
      'decembre',
      'diciembre',
      'dicembre',
      'decembrie',
      'grudnia',
      'grudzień',
      'gru',
      'prosince',
      'prosinec',
      'gruodžio',
      'gruodis',
      'dezembro',
      'декабря',
      'декабрь',
      'дек',
      'грудня',
      'грудень',
    ],
  ],
];
// Hungarian, Turkish, Bulgarian, Serbian (Cyrillic and Latin, nominative and genitive) and Georgian month names
// ("2025. november 12.", "5 Kasım 2025", "28 октомври 2025", "3. децембар 2025.", "18. novembra 2025.", "20 ნოემბერი, 2025").
const MORE_MONTHS = [
  'január jan. február febr. március márc. április ápr. május máj. június jún. július júl. augusztus aug. szeptember szept. október okt. november nov. december dec.',
  'ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık',
  'януари февруари март април май юни юли август септември октомври ноември декември',
  'јануар фебруар март април мај јун јул август септембар октобар новембар децембар',
  'јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра',
  'januar februar mart april maj jun jul avgust septembar oktobar novembar decembar',
  'januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra',
  'იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი',
  'იანვარს თებერვალს მარტს აპრილს მაისს ივნისს ივლისს აგვისტოს სექტემბერს ოქტომბერს ნოემბერს დეკემბერს',
  // Finnish (partitive after a day, "19. elokuuta 2025"; nominative) and Latvian (nominative, locative, genitive:
  // "2026. gada 10. marts", "10. martā").
  'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta',
  'tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu',
  'janvāris februāris marts aprīlis maijs jūnijs jūlijs augusts septembris oktobris novembris decembris',
  'janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī',
  'janvāra februāra marta aprīļa maija jūnija jūlija augusta septembra oktobra novembra decembra',
];
const MONTH_OF = new Map<string, number>();
for (const [n, names] of MONTHS) for (const name of names) MONTH_OF.set(name, n);
for (const line of MORE_MONTHS) {
  const names = line.split(' ');
  // Hungarian lists each month with its abbreviation: two names a month.
  const per = names.length / 12;
  names.forEach((name, i) => MONTH_OF.has(name) || MONTH_OF.set(name, Math.floor(i / per) + 1));
}
const MONTH_RE = [...MONTH_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map((s) => s.replace(/\./g, '\\.'))
  .join('|');

const WEEKDAY =
  "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|luni|marți|marţi|miercuri|joi|vineri|sâmbătă|duminică|pondělí|úterý|středa|čtvrtek|pátek|neděle|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|вівторок|середа|четвер|пʼятниця|п'ятниця|субота|неділя|pirmadienis|antradienis|trečiadienis|ketvirtadienis|penktadienis|šeštadienis|sekmadienis)";

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

function iso(y: number, m: number, d: number): string | null {
  return valid(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

const PATTERNS: {
  re: RegExp;
  parse: (m: RegExpExecArray, dayFirst: boolean) => { date: string | null; precision: DatePrecision } | null;
}[] = [
  // 2023-04-11, 2023-04-11T23:00:00+02:00
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/g,
    parse: (m) => ({ date: iso(+m[1], +m[2], +m[3]), precision: 'day' }),
  },
  // 2023/04/11
  { re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g, parse: (m) => ({ date: iso(+m[1], +m[2], +m[3]), precision: 'day' }) },
  // Tuesday, November 29, 2022 · Nov. 29, 2022
  {
    re: new RegExp(
      `(?:(?<!\\p{L})${WEEKDAY},?\\s+)?(?<!\\p{L})(${MONTH_RE})(?!\\p{L})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
      'giu',
    ),
    parse: (m) => ({ date: iso(+m[3], MONTH_OF.get(m[1].toLowerCase())!, +m[2]), precision: 'day' }),
  },
  // 29 November 2022 · 29. November 2022 · 29 de noviembre de 2022 · 29 ноября 2022 г. · Tuesday 29th Nov 2022
  {
    re: new RegExp(
      `(?:(?<!\\p{L})${WEEKDAY},?\\s+)?\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?(${MONTH_RE})(?!\\p{L})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?:\\s*(?:г\\.|р\\.|года|року|roku|r\\.))?`,
      'giu',
    ),
    parse: (m) => ({ date: iso(+m[3], MONTH_OF.get(m[2].toLowerCase())!, +m[1]), precision: 'day' }),
  },
  // 2022 m. lapkričio 29 d. (Lithuanian)
  {
    re: new RegExp(`\\b(\\d{4})\\s*m\\.\\s+(${MONTH_RE})(?!\\p{L})\\s+(\\d{1,2})\\s*d\\.?`, 'giu'),
    parse: (m) => ({ date: iso(+m[1], MONTH_OF.get(m[2].toLowerCase())!, +m[3]), precision: 'day' }),
  },
  // 2026. gada 10. marts (Latvian), 2025 წლის 3 ოქტომბერი (Georgian): the year first, a word for "of the year", the day
  {
    re: new RegExp(`\\b(\\d{4})\\.?\\s*(?:gada|წლის)\\s+(\\d{1,2})\\.?\\s+(${MONTH_RE})(?!\\p{L})`, 'giu'),
    parse: (m) => ({ date: iso(+m[1], MONTH_OF.get(m[3].toLowerCase())!, +m[2]), precision: 'day' }),
  },
  // 2025. november 12. · 2025.11.12. (Hungarian: the year first, each part closed by a full stop)
  {
    re: new RegExp(`\\b(\\d{4})\\.\\s*(${MONTH_RE})(?!\\p{L})\\s+(\\d{1,2})\\.`, 'giu'),
    parse: (m) => ({ date: iso(+m[1], MONTH_OF.get(m[2].toLowerCase())!, +m[3]), precision: 'day' }),
  },
  { re: /\b(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.(?!\d)/g, parse: (m) => ({ date: iso(+m[1], +m[2], +m[3]), precision: 'day' }) },
  // 11.04.2023 (day.month.year, the European convention; also 11. 4. 2023)
  { re: /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/g, parse: (m) => ({ date: iso(+m[3], +m[2], +m[1]), precision: 'day' }) },
  // 11/04/2023, 4/11/2023: decided when one part cannot be a month, or by the language's convention
  // (day first everywhere but in American English; English text stays undecided)
  {
    re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
    parse: (m, dayFirst) => {
      const a = +m[1];
      const b = +m[2];
      if (a > 12 && b <= 12) return { date: iso(+m[3], b, a), precision: 'day' };
      if (b > 12 && a <= 12) return { date: iso(+m[3], a, b), precision: 'day' };
      if (a === b) return { date: iso(+m[3], a, b), precision: 'day' };
      if (dayFirst) return { date: iso(+m[3], b, a), precision: 'day' };
      return { date: null, precision: 'unknown' };
    },
  },
];

/** Every full date in `s`, in order of appearance. `dayFirst`: read 05/03/2024 as 5 March (not in English). */
export function findDates(s: string, dayFirst = false): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { re, parse } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const r = parse(m, dayFirst);
      if (!r) continue;
      if (r.date === null && r.precision === 'day') continue; // impossible date such as 31.02.2023
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.index + f.text.length && end > f.index)) continue;
      found.push({ text: m[0].trim(), date: r.date, precision: r.precision, index: start });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A machine date (ISO, RFC 2822, WordPress "2023-11-03T10:15:00") from metadata. */
export function parseMetaDate(s: string, dayFirst = false): { date: string | null; precision: DatePrecision } {
  const t = s.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return { date: iso(+m[1], +m[2], +m[3]), precision: 'day' };
  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m && +m[2] >= 1 && +m[2] <= 12) return { date: `${m[1]}-${m[2]}`, precision: 'month' };
  m = /^(\d{4})$/.exec(t);
  if (m) return { date: m[1], precision: 'year' };
  m = /^(\d{4})(\d{2})(\d{2})(?:\d{6})?$/.exec(t);
  if (m) return { date: iso(+m[1], +m[2], +m[3]), precision: 'day' };
  const found = findDates(t, dayFirst);
  if (found.length) return { date: found[0].date, precision: found[0].precision };
  const ms = Date.parse(t);
  if (!Number.isNaN(ms) && /[a-z]{3}/i.test(t)) {
    const d = new Date(ms);
    return { date: iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), precision: 'day' };
  }
  return { date: null, precision: 'unknown' };
}
