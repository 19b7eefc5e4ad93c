/**
 * Outlets the article cites ("told the BBC", "according to NPO1", "relatează CNN", "сообщает «Медуза»").
 * Well-known outlets and platforms are recognised anywhere by name (in the spellings and case forms the
 * languages use) and reported under their usual name; unknown ones are taken from a citation cue followed
 * by a «quoted» or capitalised name, from "Source:" lines, and from bare domain names (dziennik.pl).
 */
import type { Context } from './context';
import { hits } from './context';
import { fold } from './fold';
import { givenName } from './names';
import type { Person } from './people';
import { findTerms } from './terms';

/**
 * caseSensitive: written in capitals (AP, NOS); titleCase: every word capitalised (The Sun, not "The sun rose");
 * lastCapital: the name itself capitalised after its cue ("za Danas", not "za danas": for today).
 */
const KNOWN: { name: string; terms: string[]; caseSensitive?: boolean; titleCase?: boolean; lastCapital?: boolean }[] = [
  { name: 'BBC News', terms: ['bbc news'] },
  { name: 'BBC', terms: ['bbc', 'би-би-си', 'бі-бі-сі', 'русская служба bbc', 'bbc russian'] },
  { name: 'Reuters', terms: ['reuters', 'рейтер*', 'reutera', 'reutersu'] },
  { name: 'AP', terms: ['ap', 'associated press'], caseSensitive: true },
  { name: 'AFP', terms: ['afp', 'agence france-presse'], caseSensitive: true },
  { name: 'CNN', terms: ['cnn'] },
  { name: 'POLITICO', terms: ['politico'] },
  { name: 'NPO1', terms: ['npo1', 'npo 1', 'npo'] },
  { name: 'NOS', terms: ['nos'], caseSensitive: true },
  { name: 'RTL Nieuws', terms: ['rtl nieuws'] },
  { name: 'Newsweek', terms: ['newsweek'] },
  {
    name: 'Radio Liberty',
    terms: ['radio liberty', 'radio svoboda', 'радио свобода', 'радіо свобода', 'радио «свобода»', 'радіо «свобода»', 'რადიო თავისუფლება'],
  },
  {
    name: 'Radio Free Europe',
    terms: [
      'radio free europe',
      'rfe/rl',
      'europa liberă',
      'europa libera',
      'radio europa liberă',
      'radio europa libera',
      'szabad európa',
      'свободна европа',
      'slobodna evropa',
      'слободна европа',
      'radio slobodna evropa',
      'радио слободна европа',
    ],
  },
  { name: 'The New Voice of Ukraine', terms: ['new voice of ukraine', 'nv.ua'] },
  { name: 'The Guardian', terms: ['guardian'] },
  { name: 'The Irish Times', terms: ['irish times'] },
  { name: 'The Times', terms: ['the times'], titleCase: true },
  { name: 'The Telegraph', terms: ['telegraph'] },
  { name: 'The New York Times', terms: ['new york times'] },
  // In capitals only: Finnish "nyt" is "now".
  { name: 'The New York Times', terms: ['nyt'], caseSensitive: true },
  { name: 'The Washington Post', terms: ['washington post'] },
  { name: 'The Wall Street Journal', terms: ['wall street journal', 'wsj'] },
  { name: 'Financial Times', terms: ['financial times'] },
  { name: 'The Economist', terms: ['economist'] },
  { name: 'Sky News', terms: ['sky news'] },
  { name: 'Al Jazeera', terms: ['al jazeera'] },
  { name: 'Kyiv Independent', terms: ['kyiv independent'] },
  { name: 'Kyiv Post', terms: ['kyiv post'] },
  { name: 'Meduza', terms: ['meduza', 'медуза', 'медузы', 'медузе', 'მედუზა'] },
  { name: 'Mediazona', terms: ['mediazona', 'медиазона', 'медиазоны', 'медиазоне', 'медіазона'] },
  { name: 'Novaya Gazeta', terms: ['novaya gazeta', 'новая газета', 'новой газеты', 'новой газете'] },
  { name: 'iStories', terms: ['istories', 'важные истории', 'важных историй', '«важным историям»', 'важным историям'] },
  { name: 'The Insider', terms: ['the insider'] },
  { name: 'TV Rain', terms: ['tv rain', 'дождь', 'телеканал дождь', 'телеканала «дождь»'] },
  { name: 'Current Time', terms: ['current time', 'настоящее время'] },
  { name: 'Verstka', terms: ['verstka', 'вёрстка', 'верстка', 'вёрстки', 'верстки'] },
  { name: 'TASS', terms: ['tass', 'тасс'] },
  { name: 'RIA Novosti', terms: ['ria novosti', 'риа новости'] },
  { name: 'Interfax', terms: ['interfax', 'интерфакс'] },
  {
    name: 'Ukrainska Pravda',
    terms: ['ukrainska pravda', 'українська правда', 'українській правді', 'української правди', 'украинская правда'],
  },
  { name: 'Suspilne', terms: ['suspilne', 'суспільне', 'суспільного', 'суспільному'] },
  { name: 'Hromadske', terms: ['hromadske', 'громадське', 'громадського', 'громадському', 'громадським', 'громадское'] },
  { name: 'Ukrinform', terms: ['ukrinform', 'укрінформ'] },
  { name: 'UNIAN', terms: ['unian', 'уніан'] },
  { name: 'dziennik.pl', terms: ['dziennik.pl'] },
  { name: 'Onet', terms: ['onet', 'onet.pl'] },
  { name: 'RMF FM', terms: ['rmf fm', 'rmf'] },
  { name: 'TVN24', terms: ['tvn24'] },
  { name: 'Gazeta Wyborcza', terms: ['gazeta wyborcza', 'gazety wyborczej', 'wyborcza'] },
  { name: 'Rzeczpospolita', terms: ['rzeczpospolita', 'rzeczpospolitej'] },
  // "Fakt" is also the word "fact": only in its case forms or after a citation word, with its capital.
  {
    name: 'Fakt',
    terms: ['faktowi', 'dla faktu', 'według faktu', 'dziennik fakt', 'dziennikowi fakt', 'dziennika fakt'],
    lastCapital: true,
  },
  { name: 'Super Express', terms: ['super express', 'super expressu', 'super expressowi'] },
  { name: 'Interia', terms: ['interia', 'interii'] },
  { name: 'Gazeta.pl', terms: ['gazeta.pl'] },
  { name: 'PAP', terms: ['pap'], caseSensitive: true },
  { name: 'ČTK', terms: ['čtk', 'ctk'], caseSensitive: true },
  { name: 'iROZHLAS', terms: ['irozhlas'] },
  { name: 'Seznam Zprávy', terms: ['seznam zprávy', 'seznam zpravy', 'seznamu zprávy'] },
  { name: 'Novinky', terms: ['novinky.cz', 'novinky'] },
  { name: 'Le Monde', terms: ['le monde', 'au monde'] },
  { name: 'Le Figaro', terms: ['le figaro', 'au figaro'] },
  { name: 'Mediapart', terms: ['mediapart'] },
  { name: 'France Info', terms: ['france info', 'franceinfo'] },
  { name: 'Libération', terms: ['libération'] },
  { name: 'Libertatea', terms: ['libertatea'], titleCase: true },
  { name: 'France 24', terms: ['france 24'] },
  { name: 'RFI', terms: ['rfi'], caseSensitive: true },
  { name: 'BFMTV', terms: ['bfmtv', 'bfm tv'] },
  { name: 'Spiegel', terms: ['spiegel', 'der spiegel', 'spiegels'] },
  { name: 'ARD', terms: ['ard'], caseSensitive: true },
  { name: 'ZDF', terms: ['zdf'], caseSensitive: true },
  { name: 'taz', terms: ['taz'], caseSensitive: true },
  { name: 'APA', terms: ['apa'], caseSensitive: true },
  { name: 'ORF', terms: ['orf'], caseSensitive: true },
  { name: 'Tagesschau', terms: ['tagesschau'] },
  { name: 'MDR', terms: ['mdr'], caseSensitive: true },
  { name: 'NDR', terms: ['ndr'], caseSensitive: true },
  { name: 'WDR', terms: ['wdr'], caseSensitive: true },
  { name: 'SWR', terms: ['swr'], caseSensitive: true },
  { name: 'RBB', terms: ['rbb'], caseSensitive: true },
  { name: 'Deutschlandfunk', terms: ['deutschlandfunk'] },
  { name: 'Bild', terms: ['bild', 'bild-zeitung'], caseSensitive: true },
  { name: 'Deutsche Welle', terms: ['deutsche welle', 'dw'] },
  { name: 'dpa', terms: ['dpa'], caseSensitive: true },
  { name: 'FAZ', terms: ['faz', 'frankfurter allgemeine'] },
  { name: 'Süddeutsche Zeitung', terms: ['süddeutsche zeitung', 'süddeutschen zeitung'] },
  { name: 'Die Zeit', terms: ['die zeit', 'zeit online'] },
  { name: 'Corriere della Sera', terms: ['corriere della sera', 'corriere'] },
  { name: 'la Repubblica', terms: ['repubblica'] },
  { name: 'La Stampa', terms: ['la stampa'] },
  { name: 'ANSA', terms: ['ansa'], caseSensitive: true },
  { name: 'Rai News', terms: ['rai news', 'rainews', 'rai news 24'] },
  { name: 'RAI', terms: ['rai'], caseSensitive: true },
  { name: 'El País', terms: ['el país', 'el pais'] },
  { name: 'El Mundo', terms: ['el mundo'] },
  { name: 'EFE', terms: ['efe'], caseSensitive: true },
  { name: 'RTVE', terms: ['rtve'] },
  { name: 'La Vanguardia', terms: ['la vanguardia'] },
  { name: 'LRT', terms: ['lrt'], caseSensitive: true },
  { name: 'ELTA', terms: ['elta'], caseSensitive: true },
  { name: 'BNS', terms: ['bns'], caseSensitive: true },
  { name: 'Delfi', terms: ['delfi'] },
  { name: '15min', terms: ['15min'] },
  { name: 'Digi24', terms: ['digi24'] },
  { name: 'HotNews', terms: ['hotnews'] },
  { name: 'Agerpres', terms: ['agerpres'] },
  { name: 'Mediafax', terms: ['mediafax'] },
  { name: 'TV Rain (Dozhd)', terms: ['dozhd', 'dojd', 'doschd'] },
  { name: 'Agentstvo', terms: ['agentstvo', 'агентство новости', '«агентство»'] },
  { name: 'Proekt', terms: ['proekt', '«проект»'] },
  { name: 'The Moscow Times', terms: ['moscow times'] },
  { name: 'Fontanka', terms: ['fontanka', 'фонтанка'] },
  { name: 'Sever.Realii', terms: ['sever.realii', 'север.реалии'] },
  { name: 'Sibir.Realii', terms: ['sibir.realii', 'сибирь.реалии'] },
  { name: 'Kommersant', terms: ['kommersant', 'коммерсант*'] },
  { name: 'RBC', terms: ['rbc', 'рбк'], caseSensitive: true },
  { name: 'Babel', terms: ['babel', 'бабель'] },
  { name: 'NV', terms: ['nv'], caseSensitive: true },
  { name: '24 Kanal', terms: ['24 kanal', '24 канал'] },
  { name: 'TSN', terms: ['tsn', 'тсн'], caseSensitive: true },
  { name: 'Schemes (Skhemy)', terms: ['skhemy', 'схеми'] },
  { name: 'NRC', terms: ['nrc'], caseSensitive: true },
  { name: 'ANP', terms: ['anp'], caseSensitive: true },
  { name: 'De Telegraaf', terms: ['telegraaf'] },
  { name: 'Algemeen Dagblad', terms: ['algemeen dagblad'] },
  { name: 'de Volkskrant', terms: ['volkskrant'] },
  { name: 'Trouw', terms: ['trouw'] },
  { name: 'Le Parisien', terms: ['le parisien', 'au parisien'] },
  // Belgium, Norway, Denmark, Spain, Turkey: national broadcasters, agencies and dailies.
  { name: 'Le Soir', terms: ['le soir', 'au soir'] },
  { name: 'La Libre Belgique', terms: ['la libre belgique'] },
  { name: 'RTBF', terms: ['rtbf'], caseSensitive: true },
  { name: 'VRT', terms: ['vrt', 'vrt nws'], caseSensitive: true },
  { name: 'Belga', terms: ['belga'], titleCase: true },
  { name: 'De Standaard', terms: ['de standaard'] },
  { name: 'NRK', terms: ['nrk'], caseSensitive: true },
  { name: 'Aftenposten', terms: ['aftenposten'] },
  { name: 'NTB', terms: ['ntb'], caseSensitive: true },
  { name: 'Cadena SER', terms: ['cadena ser'] },
  { name: 'Habertürk', terms: ['habertürk', 'haberturk'] },
  { name: 'Bianet', terms: ['bianet'] },
  { name: "L'Express", terms: ["l'express"] },
  { name: 'Ouest-France', terms: ['ouest-france'] },
  { name: 'Der Standard', terms: ['der standard', 'dem standard'] },
  { name: 'NZZ', terms: ['nzz', 'neue zürcher zeitung'] },
  { name: 'Tagesspiegel', terms: ['tagesspiegel'] },
  { name: 'Die Welt', terms: ['welt am sonntag', 'welt.de', 'zeitung die welt', 'zeitung welt'] },
  { name: 'n-tv', terms: ['n-tv', 'ntv'] },
  { name: 't-online', terms: ['t-online'] },
  { name: 'Polsat News', terms: ['polsat news', 'polsat'] },
  { name: 'Wirtualna Polska', terms: ['wirtualna polska', 'wp.pl'] },
  { name: 'Deník N', terms: ['deník n', 'deníku n'] },
  { name: 'ČT24', terms: ['čt24', 'česká televize', 'české televize'] },
  { name: 'Český rozhlas', terms: ['český rozhlas', 'českého rozhlasu', 'českému rozhlasu', 'českém rozhlasu'] },
  { name: 'Sky TG24', terms: ['sky tg24'] },
  { name: 'La Razón', terms: ['la razón'] },
  { name: 'El Confidencial', terms: ['el confidencial'] },
  { name: 'Europa Press', terms: ['europa press'] },
  { name: 'G4Media', terms: ['g4media'] },
  { name: 'Adevărul', terms: ['adevărul', 'adevarul'] },
  { name: 'Lrytas', terms: ['lrytas'] },
  { name: 'ERR', terms: ['err'], caseSensitive: true },
  { name: 'Yle', terms: ['yle', 'ylen', 'ylelle', 'yleltä', 'yleisradio'] },
  { name: 'LSM', terms: ['lsm'], caseSensitive: true },
  { name: 'Lusa', terms: ['lusa'] },
  { name: 'RTP', terms: ['rtp'], caseSensitive: true },
  { name: 'SIC', terms: ['sic notícias', 'sic'], caseSensitive: true },
  { name: 'TVI', terms: ['tvi', 'cnn portugal'], caseSensitive: true },
  { name: 'Público', terms: ['público'], titleCase: true },
  { name: 'Expresso', terms: ['expresso'], titleCase: true },
  { name: 'Observador', terms: ['observador'], titleCase: true },
  { name: 'Diário de Notícias', terms: ['diário de notícias'] },
  { name: 'Jornal de Notícias', terms: ['jornal de notícias'] },
  { name: 'Correio da Manhã', terms: ['correio da manhã'] },
  { name: 'Folha de S.Paulo', terms: ['folha de s.paulo', 'folha de são paulo'] },
  { name: 'O Globo', terms: ['o globo'], titleCase: true },
  { name: 'SVT', terms: ['svt'], caseSensitive: true },
  { name: 'Sveriges Radio', terms: ['sveriges radio', 'ekot'] },
  { name: 'Dagens Nyheter', terms: ['dagens nyheter'] },
  { name: 'Svenska Dagbladet', terms: ['svenska dagbladet', 'svd'] },
  { name: 'Aftonbladet', terms: ['aftonbladet'] },
  { name: 'Expressen', terms: ['expressen'] },
  { name: 'TT', terms: ['tt'], caseSensitive: true },
  { name: 'Göteborgs-Posten', terms: ['göteborgs-posten'] },
  { name: 'TV4', terms: ['tv4'] },
  { name: 'Helsingin Sanomat', terms: ['helsingin sanomat', 'helsingin sanomille', 'helsingin sanomien', 'helsingin sanomissa'] },
  { name: 'Ilta-Sanomat', terms: ['ilta-sanomat', 'ilta-sanomille', 'ilta-sanomien'] },
  { name: 'Iltalehti', terms: ['iltalehti', 'iltalehdelle', 'iltalehden'] },
  { name: 'MTV Uutiset', terms: ['mtv uutiset', 'mtv uutisille', 'mtv uutisten'] },
  { name: 'STT', terms: ['stt'], caseSensitive: true },
  { name: 'Hufvudstadsbladet', terms: ['hufvudstadsbladet'] },
  { name: 'LETA', terms: ['leta'], caseSensitive: true },
  { name: 'TVNET', terms: ['tvnet'] },
  { name: 'Latvijas Radio', terms: ['latvijas radio', 'latvijas radio 4'] },
  { name: 'LTV', terms: ['ltv'], caseSensitive: true },
  { name: 'Re:Baltica', terms: ['re:baltica'] },
  { name: 'Bloomberg', terms: ['bloomberg'] },
  { name: 'CBS News', terms: ['cbs news', 'cbs'] },
  { name: 'NBC News', terms: ['nbc news', 'nbc'] },
  { name: 'ABC News', terms: ['abc news'] },
  { name: 'Fox News', terms: ['fox news'] },
  { name: 'NPR', terms: ['npr'], caseSensitive: true },
  { name: 'PBS', terms: ['pbs'], caseSensitive: true },
  { name: 'Daily Mail', terms: ['daily mail', 'mailonline'] },
  { name: 'Daily Mirror', terms: ['daily mirror'] },
  { name: 'Daily Express', terms: ['daily express'] },
  { name: 'The Sun', terms: ['the sun'], titleCase: true },
  { name: 'The Independent', terms: ['the independent'], titleCase: true },
  { name: 'Euronews', terms: ['euronews'] },
  { name: 'Axios', terms: ['axios'] },
  { name: 'Vot Tak', terms: ['vot tak'] },
  {
    name: 'Novaya Gazeta Europe',
    terms: ['novaya gazeta europe', 'новая газета европа', 'новой газете европа', 'новой газеты европа', 'новую газету европа'],
  },
  // hu, tr, bg, sr (Cyrillic and Latin), hr, ka
  { name: 'MTI', terms: ['mti'], caseSensitive: true },
  { name: 'Telex', terms: ['telex'] },
  { name: 'Index', terms: ['index'] },
  { name: 'HVG', terms: ['hvg'], caseSensitive: true },
  { name: '24.hu', terms: ['24.hu'] },
  { name: 'Népszava', terms: ['népszava'] },
  { name: 'Blikk', terms: ['blikk'] },
  { name: 'Origo', terms: ['origo'], titleCase: true },
  { name: 'RTL', terms: ['rtl'], caseSensitive: true },
  { name: 'Magyar Nemzet', terms: ['magyar nemzet'] },
  { name: 'Anadolu Ajansı', terms: ['anadolu ajansı', 'anadolu agency', 'anadolu'] },
  { name: 'Hürriyet', terms: ['hürriyet'] },
  { name: 'Sabah', terms: ['sabah gazetesi*', "sabah'a", "sabah'ın", "sabah'ta", "sabah'tan"] },
  { name: 'Milliyet', terms: ['milliyet'] },
  { name: 'Sözcü', terms: ['sözcü'] },
  { name: 'Cumhuriyet', terms: ['cumhuriyet gazetesi*', "cumhuriyet'e", "cumhuriyet'in"] },
  { name: 'TRT', terms: ['trt'], caseSensitive: true },
  { name: 'DHA', terms: ['dha', 'demirören haber ajansı'], caseSensitive: true },
  { name: 'BTA', terms: ['бта', 'bta'], caseSensitive: true },
  { name: 'BNT', terms: ['бнт', 'bnt'], caseSensitive: true },
  { name: 'bTV', terms: ['btv'] },
  { name: 'Dnevnik', terms: ['дневник'], titleCase: true },
  { name: 'Mediapool', terms: ['mediapool', 'медиапул'] },
  { name: 'Tanjug', terms: ['tanjug*', 'танјуг*'] },
  { name: 'Beta', terms: ['beta', 'бета'], titleCase: true },
  { name: 'N1', terms: ['n1'], caseSensitive: true },
  { name: 'RTS', terms: ['rts', 'ртс'], caseSensitive: true },
  {
    name: 'Danas',
    terms: ['za danas', 'list danas', 'listu danas', 'dnevnik danas', 'за данас', 'лист данас', 'листу данас'],
    lastCapital: true,
  },
  { name: 'Blic', terms: ['blic*', 'блиц*'] },
  { name: 'Politika', terms: ['list politika', 'listu politika', 'лист политика', 'листу политика'], lastCapital: true },
  { name: 'Večernje novosti', terms: ['večernje novosti', 'вечерње новости'] },
  { name: 'HRT', terms: ['hrt'], caseSensitive: true },
  { name: 'Jutarnji list', terms: ['jutarnji list', 'jutarnjem listu', 'jutarnjeg lista'] },
  { name: 'Index.hr', terms: ['index.hr'] },
  { name: 'Interpressnews', terms: ['interpressnews', 'ინტერპრესნიუსი'] },
  { name: 'Civil.ge', terms: ['civil.ge'] },
  { name: 'Netgazeti', terms: ['netgazeti', 'ნეტგაზეთი'] },
  { name: 'Publika', terms: ['publika.ge', 'პუბლიკა'] },
  { name: 'Rustavi 2', terms: ['rustavi 2', 'რუსთავი 2'] },
  { name: 'Mtavari', terms: ['mtavari', 'მთავარი არხი'] },
  { name: 'Georgian Public Broadcaster', terms: ['საზოგადოებრივი მაუწყებელი', '1tv.ge'] },
  { name: 'YouTube', terms: ['youtube', 'ютуб*', 'ютьюб*'] },
  { name: 'Telegram', terms: ['telegram', 'телеграм*', 'telegramie', 'telegramu'] },
  { name: 'Facebook', terms: ['facebook', 'фейсбук*'] },
  { name: 'X (Twitter)', terms: ['twitter', 'твиттер*'] },
  { name: 'VKontakte', terms: ['vkontakte', 'вконтакте'] },
];

