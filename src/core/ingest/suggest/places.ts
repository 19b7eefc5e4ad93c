/**
 * Places below country level. Well-known places of this war (and of defectors' routes) are recognised in
 * the spellings and case forms of the vocabularies' languages, with their country; any other capitalised
 * name after "village of", "near", «под», "bei", "lângă", "netoli" and the like is reported without one.
 */
import type { Context } from './context';
import type { CountryMention } from './countries';
import type { Person } from './people';
import { findTerms } from './terms';

export interface Place {
  name: string;
  country: string | null;
  start: number;
  end: number;
}

const KNOWN: { name: string; country: string; terms: string[] }[] = [
  { name: 'Kyiv', country: 'UA', terms: ['kyiv', 'kiev', 'kiew', 'kijów', 'kijowie', 'kyjev*', 'kyjiv*', 'киев*', 'київ*'] },
  {
    name: 'Kharkiv',
    country: 'UA',
    terms: [
      'kharkiv',
      'kharkov',
      'charkiw',
      'charków',
      'charkov*',
      'járkov',
      'harkov',
      'charkiv*',
      'харьков*',
      'харків*',
      'харківщин*',
      'харьковск*',
    ],
  },
  { name: 'Bucha', country: 'UA', terms: ['bucha', 'butscha', 'boetsja', 'bucza', 'buča', 'boutcha', 'буч*'] },
  { name: 'Irpin', country: 'UA', terms: ['irpin', 'irpień', 'ирпен*', 'ірпін*'] },
  { name: 'Mariupol', country: 'UA', terms: ['mariupol*', 'marioupol', 'mariupolio', 'мариупол*', 'маріупол*'] },
  { name: 'Kherson', country: 'UA', terms: ['kherson', 'cherson*', 'chersoń*', 'chersoni*', 'херсон*'] },
  { name: 'Zaporizhzhia', country: 'UA', terms: ['zaporizhzhia', 'zaporozhye', 'saporischschja', 'запорож*', 'запоріж*'] },
  { name: 'Bakhmut', country: 'UA', terms: ['bakhmut', 'bachmut', 'бахмут*'] },
  { name: 'Soledar', country: 'UA', terms: ['soledar', 'соледар*'] },
  { name: 'Avdiivka', country: 'UA', terms: ['avdiivka', 'awdijiwka', 'avdiyivka', 'авдеевк*', 'авдіївк*'] },
  { name: 'Vuhledar', country: 'UA', terms: ['vuhledar', 'ugledar', 'угледар*', 'вугледар*'] },
  { name: 'Vovchansk', country: 'UA', terms: ['vovchansk', 'волчанск*', 'вовчанськ*'] },
  { name: 'Izium', country: 'UA', terms: ['izium', 'izyum', 'изюм*', 'ізюм*'] },
  { name: 'Donetsk', country: 'UA', terms: ['donetsk', 'donezk', 'донецк*', 'донецьк*'] },
  { name: 'Luhansk', country: 'UA', terms: ['luhansk', 'lugansk', 'luhanska', 'луганск*', 'луганськ*'] },
  { name: 'Donbas', country: 'UA', terms: ['donbas', 'donbass', 'донбас*'] },
  { name: 'Makiivka', country: 'UA', terms: ['makiivka', 'makijivka', 'makeevka', 'макеевк*', 'макіївк*'] },
  {
    name: 'Crimea',
    country: 'UA',
    terms: [
      'crimea',
      'krim',
      'crimée',
      'krym',
      'krymu',
      'krymie',
      'crimeea',
      'крым',
      'крыма',
      'крыму',
      'крымом',
      'крим',
      'криму',
      'кримом',
      'кримі',
    ],
  },
  {
    name: 'Moscow',
    country: 'RU',
    terms: ['moscow', 'moskau', 'moscou', 'moskw*', 'moskv*', 'moscova', 'mosca', 'moscú', 'moskou', 'maskv*', 'москв*'],
  },
  {
    name: 'St Petersburg',
    country: 'RU',
    terms: ['st petersburg', 'saint petersburg', 'sankt petersburg', 'петербург*', 'санкт-петербург*'],
  },
  { name: 'Belgorod', country: 'RU', terms: ['belgorod', 'белгород*', 'бєлгород*'] },
  { name: 'Kursk', country: 'RU', terms: ['kursk', 'курск*'] },
  { name: 'Voronezh', country: 'RU', terms: ['voronezh', 'woronesch', 'vorónezh', 'woroneż', 'воронеж*'] },
  { name: 'Yakutsk', country: 'RU', terms: ['yakutsk', 'jakutsk', 'якутск*'] },
  { name: 'Siberia', country: 'RU', terms: ['siberia', 'sibirien', 'sibérie', 'syberi*', 'sibiř*', 'сибир*', 'сибір*'] },
  { name: 'Chechnya', country: 'RU', terms: ['chechnya', 'tschetschenien', 'czeczeni*', 'чечн*'] },
  { name: 'Buryatia', country: 'RU', terms: ['buryatia', 'бурят*'] },
  { name: 'Tuva', country: 'RU', terms: ['tuva', 'тыва', 'тува'] },
  { name: 'Vilnius', country: 'LT', terms: ['vilnius', 'vilniaus', 'wilno', 'вильнюс*', 'вільнюс*'] },
  { name: 'Medininkai', country: 'LT', terms: ['medininkai', 'medininkų'] },
  { name: 'The Hague', country: 'NL', terms: ['the hague', 'den haag', 'la haye', 'haga', 'гаага*', 'гааз*'] },
  { name: 'Berlin', country: 'DE', terms: ['berlin', 'берлин*', 'берлін*'] },
  { name: 'Prague', country: 'CZ', terms: ['prague', 'prag', 'praha', 'prahy', 'prahu', 'praga', 'прага*'] },
  { name: 'Madrid', country: 'ES', terms: ['madrid'] },
  { name: 'Paris', country: 'FR', terms: ['paris', 'paryż', 'париж*'] },
  { name: 'Cape Town', country: 'ZA', terms: ['cape town', 'kapstadt'] },
  { name: 'Kirkenes', country: 'NO', terms: ['kirkenes'] },
  { name: 'Istanbul', country: 'TR', terms: ['istanbul', 'stambuł', 'стамбул*'] },
  { name: 'Białowieża', country: 'PL', terms: ['białowieża', 'białowieży', 'bialowieza'] },
  { name: 'Tbilisi', country: 'GE', terms: ['tbilisi', 'тбилиси'] },
  { name: 'Almaty', country: 'KZ', terms: ['almaty', 'алматы'] },
  { name: 'Yerevan', country: 'AM', terms: ['yerevan', 'ereván', 'jerewan', 'ереван*'] },
  { name: 'Minsk', country: 'BY', terms: ['minsk', 'минск*', 'мінськ*'] },
];

