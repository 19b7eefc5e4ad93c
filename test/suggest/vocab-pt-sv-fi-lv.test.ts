/**
 * The vocabularies of Portuguese, Swedish, Finnish and Latvian (issue #13, session 10), on sentences written for
 * these tests: crime words with their inflections, asylum status and destination (Finnish and Latvian name the
 * country in a case form: "Saksasta", "Vācijā"), a month or a day without a year resolved from the article's date
 * (Finnish inessive "maaliskuussa", Latvian locative "martā"), a rank, the defector's own part in his own words,
 * and a guard: an ordinary sentence about a soldier gives no crime. Each case failed before these vocabularies
 * (the language fell back to English rules).
 */
import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/core/ingest/suggest/index';

const run = (text: string, language: string) =>
  suggest({ text, language, title: null, publishedAt: { date: '2025-10-14', precision: 'day' } });
const crimes = (text: string, language: string) => run(text, language).allegations.map((a) => a.category);

describe('crime vocabulary with inflection', () => {
  it.each([
    [
      'pt',
      'Segundo os procuradores, os soldados davam choques elétricos aos prisioneiros e pilharam as casas da aldeia.',
      ['torture', 'pillage'],
    ],
    ['pt', 'De acordo com o relatório, os militares fuzilaram civis na aldeia.', ['wilful-killing']],
    ['sv', 'Enligt åklagaren torterade soldaterna krigsfångar och plundrade hus.', ['torture', 'pillage']],
    ['sv', 'Enligt rapporten avrättades civila i byn.', ['wilful-killing']],
    ['fi', 'Syyttäjän mukaan sotilaat kiduttivat sotavankeja ja ryöstivät taloja.', ['torture', 'pillage']],
    ['fi', 'Raportin mukaan kylässä teloitettiin siviilejä.', ['wilful-killing']],
    ['lv', 'Pēc prokuroru teiktā, karavīri spīdzināja karagūstekņus un izlaupīja mājas.', ['torture', 'pillage']],
    ['lv', 'Saskaņā ar ziņojumu ciemā tika nogalināti civiliedzīvotāji.', ['wilful-killing']],
  ])('%s: %s', (lang, text, want) => {
    const found = crimes(text, lang);
    for (const c of want) expect(found, `${c} in ${found.join(', ')}`).toContain(c);
  });

  it.each([
    ['pt', 'O sargento Oleg Petrov passou o inverno num quartel perto de Belgorod e disse que a comida era má.'],
    ['sv', 'Sergeant Oleg Petrov tillbringade vintern på en kasern nära Belgorod och säger att maten var dålig.'],
    ['fi', 'Kersantti Oleg Petrov vietti talven kasarmilla Belgorodin lähellä ja sanoo, että ruoka oli huonoa.'],
    ['lv', 'Seržants Oļegs Petrovs ziemu pavadīja kazarmās pie Belgorodas un saka, ka ēdiens bijis slikts.'],
    // A marine (fuzileiro) is not a shooting (fuzilar).
    ['pt', 'Oleg Petrov serviu vários anos como fuzileiro naval em Sebastopol.'],
  ])('%s: no crime in an ordinary sentence: %s', (lang, text) => {
    expect(crimes(text, lang)).toEqual([]);
  });

  it('keeps words that only look like the vocabulary apart: Finnish "nyt" (now), the name Mārtiņš', () => {
    expect(run('Nyt hän asuu Helsingissä ja opiskelee suomea.', 'fi').citedOutlets).toEqual([]);
    expect(run('Mārtiņš Kalniņš strādā par žurnālistu Rīgā.', 'lv').dates).toEqual([]);
  });
});