/** Known outlets by name, longest name first at a position. */
// Languages that decline names ("jak podała Ukraińska Prawda", "pro Deník N", "Meduzy").
const DECLINING = new Set(['pl', 'cs', 'lt', 'ru', 'uk', 'ro', 'fi', 'lv']);

/**
 * A known outlet's terms in the forms a language cites it in: in declining languages each word of a Latin
 * name may take a case ending, and Polish/German write the transliterated v as w ("Ukraińska Prawda").
 */
const formsCache = new Map<readonly string[], Map<string, string[]>>();
function citedForms(terms: readonly string[], language: string): string[] {
  const mode = DECLINING.has(language) ? 'declining' : SUFFIXING.has(language) ? 'suffixing' : 'plain';
  let byTerms = formsCache.get(terms);
  if (!byTerms) formsCache.set(terms, (byTerms = new Map()));
  let forms = byTerms.get(mode);
  if (!forms)
    byTerms.set(
      mode,
      (forms = quotedForms(mode === 'declining' ? declinedForms(terms) : mode === 'suffixing' ? suffixedForms(terms) : [...terms])),
    );
  return forms;
}

// "die „Zeit“", "la «Repubblica»", "le « Monde »": a name that begins with an article, the rest in quotation marks.
const ARTICLE_NAME = /^(the|der|die|das|le|la|les|el|il|lo|de|het) (.+)$/u;
const QUOTE_PAIRS = [
  ['„', '“'],
  ['«', '»'],
  ['« ', ' »'],
  ['"', '"'],
  ['“', '”'],
];

