/**
 * The date classes of issue #13 (session 10), each in at least five languages, on short sentences written for these
 * tests: a date without a year takes it from the article's date and from its own words ("2 January last year",
 * "loni v listopadu") or its sentence (a hearing "scheduled for 3 December" is the coming one); dates told relative
 * to the article's date, with the precision they have (a day, a week as a span from its Monday, a month, a season,
 * a year); and spans of days or of full dates ("vom 3. bis 5. März", "from May 2023 to July 2024"), which are one
 * span from their first day or month, not the last date alone. And the article's date itself on a repost's
 * line that names the translation with a noun or an inflected form ("Перевод … выполнен автоматически. 20.01.2025").
 */
import { describe, expect, it } from 'vitest';
import { extractReading } from '../../src/core/ingest/index';
import { suggest } from '../../src/core/ingest/suggest/index';

const run = (text: string, language: string, date: string | null) =>
  suggest({ text, language, title: null, publishedAt: date ? { date, precision: 'day' } : null }).dates;
const found = (text: string, language: string, date: string | null, word: string) =>
  run(text, language, date).find((d) => d.text.includes(word));

describe('a date without a year takes "last year" / "this year" beside it', () => {
  it.each([
    ['en', 'He says the unit crossed the river on 2 March last year.', '2 March last year', '2025-09-10', '2024-03-02', 'day'],
    ['it', 'Ha lasciato la caserma a fine marzo dello scorso anno.', 'marzo dello scorso anno', '2025-09-10', '2024-03', 'month'],
    ['ru', 'Он ушёл из части в июле прошлого года.', 'июле прошлого года', '2025-09-10', '2024-07', 'month'],
    ['cs', 'Z jednotky utekl loni v listopadu.', 'loni v listopadu', '2025-12-10', '2024-11', 'month'],
    ['de', 'Er verließ die Kaserne im März letzten Jahres.', 'März letzten Jahres', '2025-09-10', '2024-03', 'month'],
    ['fr', "Il a quitté la caserne en mars de l'année dernière.", "mars de l'année dernière", '2025-09-10', '2024-03', 'month'],
    ['es', 'Dejó el cuartel en marzo del año pasado.', 'marzo del año pasado', '2025-09-10', '2024-03', 'month'],
    ['pl', 'Opuścił koszary w marcu ubiegłego roku.', 'marcu ubiegłego roku', '2025-09-10', '2024-03', 'month'],
    ['uk', 'Він залишив частину 5 березня минулого року.', '5 березня минулого року', '2025-09-10', '2024-03-05', 'day'],
  ])('%s: %s', (lang, text, span, published, date, precision) => {
    expect(found(text, lang, published, span.split(' ')[0])).toMatchObject({ text: span, date, precision });
  });
});

describe('a month told as last or this one is resolved from the article', () => {
  it.each([
    ['en', 'In the past December he left the unit near Belgorod.', 'past December', '2025-12-20', '2024-12'],
    ['de', 'Im vergangenen Dezember verließ er die Einheit.', 'vergangenen Dezember', '2025-12-20', '2024-12'],
    ['es', 'El pasado diciembre abandonó la unidad.', 'pasado diciembre', '2025-12-20', '2024-12'],
    ['fr', "En décembre dernier, il a quitté l'unité.", 'décembre dernier', '2025-12-20', '2024-12'],
    ['nl', 'Afgelopen december verliet hij de eenheid.', 'Afgelopen december', '2025-12-20', '2024-12'],
  ])('%s: %s', (lang, text, span, published, date) => {
    expect(found(text, lang, published, span.split(' ')[1])).toMatchObject({ text: span, date, precision: 'month' });
  });

  it('lt: a month form before "pabaigoje" (at the end of) is that month', () => {
    expect(found('Jis paliko dalinį spalio pabaigoje.', 'lt', '2025-12-20', 'spalio')).toMatchObject({
      text: 'spalio pabaigoje',
      date: '2025-10',
      precision: 'month',
    });
  });
});

describe('in a sentence about what is to come, a date without a year is the next one', () => {
  it.each([
    ['en', 'The court hearing is scheduled for 3 December, his lawyer says.', '3 December'],
    ['de', 'Die Anhörung ist für den 3. Dezember angesetzt.', '3. Dezember'],
    ['fr', "L'audience est prévue le 3 décembre à Lyon.", '3 décembre'],
    ['ru', 'Следующее заседание запланировано на 3 декабря.', '3 декабря'],
    ['pl', 'Rozprawa ma się odbyć 3 grudnia w Lublinie.', '3 grudnia'],
    ['nl', 'De rechtszaak zal op 3 december beginnen.', '3 december'],
    ['uk', 'Засідання відбудеться 3 грудня у Львові.', '3 грудня'],
  ])('%s: %s', (lang, text, span) => {
    expect(found(text, lang, '2025-11-20', span)).toMatchObject({ date: '2025-12-03', precision: 'day' });
  });

  it.each([
    ['en', 'He left the unit on 3 December, his lawyer says.', '3 December'],
    ['de', 'Er verließ die Einheit am 3. Dezember.', '3. Dezember'],
  ])('guard %s: told of the past, it is the last one', (lang, text, span) => {
    expect(found(text, lang, '2025-11-20', span)).toMatchObject({ date: '2024-12-03', precision: 'day' });
  });
});

