/**
 * Vocabularies of Hungarian, Turkish, Bulgarian, Serbian (Cyrillic and Latin) and Georgian (issue #13, session 10),
 * on sentences written for these tests: for each language a crime category, the asylum status and destination, a
 * date without a year resolved from the article's date, a rank with its English gloss, his own part in it, and a
 * guard (an ordinary sentence gives no crime). Each case failed before the language's vocabulary (the guards held).
 */
import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/core/ingest/suggest/index';
import { glossRank } from '../../src/core/ingest/suggest/subject';

const read = (text: string, language: string) =>
  suggest({ text, language, title: null, publishedAt: { date: '2025-11-12', precision: 'day' } });

interface Cases {
  crime: [string, string];
  asylum: [string, string, string];
  date: [string, string, string];
  rank: [string, string];
  own: string;
  guard: string;
}

const CASES: Record<string, Cases> = {
  hu: {
    crime: ['Dmitrij Kovaljov őrmester szerint a katonák a megszállt faluban kifosztották a házakat.', 'pillage'],
    asylum: ['Dmitrij Kovaljov orosz katona menedékjogot kért Magyarországon.', 'applied', 'HU'],
    date: ['Dmitrij Kovaljov orosz katona augusztusban szökött meg az egységétől.', 'augusztusban', '2025-08'],
    rank: ['Dmitrij Kovaljov főhadnagy egy ejtőernyős dandárban szolgált, majd dezertált.', 'senior lieutenant'],
    own: 'Dmitrij Kovaljov orosz katona tavaly dezertált. „Mi őriztük a foglyokat a pincében, és én is vertem őket” – mondta.',
    guard: 'Dmitrij Kovaljov orosz katona elmondta, hogy a háború előtt egy kazanyi gyárban dolgozott, és szereti a focit.',
  },
  tr: {
    crime: ['Aleksey Morozov çavuş, komutanın onlara açıkça esir almayın dediğini anlattı.', 'denial-of-quarter'],
    asylum: ["Rus ordusundan kaçan Aleksey Morozov, Türkiye'de uluslararası koruma aldı.", 'granted', 'TR'],
    date: ['Rus ordusundan kaçan Aleksey Morozov, eylülde Gürcistan üzerinden geldi.', 'eylülde', '2025-09'],
    rank: ['Rus ordusundan firar eden yüzbaşı Aleksey Morozov konuştu.', 'captain'],
    own: 'Rus ordusundan kaçan asker Aleksey Morozov konuştu. "Köylüleri günlerce tuttular. Ben de onları bodrumda bekledim" dedi.',
    guard: 'Rus ordusundan kaçan Aleksey Morozov, savaştan önce bir lokantada çalıştığını ve futbolu sevdiğini söyledi.',
  },
  bg: {
    crime: ['Според капитан Павел Лебедев войниците са откарали деца от Олешки с автобуси в Крим.', 'deportation-transfer'],
    asylum: ['Руският дезертьор Павел Лебедев подаде молба за международна закрила в България.', 'applied', 'BG'],
    date: ['Руският дезертьор Павел Лебедев напусна частта си през юли.', 'юли', '2025-07'],
    rank: ['Старши лейтенант Павел Лебедев дезертира от руската армия.', 'senior lieutenant'],
    own: 'Руският дезертьор Павел Лебедев говори пред БТА. „Стреляхме по къщите, в които живееха цивилни“, каза той.',
    guard: 'Руският дезертьор Павел Лебедев каза, че преди войната е работил като шофьор и обича футбола.',
  },
  sr: {
    crime: ['Vodnik Ivan Sokolov kaže da su vojnici meštane držali u podrumu škole i tukli ih danima.', 'torture'],
    asylum: ['Ruski dezerter Ivan Sokolov podneo je zahtev za azil u Srbiji.', 'applied', 'RS'],
    date: ['Ruski dezerter Ivan Sokolov napustio je jedinicu u julu.', 'julu', '2025-07'],
    rank: ['Ruski dezerter, kapetan Ivan Sokolov, stigao je u Beograd.', 'captain'],
    own: 'Ruski dezerter Ivan Sokolov govorio je za N1. „Odvodili smo zatvorenike u podrum škole“, rekao je.',
    guard: 'Ruski dezerter Ivan Sokolov kaže da je pre rata radio kao električar i da voli fudbal.',
  },
  'sr (Cyrillic)': {
    crime: ['Водник Иван Соколов каже да су војници мештане држали у подруму школе и тукли их данима.', 'torture'],
    asylum: ['Руски дезертер Иван Соколов поднео је захтев за азил у Србији.', 'applied', 'RS'],
    date: ['Руски дезертер Иван Соколов напустио је јединицу у јулу.', 'јулу', '2025-07'],
    rank: ['Руски дезертер, капетан Иван Соколов, стигао је у Београд.', 'captain'],
    own: 'Руски дезертер Иван Соколов говорио је за РТС. „Одводили смо затворенике у подрум школе“, рекао је.',
    guard: 'Руски дезертер Иван Соколов каже да је пре рата радио као електричар и да воли фудбал.',
  },
  ka: {
    crime: ['უფროსი ლეიტენანტი ნიკოლაი პეტროვი ამბობს, რომ ჯარისკაცები სოფელში სახლებს ძარცვავდნენ.', 'pillage'],
    asylum: ['რუსმა დეზერტირმა ნიკოლაი პეტროვმა საქართველოში თავშესაფარი ითხოვა.', 'applied', 'GE'],
    date: ['რუსი დეზერტირი ნიკოლაი პეტროვი ოქტომბერში ჩამოვიდა.', 'ოქტომბერში', '2025-10'],
    rank: ['კაპიტანი ნიკოლაი პეტროვი რუსეთის არმიიდან გაიქცა.', 'captain'],
    own: 'რუსი დეზერტირი ნიკოლაი პეტროვი ამბობს: „ჩვენ ტყვეებს სარდაფში ვესროდით“.',
    guard: 'რუსი დეზერტირი ნიკოლაი პეტროვი ამბობს, რომ ომამდე ინჟინრად მუშაობდა და ფეხბურთი უყვარს.',
  },
};

describe.each(Object.entries(CASES))('%s vocabulary', (name, c) => {
  // Latin Serbian comes as 'hr' from the detector; the Cyrillic cases as 'sr'.
  const lang = name === 'sr' ? 'hr' : name.slice(0, 2);
  it('reads a crime category', () => {
    expect(read(c.crime[0], lang).allegations.map((a) => a.category)).toContain(c.crime[1]);
  });
  it('reads the asylum status and destination', () => {
    expect(read(c.asylum[0], lang).asylum.map((a) => `${a.status}/${a.country}`)).toContain(`${c.asylum[1]}/${c.asylum[2]}`);
  });
  it('resolves a date without a year from the article date', () => {
    const d = read(c.date[0], lang).dates.find((x) => x.text.includes(c.date[1]));
    expect(d?.date).toBe(c.date[2]);
  });
  it('glosses the rank', () => {
    const rank = read(c.rank[0], lang).subject?.rank;
    expect(rank && glossRank(rank)).toBe(c.rank[1]);
  });
  it('flags his own part', () => {
    expect(read(c.own, lang).allegations.some((a) => a.selfIncriminating)).toBe(true);
  });
  it('finds no crime in an ordinary sentence', () => {
    expect(read(c.guard, lang).allegations).toEqual([]);
  });
});