function quotedForms(terms: string[]): string[] {
  const out = [...terms];
  for (const t of terms) {
    const m = ARTICLE_NAME.exec(t);
    if (m) for (const [open, close] of QUOTE_PAIRS) out.push(`${m[1]} ${open}${m[2]}${close}`);
  }
  return out;
}

/**
 * A case form is the name and an ending of a few letters: "Faktowi", "Meduzy", not "Originalas" for Origo. The
 * folded hit is at most three letters a word longer than the shortest of the name's terms it could stand for.
 */
function caseFormFits(terms: readonly string[], hit: string): boolean {
  const words = hit.split(/\s+/u).length;
  // Nor is it shorter than the name: the stem without an ending is another word (Latvian "Bet", but, is not Beta).
  return terms.some((t) => t.endsWith('*') || (fold(t).length + 3 * words >= hit.length && hit.length >= fold(t).length));
}

// "über Facebook finden", "via Telegram", «через Telegram»: a platform used to reach someone is no source cited.
const VIA = /(?:über|via|through|через|prin|przez|přes|por meio d[eo]|através d[eo])\s+(?:(?:den|dem|die|the|le|la)\s+)?$/iu;
const PLATFORMS = new Set(['Facebook', 'Telegram', 'YouTube', 'X (Twitter)', 'VKontakte']);