describe('the day before yesterday and a count of days ago are days', () => {
  it.each([
    ['en', 'He crossed the border the day before yesterday.', 'the day before yesterday', '2025-03-08'],
    ['ru', 'Он перешёл границу позавчера.', 'позавчера', '2025-03-08'],
    ['de', 'Er überquerte vorgestern die Grenze.', 'vorgestern', '2025-03-08'],
    ['fr', 'Il a franchi la frontière avant-hier.', 'avant-hier', '2025-03-08'],
    ['pl', 'Przekroczył granicę przedwczoraj.', 'przedwczoraj', '2025-03-08'],
    ['it', "Ha attraversato il confine l'altro ieri.", "l'altro ieri", '2025-03-08'],
    ['en', 'He crossed the border two days ago.', 'two days ago', '2025-03-08'],
    ['de', 'Er überquerte vor drei Tagen die Grenze.', 'vor drei Tagen', '2025-03-07'],
    ['fr', 'Il a franchi la frontière il y a deux jours.', 'il y a deux jours', '2025-03-08'],
    ['es', 'Cruzó la frontera hace dos días.', 'hace dos días', '2025-03-08'],
    ['ru', 'Он перешёл границу два дня назад.', 'два дня назад', '2025-03-08'],
    ['nl', 'Hij stak vijf dagen geleden de grens over.', 'vijf dagen geleden', '2025-03-05'],
  ])('%s: %s', (lang, text, span, date) => {
    expect(found(text, lang, '2025-03-10', span)).toMatchObject({ text: span, date, precision: 'day' });
  });
});

describe('last week is a span from its Monday, not a day', () => {
  it.each([
    ['en', 'He reached the border last week.', 'last week'],
    ['ru', 'Он добрался до границы на прошлой неделе.', 'прошлой неделе'],
    ['uk', 'Він дістався кордону минулого тижня.', 'минулого тижня'],
    ['de', 'Er erreichte vergangene Woche die Grenze.', 'vergangene Woche'],
    ['fr', 'Il a atteint la frontière la semaine dernière.', 'semaine dernière'],
    ['pl', 'Dotarł do granicy w zeszłym tygodniu.', 'zeszłym tygodniu'],
    ['it', 'Ha raggiunto il confine la settimana scorsa.', 'settimana scorsa'],
    ['ro', 'A ajuns la graniță săptămâna trecută.', 'săptămâna trecută'],
    ['cs', 'K hranici dorazil minulý týden.', 'minulý týden'],
    ['lt', 'Prie sienos jis atvyko praėjusią savaitę.', 'praėjusią savaitę'],
  ])('%s: %s', (lang, text, span) => {
    // 12 March 2025 is a Wednesday: last week began on Monday 3 March.
    expect(found(text, lang, '2025-03-12', span)).toMatchObject({ text: span, date: '2025-03-03', precision: 'range' });
  });
});

describe('last month, last year, this or last season', () => {
  it.each([
    ['uk', 'Він утік з частини минулого місяця.', 'минулого місяця', '2025-02', 'month'],
    ['nl', 'Hij vluchtte vorige maand uit zijn eenheid.', 'vorige maand', '2025-02', 'month'],
    ['es', 'Huyó de su unidad el mes pasado.', 'mes pasado', '2025-02', 'month'],
    ['en', 'He fled his unit last month.', 'last month', '2025-02', 'month'],
    ['ro', 'A fugit din unitate luna trecută.', 'luna trecută', '2025-02', 'month'],
    ['de', 'Er floh im vergangenen Jahr aus seiner Einheit.', 'vergangenen Jahr', '2024', 'year'],
    ['lt', 'Jis pabėgo pernai.', 'pernai', '2024', 'year'],
    ['en', 'He fled this spring.', 'this spring', '2025-03', 'season'],
    ['es', 'Huyó el verano pasado.', 'verano pasado', '2024-06', 'season'],
    ['ru', 'Он сбежал прошлой осенью.', 'прошлой осенью', '2024-09', 'season'],
    ['lt', 'Jis pabėgo pernai rudenį.', 'pernai rudenį', '2024-09', 'season'],
    ['de', 'Er floh letzten Sommer.', 'letzten Sommer', '2024-06', 'season'],
  ])('%s: %s', (lang, text, span, date, precision) => {
    expect(found(text, lang, '2025-03-12', span)).toMatchObject({ text: span, date, precision });
  });

  it.each([
    ['en', 'He crossed the border last week.', 'last week'],
    ['de', 'Er floh vor zwei Tagen.', 'vor zwei Tagen'],
  ])('guard %s: without the article’s date it stays unknown', (lang, text, span) => {
    expect(found(text, lang, null, span)).toMatchObject({ text: span, date: null, precision: 'unknown' });
  });
});

