/**
 * Outlets of issue #13, session 13, on short texts written for these tests:
 * - a known name that begins with an article is cited with the article outside the quotation marks ("die „Zeit“",
 *   "le « Monde »", "la «Stampa»", "el «País»", "el «Mundo»");
 * - a case form is the name and a short ending: a longer word that begins like a known name is no outlet
 *   ("Originalas" is not Origo), while the case forms themselves still are ("Faktowi", "Onetu");
 * - a publication word before a quoted name cites it in Lithuanian and Latvian ("leidinyje „…“", "izdevumā „…“");
 * - a platform used to reach someone ("über Facebook", "via Telegram", «через Telegram») is no source cited, while a
 *   statement made on it still is.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/core/ingest/suggest/fold';
import { suggest } from '../../src/core/ingest/suggest/index';

const outlets = (text: string, language: string) =>
  suggest({ text, language, title: null, publishedAt: { date: '2025-03-10', precision: 'day' } }).citedOutlets.map((o) => fold(o));

describe('a known name with its article outside the quotation marks is the outlet', () => {
  it.each([
    ['de', 'Zuerst hatte die „Zeit“ über den Soldaten Oleg Petrow berichtet, der im Mai seine Einheit verließ.', 'die zeit'],
    ['fr', 'Le « Monde » avait le premier raconté l’histoire d’Oleg Petrov, qui a quitté son unité en mai.', 'le monde'],
    ['it', 'Per prima la «Stampa» aveva raccontato la storia di Oleg Petrov, che ha lasciato il reparto a maggio.', 'la stampa'],
    ['es', 'Oleg Petrov, que dejó su unidad en mayo, habló primero con el «País» en Madrid.', 'el pais'],
    ['es', 'Según el «Mundo», el soldado Oleg Petrov dejó su unidad en mayo y cruzó la frontera.', 'el mundo'],
  ])('%s: %s', (lang, text, name) => {
    expect(outlets(text, lang)).toContain(name);
  });
});

describe('a case form is the name and a short ending, not a longer word that begins like it', () => {
  it.each([
    ['lt', 'Originalas paskelbtas kovo 19 d. Buvęs kareivis Olegas Petrovas paprašė prieglobsčio.', 'origo'],
    ['pl', 'Oryginalny tekst ukazał się w marcu. Były szeregowy Oleg Pietrow poprosił o azyl.', 'origo'],
    ['cs', 'Originální text vyšel v březnu. Bývalý voják Oleg Petrov požádal o azyl.', 'origo'],
    ['ro', 'Originalul a apărut în martie. Fostul soldat Oleg Petrov a cerut azil.', 'origo'],
    ['ru', 'Оригинальный текст вышел в марте. Бывший солдат Олег Петров попросил убежища.', 'origo'],
  ])('%s: no outlet in %s', (lang, text, name) => {
    expect(outlets(text, lang)).not.toContain(name);
  });
  it.each([
    ['pl', '– Nie chciałem strzelać – powiedział Faktowi były rosyjski szeregowy Oleg Pietrow.', 'fakt'],
    ['pl', 'Jak ustalił portal Onet, były szeregowy Oleg Pietrow poprosił o azyl w marcu.', 'onet'],
    ['ru', 'Об этом «Медузе» рассказал бывший сержант Олег Петров, который ушёл из части в мае.', 'meduza'],
  ])('%s: still the outlet: %s', (lang, text, name) => {
    expect(outlets(text, lang)).toContain(name);
  });
});

describe('a publication word before a quoted name cites it', () => {
  it.each([
    ['lt', 'Straipsnis išverstas automatiškai. Originalas paskelbtas leidinyje „Šiaurės žinios“ kovo 19 d.', 'siaures zinios'],
    ['lv', 'Raksts tulkots automātiski. Oriģināls publicēts izdevumā „Ziemeļu Vēstis“ 19. martā.', 'ziemelu vestis'],
  ])('%s: %s', (lang, text, name) => {
    expect(outlets(text, lang)).toContain(name);
  });
});

describe('a platform used to reach someone is no source; a statement on it is', () => {
  it.each([
    ['de', 'Oleg Petrow, der im Mai desertierte, versuchte, seine Lehrerin über Facebook zu finden.', 'facebook'],
    ['en', 'Oleg Petrov, who deserted in May, reached his sister via Telegram before he crossed the border.', 'telegram'],
    ['ru', 'Олег Петров, дезертировавший в мае, связался с сестрой через Telegram и пересёк границу.', 'telegram'],
    ['ro', 'Oleg Petrov, care a dezertat în mai, și-a contactat sora prin Facebook înainte de a trece granița.', 'facebook'],
    ['pl', 'Oleg Pietrow, który zdezerterował w maju, skontaktował się z siostrą przez Telegram i przekroczył granicę.', 'telegram'],
  ])('%s: no outlet in %s', (lang, text, name) => {
    expect(outlets(text, lang)).not.toContain(name);
  });
  it.each([
    ['ro', 'Serviciul de informații a declarat marți, pe Telegram, că Oleg Petrov a dezertat.', 'telegram'],
    ['en', 'The intelligence service said on Telegram that Oleg Petrov had deserted in May.', 'telegram'],
    ['de', 'Die Einheit veröffentlichte auf YouTube ein Video, das Oleg Petrow zeigen soll.', 'youtube'],
  ])('%s: still the outlet: %s', (lang, text, name) => {
    expect(outlets(text, lang)).toContain(name);
  });
});