// Languages that add case suffixes to a name ("a Telexnek", "az Indexen", "ინტერპრესნიუსის"): its last word may
// continue (a Georgian name without its nominative -ი).
const SUFFIXING = new Set(['hu', 'ka']);

function suffixedForms(terms: readonly string[]): string[] {
  const out = new Set(terms);
  for (const t of terms) if (!t.endsWith('*') && /\p{L}{3}$/u.test(t)) out.add(`${t.replace(/ი$/u, '')}*`);
  return [...out];
}

function declinedForms(terms: readonly string[]): string[] {
  const out = new Set(terms);
  for (const t of terms) {
    // Latin names of four letters or more ("Onetu", "Faktowi") and Cyrillic ones («Вёрстке», «Медузе»).
    if (!/^[a-z ]+$|^[а-яёіїєґ ]+$/u.test(t) || t.length < 4) continue;
    const words = t.split(' ');
    const stem = (w: string) => (w.length >= 4 ? `${w.replace(/[aeiouyаяеоуыиіюєїьй]$/u, '')}*` : w);
    out.add(words.map(stem).join(' '));
    if (t.includes('v')) out.add(words.map((w) => stem(w.replace(/v/gu, 'w'))).join(' '));
  }
  return [...out];
}

// "riferisce l'Ansa", "según la Efe": an acronym written in title case, right after an article or a citation verb.
const TITLE_CASE_CUE =
  /(?:\b(?:l['’]|la|el|il|der|die|the|de)\s*|(?:riferisce|secondo|según|informa|reports?|selon|meldet|berichtet|podaje|pranešė|informează|segundo|uppger|enligt|kertoo|ziņo|vēsta)\s+)$/iu;

/** The word before or after [start, end), next to it across one space, is a word in capitals of two letters or more. */
function inCapitals(text: string, start: number, end: number): boolean {
  const before = /(?:^|[^\p{L}])(\p{L}{2,})[ \u00a0]$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = /^[ \u00a0](\p{L}{2,})/u.exec(text.slice(end, end + 30))?.[1];
  const caps = (w: string | undefined) => w !== undefined && w === w.toUpperCase() && w !== w.toLowerCase();
  return caps(before) || caps(after);
}

/** The first letters of each term (folded, before any wildcard): a name none of whose heads is in the text is not there. */
const headsCache = new Map<readonly string[], string[]>();
function heads(forms: readonly string[]): string[] {
  let h = headsCache.get(forms);
  if (!h) headsCache.set(forms, (h = [...new Set(forms.map((t) => fold(t).replace(/\*/gu, '').slice(0, 3)))]));
  return h;
}

function knownOutlets(ctx: Context): { name: string; start: number; end: number }[] {
  const found: { name: string; start: number; end: number }[] = [];
  for (const k of KNOWN) {
    const forms = citedForms(k.terms, ctx.language);
    // A plain substring test first: most of the list is absent from any one article, and a scan costs more.
    if (!heads(forms).some((h) => ctx.folded.includes(h))) continue;
    for (const h of findTerms(ctx.folded, forms)) {
      const surface = ctx.text.slice(h.start, h.end);
      const titleCased = /^\p{Lu}\p{Ll}+$/u.test(surface) && TITLE_CASE_CUE.test(ctx.text.slice(Math.max(0, h.start - 14), h.start));
      // Written in capitals, or exactly as the outlet writes itself (dpa).
      if (k.caseSensitive && surface !== surface.toUpperCase() && surface !== k.name && !(titleCased && surface.length >= 3)) continue;
      // «NOS DIJERON QUE…»: an acronym among words in capitals is a word of a headline written in capitals, not an outlet.
      if (k.caseSensitive && surface === surface.toUpperCase() && inCapitals(ctx.text, h.start, h.end)) continue;
      if (k.titleCase && !surface.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) continue;
      if (k.lastCapital && !/^\p{Lu}/u.test(surface.split(/\s+/).pop()!)) continue;
      // "tout le monde", "el país", "la stampa": an article and an ordinary word are not Le Monde, El País, La Stampa.
      if (
        /^(?:au|the|der|die|dem|le|la|el|il|de)\s+\p{Ll}/u.test(surface.replace(/^\p{Lu}/u, (c) => c.toLowerCase())) &&
        !surface.includes('.')
      )
        continue;
      // Names are written with a capital ("liberation" is not Libération); domains may be lower case; Georgian has none.
      if (
        !/[\p{Lu}\d«„"\u10d0-\u10ff]/u.test(surface) &&
        !surface.includes('.') &&
        !/^(?:au|the|der|die|le|la|el)\s/u.test(surface) &&
        !(k.caseSensitive && surface === k.name)
      )
        continue;
      if (DECLINING.has(ctx.language) && !caseFormFits(k.terms, ctx.folded.slice(h.start, h.end))) continue;
      if (PLATFORMS.has(k.name) && VIA.test(ctx.text.slice(Math.max(0, h.start - 30), h.start))) continue;
      found.push({ name: k.name, ...h });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((f, i) => !found.slice(0, i).some((o) => f.start < o.end && o.start < f.end));
}

/** «Name» right after a citation cue (сообщает «Медиазона», издание «Вёрстка», видання «Суспільне»). */
function cuedOutlets(ctx: Context, people: Person[]): string[] {
  const out: string[] = [];
  for (const h of hits(ctx, (v) => v.outletCues)) {
    const rest = ctx.text.slice(h.end, h.end + 50);
    const m =
      /^[\s,:]*(?:(?:the|der|die|dem|la|le|el|il|de)\s+)?(?:[„«“"]([^„«“”»"]{2,40})[”»“"]|((?:\p{Lu}[\p{L}\d.]*|\d+\p{L}+)(?:[\s-](?:\p{Lu}[\p{L}\d.]*|\d+))*))/u.exec(
        rest,
      );
    const name = m?.[1] ?? m?.[2];
    if (!name || !m?.[1]) continue; // only quoted names: capitalised ones are too often people and places
    // go on "meat assaults": a quoted phrase in lower case is a phrase, not a name.
    if (!/^[\p{Lu}\d\u10d0-\u10ff]/u.test(name.trim())) continue;
    if (people.some((p) => fold(p.name).includes(fold(name)))) continue;
    out.push(name.trim());
  }
  return out;
}

/** The agency or outlet in a dateline: "PARIS, March 4 (Northwire) -", "WIEN (dpa) -", "GENÈVE (Agence Lémanique) -". */
function datelines(ctx: Context): string[] {
  const out: string[] = [];
  for (const p of ctx.paragraphs.slice(0, 6)) {
    // The city in capitals ("PARIS") or, in German and Austrian copy, in title case ("Wien (APA) -").
    const m =
      /^(?:\p{Lu}[\p{Lu}\p{M} .'-]{1,30}|\p{Lu}[\p{Ll}\p{M}.'-]+(?: \p{Lu}[\p{Ll}\p{M}.'-]+)?)(?:,[^()\n]{1,30})?\s\(([\p{L}][\p{L}\p{M}\d .&'-]{1,38})\)(?:\s*[-–—]|\.\s)/u.exec(
        ctx.text.slice(p.start, p.end),
      );
    if (m) out.push(m[1].trim());
  }
  return out;
}

// Telling a named outlet: "told CNN", "a déclaré à la Tribune de Genève", "zei hij tegen het Algemeen Dagblad",
// "schilderte dem ORF", "ha raccontato al Corriere", "contó a la agencia EFE", "a povestit pentru Digi24".
const TOLD =
  /(?:\btold(?:\s+(?:his|her|their|the|this|that|its)\s+(?:story|account|version|tale))?\s+to|\btold|(?:témoign|confi|racont|expliqu|parl)\p{L}*(?:,[^.!?,]{1,40},)?\s+auprès\s+(?:de\s+la|de\s+l'|du|des|de)|(?:en\s+)?declaraciones\s+(?:a|al)|[Ee]m declarações (?:à|ao)|ai microfoni d[ie]|[Ss]peaking to|[Tt]alking to|\bspoke to|[Ii]n an interview with|(?:sagte|schilderte|erzählte)(?:\s(?:er|sie))?\sdem|déclaré à|dit à|raconté à|raconte à|confié à|confie à|dans un entretien (?:accordé )?à|[Ii]m Gespräch mit|[Ii]n einem Interview mit|in een interview met|in un['’]intervista (?:a|con)|en una entrevista con|într-un interviu (?:acordat|pentru)|interviu(?:l)? (?:acordat )?pentru|w rozmowie z|v rozhovoru pro|\btegen|vertelde aan|detto a|raccontato a|dichiarato a|dijo a|contó a|declaró a|(?:povestit|declarat|spus) pentru|(?:disse|contou|declarou|afirmou|revelou|relatou) (?:à|ao)|em entrevista (?:à|ao)|(?:säger|sa|berättar|berättade)(?:\s(?:han|hon))?\s(?:till|för)|i en intervju med)\s+(?:(?:the|der|die|dem|la|le|l'|het|de|al|alla|il|el|a la|al)\s+)?(?:(?:chaîne|journal|quotidien|agence|site|newspaper|channel|broadcaster|agency|zeitung|sender|agentur|krant|zender|agenzia|testata|quotidiano|agencia|diario|cadena|postul|agenția|ziarul)\s+)?((?:\p{Lu}[\p{L}\p{M}\d.]*)(?:[ \u00a0](?:(?:de|della|del|di|van|du)[ \u00a0])?\p{Lu}[\p{L}\p{M}\d.]*){0,3})/gu;

// Capitalised words that make a name an institution, not an outlet.
const INSTITUTION =
  /(?:minist|office|court|police|polizei|gericht|tribunal|\bcour\b|commission|comisi|commissione|service|servicio|dienst|department|departament|parliament|parlament|government|regierung|gouvernement|prosecut|staatsanwalt|parquet|procur|army|armee|armée|bundesamt|\bamt\b|agency for|council|rat\b|union|nations|kremlin|pentagon|board|authority|behörde|inspector|directorat|urząd|urzęd|úřad|tarnyb|s[ąa]d\b|sądowi|prokurat|policj|straż|hivatal|bírós|rendőr)/iu;

// German perfect puts the verb of telling last: "hat dem Deutschlandfunk auch von … erzählt", "hat der Zeit gesagt".
const TOLD_LAST =
  /\b(?:hat|habe|haben|hatte)\s+(?:er\s+|sie\s+)?(?:dem|der)\s+((?:\p{Lu}[\p{L}\p{M}\d.]*)(?:[ \u00a0]\p{Lu}[\p{L}\p{M}\d.]*){0,2})(?=[^.!?]{0,80}\b(?:erzählt|gesagt|berichtet|geschildert|bestätigt)\b)/gu;

// "wie zuvor der MDR berichtet hatte", "wie die Zeitung X meldete": an outlet as the one that reported.
const REPORTED_AS =
  /\b[Ww]ie\s+(?:zuvor\s+|bereits\s+|auch\s+)?(?:der|die|das)\s+((?:\p{Lu}[\p{L}\p{M}\d.]*)(?:[ \u00a0]\p{Lu}[\p{L}\p{M}\d.]*){0,2})(?=\s+(?:berichtet|berichtete|meldet|meldete|schreibt|schrieb)(?![\p{L}]))/gu;
const MEDIUM_KIND =
  /^(?:Nachrichtenagentur|Presseagentur|Agentur|Zeitung|Tageszeitung|Wochenzeitung|Boulevardzeitung|Sender|Fernsehsender|Radiosender|Magazin|Nachrichtenmagazin|Zeitschrift|Portal|Nachrichtenportal)[ \u00a0]+(?=\p{Lu})/u;
// A dative after a verb of telling, in languages that tell an outlet without a preposition: Hungarian "meséli … a
// Blikknek", "nyilatkozta az Indexnek"; Polish "opowiada Faktowi", "powiedział Onetowi". The name is the stem.
const TOLD_DATIVE =
  /(?<![\p{L}])(?:(?:meséli|mesélte|mondta|mondja|nyilatkozta|elmondta|árulta el|idézi)(?:[^.!?]{0,60}?)\s(?:a|az)\s(\p{Lu}[\p{L}\p{M}\d]+?)(?:nek|nak)|(?:opowiada|opowiedział\p{L}*|powiedział\p{L}*|mówi|relacjonuje|przyznał\p{L}*)\s(\p{Lu}[\p{L}\p{M}\d]+?)owi)(?![\p{L}])/gu;

// The dative before the verb of telling: Hungarian "a 444-nek is nyilatkozott", "a Telexnek mesélte"; Turkish
// "Habertürk'e anlattı", "Sözcü'ye konuştu" (the case ending after an apostrophe). The name is the stem.
const TOLD_DATIVE_AFTER =
  /(?<![\p{L}])(?:(?:a|az)\s(\p{Lu}[\p{L}\p{M}\d]*?|\d+)-?(?:nek|nak)\s(?:is\s|már\s|korábban\s|részletesen\s)?(?:nyilatkoz|mesél|mondt|mondja|elmond|elmesél|beszél|árult)|(\p{Lu}[\p{L}\p{M}\d]+)['’](?:e|a|ye|ya|ne|na)\s(?:de\s|da\s|daha önce\s|verdiği\s)?(?:anlat|söyle|konuş|açıkla|demeç|röportaj))/gu;

/** Outlets told something in the article, by name, when the name is no person, place or institution. */
function toldOutlets(ctx: Context, people: Person[]): string[] {
  const out: string[] = [];
  const told: (string[] & { index: number })[] = [
    ...ctx.text.matchAll(TOLD),
    ...ctx.text.matchAll(TOLD_LAST),
    ...ctx.text.matchAll(REPORTED_AS),
  ];
  for (const m of [...ctx.text.matchAll(TOLD_DATIVE), ...ctx.text.matchAll(TOLD_DATIVE_AFTER)]) {
    const stem = (m[1] ?? m[2])!;
    // "powiedział Janowi": a given name's dative is a person.
    if (givenName(stem) || givenName(`${stem}owi`)) continue;
    // The match as far as the stem, so that what follows it is read as after the name.
    told.push(Object.assign([m[0].slice(0, m[0].lastIndexOf(stem) + stem.length), stem], { index: m.index }));
  }
  for (const m of told) {
    // "die Nachrichtenagentur Reuters", "das Magazin Spiegel": German capitalises the kind of medium before the name.
    const name = m[1].replace(/[.,]$/u, '').replace(MEDIUM_KIND, '');
    const f = fold(name);
    const after = m.index + m[0].length;
    if (name.length < 2 || INSTITUTION.test(name + ctx.text.slice(after, after + 40))) continue;
    if (people.some((p) => p.mentions.some((x) => x.start < m.index + m[0].length && m.index + m[0].length - name.length < x.end)))
      continue;
    // "told Germany" is no outlet, but "Deutschlandfunk" only starts like a country.
    const country = (terms: string[]) =>
      terms.some((t) => findTerms(f, [t]).length > 0 && f.length - fold(t).replace(/\*/gu, '').length <= 3);
    if (ctx.vocabs.some((v) => Object.values(v.countries).some(country))) continue;
    if (/^(?:reporters?|journalists?|investigators?|him|her|them|us|our|this|his|einer|einem|la|le)$/iu.test(f)) continue;
    out.push(name);
  }
  return out;
}

/** Items of a "Source: a, b, c" line. */
function sourceLines(ctx: Context): string[] {
  const out: string[] = [];
  for (const m of ctx.text.matchAll(
    /^(?:source|sources|quelle|sursa|источник|джерело|źródło|zdroj|fonte|fuente|bron|šaltinis|källa|lähde|avots)s?:\s*(.+)$/gimu,
  )) {
    for (const part of m[1].split(/,|;|\s\/\s/)) {
      const name = part.trim().replace(/^(?:read full article|full article)$/i, '');
      if (name && name.length <= 40 && /\p{L}/u.test(name)) out.push(name);
    }
  }
  return out;
}

const TLD =
  '(?:pl|ru|ua|com|de|ro|cz|sk|lt|lv|ee|it|es|fr|nl|be|at|ch|md|hu|bg|ge|am|fi|se|no|dk|pt|eu|uk|net|org|info|media|news|io|co\\.uk|by|kz)';

/** Bare domains: dziennik.pl, newsweek.com, Aktuality.sk. */
function domains(ctx: Context): string[] {
  return [...ctx.text.matchAll(new RegExp(`(?<![\\p{L}\\d@./])[A-Za-z][A-Za-z0-9-]{1,30}\\.${TLD}(?![\\p{L}\\d-])`, 'gu'))].map(
    (m) => m[0],
  );
}

// A kind of medium, in any case form, before its name: "broadcaster NRK", "serveru Aktuality.sk", "portalowi Onet",
// "el diario Clarín", "изданию The Insider", "portalui Delfi". Lower case only: a capital would be a name itself.
const MEDIUM = new RegExp(
  '(?<![\\p{L}])(?:newspaper|daily|broadcaster|channel|news agency|agency|website|news site|outlet|magazine|tabloid|' +
    'zeitung|tageszeitung|sender|nachrichtenagentur|agentur|magazin|nachrichtenportal|' +
    'journal|quotidien|chaîne|agence|hebdomadaire|site|radio|' +
    'quotidiano|agenzia|testata|emittente|settimanale|' +
    'diario|periódico|cadena|agencia|revista|emisora|' +
    'krant|dagblad|zender|omroep|persbureau|nieuwssite|' +
    'gazet\\p{L}*|dziennik\\p{L}*|portal\\p{L}*|agencj\\p{L}*|telewizj\\p{L}*|stacj\\p{L}*|tygodnik\\p{L}*|rozgłośni\\p{L}*|' +
    'server\\p{L}*|deník\\p{L}*|agentur\\p{L}*|televiz\\p{L}*|stanic\\p{L}*|týdeník\\p{L}*|' +
    'ziar\\p{L}*|agenți\\p{L}*|postul|televiziun\\p{L}*|publicați\\p{L}*|' +
    'dienrašt\\p{L}*|agentūr\\p{L}*|laikrašt\\p{L}*|televizij\\p{L}*|naujienų portal\\p{L}*|' +
    'jornal|diário|semanário|agência|emissora|canal|televisão|' +
    'tidningen|nyhetsbyrån|kanalen|tv-kanalen|radiokanalen|uutistoimisto|' +
    'aģentūr\\p{L}*|portāl\\p{L}*|laikrakst\\p{L}*|televīzij\\p{L}*|' +
    'издани\\p{L}*|газет\\p{L}*|телеканал\\p{L}*|агентств\\p{L}*|портал\\p{L}*|сайт\\p{L}*|радиостанци\\p{L}*|' +
    'видання|виданню|виданням|агенці\\p{L}*|телеканал\\p{L}*|' +
    'телеграм-канал\\p{L}*|telegram channel|telegram-kanal\\p{L}*|канал\\p{L}*|' +
    'nedeljnik\\p{L}*|nedjeljnik\\p{L}*|dnevni list|dnevnik\\p{L}*|portal\\p{L}*|недељник\\p{L}*|дневни лист)' +
    // The name in quotation marks («Астра», „Vreme“), or capitalised.
    '[ \\u00a0]+(?:[«„“"]([^«»„“”"\\n]{2,40})[»“”"]|((?:\\p{Lu}[\\p{L}\\p{M}\\d.]*)(?:[ \\u00a0](?:\\p{Lu}[\\p{L}\\p{M}\\d.]*)){0,2}))',
  'gu',
);

/** A named medium ("broadcaster NRK"), when the name is no person, place or institution. */
function namedMedia(ctx: Context, people: Person[]): string[] {
  const out: string[] = [];
  const known = knownOutlets(ctx);
  for (const m of ctx.text.matchAll(MEDIUM)) {
    // "«Новая газета Европа»": the medium word is part of a known or quoted name.
    const end = m.index + m[0].length;
    if (known.some((k) => k.start < end && m.index < k.end) || /[«„][^»“”]*$/u.test(ctx.text.slice(Math.max(0, m.index - 25), m.index)))
      continue;
    const raw = m[1] ?? m[2];
    // A quoted phrase in lower case, or of more than four words, is a phrase or a quote, not a name.
    if (!/^[\p{Lu}\d\u10d0-\u10ff]/u.test(raw.trim()) || raw.trim().split(/\s+/u).length > 4) continue;
    const name = raw.trim().replace(/[.,]$/u, '');
    const at = m.index + m[0].length - raw.length - (m[1] ? 1 : 0);
    if (name.length < 2 || INSTITUTION.test(name)) continue;
    if (people.some((p) => p.mentions.some((x) => x.start < at + name.length && at < x.end))) continue;
    if (ctx.vocabs.some((v) => Object.values(v.countries).some((terms) => findTerms(fold(name), terms).length))) continue;
    out.push(name);
  }
  return out;
}

const DOMAIN_END = new RegExp(`\\.${TLD}$`, 'u');

/** Same outlet? Compare folded names without articles, spaces and domain endings. */
function key(name: string): string {
  return fold(name)
    .replace(/^(?:the|der|die|le|la|el|il)\s+/u, '')
    .replace(DOMAIN_END, '')
    .replace(/[\s.]+/gu, '');
}

export function findOutlets(ctx: Context, people: Person[]): string[] {
  const names: string[] = [];
  const addName = (n: string) => {
    const k = key(n);
    if (!k || names.some((x) => key(x) === k || (k.length >= 4 && (key(x).startsWith(k) || k.startsWith(key(x)))))) return;
    names.push(n);
  };
  for (const k of knownOutlets(ctx)) addName(k.name);
  for (const n of cuedOutlets(ctx, people)) addName(canonicalOutlet(n));
  for (const n of datelines(ctx)) addName(canonicalOutlet(n));
  for (const n of toldOutlets(ctx, people)) addName(canonicalOutlet(n));
  for (const n of namedMedia(ctx, people)) addName(canonicalOutlet(n));
  for (const n of sourceLines(ctx)) addName(n);
  for (const n of domains(ctx)) addName(n);
  return names;
}

/** A known outlet's usual name when the whole of `name` is one of its names ("LE SOIR" → "Le Soir"), else null. */
export function knownOutletName(name: string): string | null {
  const f = fold(name);
  for (const k of KNOWN) {
    // An acronym-like name in capitals, as elsewhere ("Index" is a word, "NOS" the broadcaster).
    if (k.caseSensitive && name !== name.toUpperCase() && name !== k.name) continue;
    if (findTerms(f, k.terms).some((h) => h.start === 0 && h.end === f.length)) return k.name;
  }
  return null;
}

/** The usual name of an outlet given any spelling or case form ("Медиазона" → "Mediazona"), else the name. */
export function canonicalOutlet(name: string): string {
  const f = fold(name);
  // Any language's citation form names it ("Ukraińska Prawda" is Ukrainska Pravda).
  for (const k of KNOWN)
    if (findTerms(f, citedForms(k.terms, 'pl')).some((h) => h.start === 0 || f.slice(0, h.start).trim() === 'the')) return k.name;
  // "der ZEIT", "the Mirror": a known name cited without its article.
  for (const k of KNOWN)
    if (k.terms.some((t) => /^(?:the|der|die|das|le|la|el|il|de) /u.test(t) && t.replace(/^\S+ /u, '') === f)) return k.name;
  return name;
}