const CUE =
  /(?<![\p{L}\p{M}])(?:village of|town of|city of|region of|near|outside|bei|nahe|lângă|în zona|în apropiere de|près de|non lontano da|vicino a|nei pressi di|cerca de|bij|nabij|netoli|nieopodal|w pobliżu|koło|poblíž|u|у|под|возле|близ|біля|поблизу|в районе|в районі|в селе|в поселке|в селі|в місті|в городе)\s+(?:(?:the\s+)?(?:village|town|city)\s+of\s+)?(\p{Lu}[\p{Ll}\p{M}-]+)/gu;

export function findPlaces(ctx: Context, countries: CountryMention[], people: Person[]): Place[] {
  const out: Place[] = [];
  for (const k of KNOWN)
    for (const h of findTerms(ctx.folded, k.terms)) out.push({ name: k.name, country: k.country, start: h.start, end: h.end });
  for (const m of ctx.text.matchAll(CUE)) {
    const start = m.index + m[0].length - m[1].length;
    if (out.some((p) => p.start <= start && start < p.end)) continue;
    if (
      countries.some((c) => c.start <= start && start < c.end) ||
      people.some((p) => p.mentions.some((x) => x.start <= start && start < x.end))
    )
      continue;
    out.push({ name: m[1], country: null, start, end: start + m[1].length });
  }
  return out.sort((a, b) => a.start - b.start);
}