describe('asylum status and destination', () => {
  it.each([
    ['pt', 'Ele pediu asilo na Alemanha.', 'applied', 'DE'],
    ['pt', 'Obteve o estatuto de refugiado em França.', 'granted', 'FR'],
    ['sv', 'Han har sökt asyl i Tyskland.', 'applied', 'DE'],
    ['sv', 'Hans asylansökan i Norge har avslagits.', 'refused', 'NO'],
    ['fi', 'Hän on hakenut turvapaikkaa Saksasta.', 'applied', 'DE'],
    ['fi', 'Hän sai turvapaikan Ruotsista.', 'granted', 'SE'],
    ['lv', 'Viņš lūdza patvērumu Vācijā.', 'applied', 'DE'],
    ['lv', 'Viņam Lietuvā piešķirts bēgļa statuss.', 'granted', 'LT'],
  ])('%s: %s', (lang, text, status, country) => {
    expect(run(text, lang).asylum).toEqual([expect.objectContaining({ status, country })]);
  });
});

describe('dates without a year, from the article date', () => {
  it.each([
    ['pt', 'Desertou em março.', 'março', '2025-03', 'month'],
    ['pt', 'Atravessou a fronteira a 12 de maio.', '12 de maio', '2025-05-12', 'day'],
    ['sv', 'Han deserterade i mars.', 'mars', '2025-03', 'month'],
    ['sv', 'Han korsade gränsen den 12 augusti.', '12 augusti', '2025-08-12', 'day'],
    ['fi', 'Hän karkasi maaliskuussa.', 'maaliskuussa', '2025-03', 'month'],
    ['fi', 'Hän ylitti rajan 12. toukokuuta.', '12. toukokuuta', '2025-05-12', 'day'],
    ['lv', 'Viņš dezertēja martā.', 'martā', '2025-03', 'month'],
    ['lv', 'Viņš šķērsoja robežu 12. maijā.', '12. maijā', '2025-05-12', 'day'],
  ])('%s: %s', (lang, text, dateText, date, precision) => {
    expect(run(text, lang).dates).toContainEqual(expect.objectContaining({ text: dateText, date, precision }));
  });
});

describe('rank of the subject', () => {
  it.each([
    ['pt', 'O tenente-coronel Pavel Smirnov desertou em maio. Smirnov contou que viu prisioneiros serem torturados.', 'tenente-coronel'],
    ['sv', 'Överstelöjtnant Pavel Smirnov deserterade i maj. Smirnov berättar att han såg fångar torteras.', 'överstelöjtnant'],
    [
      'fi',
      'Everstiluutnantti Pavel Smirnov karkasi toukokuussa. Smirnov kertoo nähneensä, kuinka vankeja kidutettiin.',
      'everstiluutnantti',
    ],
    ['lv', 'Pulkvežleitnants Pāvels Smirnovs dezertēja maijā. Smirnovs stāsta, ka redzējis, kā gūstekņus spīdzina.', 'pulkvežleitnants'],
  ])('%s: %s', (lang, text, rank) => {
    const s = run(text, lang).subject;
    expect(s?.name).toMatch(/^P\p{L}+ Smirnovs?$/u);
    expect(s?.rank?.toLowerCase()).toBe(rank);
  });
});

// Swedish and Finnish quote with a dash that opens the paragraph, the attribution after a comma at its end.
describe('his own part, in his own words', () => {
  it.each([
    [
      'pt',
      'O sargento Oleg Petrov desertou em maio. "Fuzilámos os prisioneiros que se tinham rendido. Eu próprio disparei", contou Petrov.',
    ],
    ['sv', 'Sergeant Oleg Petrov deserterade i maj.\n\n– Vi sköt fångarna som hade gett upp. Jag sköt själv, berättar Petrov.'],
    [
      'fi',
      'Kersantti Oleg Petrov karkasi toukokuussa.\n\n– Me ammuimme vangit, jotka olivat antautuneet. Minä ammuin itse, Petrov kertoo.',
    ],
    ['lv', 'Seržants Oļegs Petrovs dezertēja maijā. "Mēs nošāvām gūstekņus, kuri bija padevušies. Es pats šāvu," stāsta Petrovs.'],
  ])('%s: %s', (lang, text) => {
    const r = run(text, lang);
    expect(r.allegations).toContainEqual(expect.objectContaining({ category: 'killing-hors-de-combat', selfIncriminating: true }));
  });
});