describe('a span of days or of full dates is one span from its start', () => {
  it.each([
    ['de', 'Er wurde vom 3. bis 5. März festgehalten.', '3. bis 5. März', '2025-03-03'],
    ['ru', 'Его держали с 3 по 5 марта.', '3 по 5 марта', '2025-03-03'],
    ['fr', 'Il a été détenu du 3 au 5 mars.', '3 au 5 mars', '2025-03-03'],
    ['en', 'He was held from 3 to 5 March.', '3 to 5 March', '2025-03-03'],
    ['pl', 'Był przetrzymywany od 3 do 5 marca.', '3 do 5 marca', '2025-03-03'],
    ['es', 'Estuvo detenido del 3 al 5 de marzo.', '3 al 5 de marzo', '2025-03-03'],
    ['en', 'He was held on March 3-5.', 'March 3-5', '2025-03-03'],
  ])('%s: %s', (lang, text, span, date) => {
    expect(found(text, lang, '2025-03-12', span.split(' ')[0])).toMatchObject({ text: span, date, precision: 'range' });
  });

  it.each([
    ['en', 'The unit held the village from May 2023 to July 2024.', 'May 2023 to July 2024', '2023-05'],
    ['de', 'Die Einheit hielt das Dorf von Mai 2023 bis Juli 2024.', 'Mai 2023 bis Juli 2024', '2023-05'],
    ['uk', 'Частина тримала село з травня 2023 по липень 2024 року.', 'травня 2023 по липень 2024 року', '2023-05'],
    ['it', 'Il reparto ha tenuto il villaggio da maggio 2023 a luglio 2024.', 'maggio 2023 a luglio 2024', '2023-05'],
    ['nl', 'De eenheid hield het dorp van mei 2023 tot juli 2024.', 'mei 2023 tot juli 2024', '2023-05'],
    ['ru', 'Он служил там с 1 мая 2023 года по 15 июля 2024 года.', '1 мая 2023 года по 15 июля 2024 года', '2023-05-01'],
    ['en', 'Fighting went on between March 2022 and June 2023.', 'March 2022 and June 2023', '2022-03'],
  ])('%s: %s', (lang, text, span, date) => {
    expect(found(text, lang, '2025-03-12', span.split(' ')[0])).toMatchObject({ text: span, date, precision: 'range' });
  });

  it.each([
    ['en', 'He was seen on 3 June and 5 July.', ['2024-06-03', '2024-07-05']],
    ['de', 'Er wurde am 3. Juni und am 5. Juli gesehen.', ['2024-06-03', '2024-07-05']],
  ])('guard %s: two dates joined by "and" without "between" stay two dates', (lang, text, dates) => {
    expect(run(text, lang, '2025-03-12').map((d) => d.date)).toEqual(dates);
  });
});

describe("a repost's translation notice with its date is the article's date", () => {
  it.each([
    ['ru', 'Перевод с немецкого выполнен автоматически. 14.02.2025', 'Рядовой Иван Руденко дезертировал в январе.'],
    ['pl', 'Tłumaczenie maszynowe z języka niemieckiego. 14.02.2025', 'Szeregowy Iwan Rudenko zdezerterował w styczniu.'],
    ['lt', 'Straipsnis išverstas mašininiu būdu. 2025-02-14', 'Eilinis Ivanas Rudenka dezertyravo sausį.'],
    ['de', 'Automatische Übersetzung aus dem Russischen. 14.02.2025', 'Der Soldat Iwan Rudenko desertierte im Januar.'],
    ['en', 'Automatic translation from the German original. 14.02.2025', 'Private Ivan Rudenko deserted in January.'],
    ['cs', 'Strojový překlad z ruského originálu. 14.02.2025', 'Vojín Ivan Rudenko dezertoval v lednu.'],
  ])('%s', async (_lang, line, body) => {
    const r = await extractReading(new TextEncoder().encode(`A Russian private deserts, a headline\n${line}\n\n${body}`), 'article.txt');
    expect(r.publishedAt?.date).toBe('2025-02-14');
    expect(r.dates.some((d) => d.date === '2025-01')).toBe(true);
  });
});
