/**
 * Dates of issue #13, session 12: relative dates in every vocabulary (the later ones — pt, sv, fi, lv, hu, tr, bg,
 * sr in both scripts, ka — had none: "geçen ay", "миналия октомври", "pagājušajā nedēļā"), "tomorrow" as the day after
 * the article's, and the article's own date line in each language's usual forms ("2026. gada 10. marts", "19.
 * elokuuta 2025", a translation notice with a diacritic: "Tradução automática"), so that dates without a year
 * resolve. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractReading } from '../../src/core/ingest/index';
import { suggest } from '../../src/core/ingest/suggest/index';

const run = (text: string, language: string, date: string | null) =>
  suggest({ text, language, title: null, publishedAt: date ? { date, precision: 'day' } : null }).dates;
const found = (text: string, language: string, date: string | null, word: string) =>
  run(text, language, date).find((d) => d.text.includes(word));

describe('last month / last week / a count ago in the later vocabularies', () => {
  it.each([
    ['tr', 'Birlikten geçen ay kaçtı.', 'geçen ay', '2025-06-12', '2025-05', 'month'],
    ['tr', 'Sınırı üç gün önce geçti.', 'üç gün önce', '2025-06-12', '2025-06-09', 'day'],
    ['bg', 'Той напусна частта миналия месец.', 'миналия месец', '2025-06-12', '2025-05', 'month'],
    ['bg', 'Избяга миналия ноември през границата.', 'миналия ноември', '2025-06-12', '2024-11', 'month'],
    ['bg', 'Пристигна преди два дни в София.', 'преди два дни', '2025-06-12', '2025-06-10', 'day'],
    ['sr', 'Napustio je jedinicu prošlog meseca.', 'prošlog meseca', '2025-06-12', '2025-05', 'month'],
    ['sr', 'Напустио је јединицу прошлог месеца.', 'прошлог месеца', '2025-06-12', '2025-05', 'month'],
    ['sr', 'Granicu je prešao pre tri dana.', 'pre tri dana', '2025-06-12', '2025-06-09', 'day'],
    ['pt', 'Ele desertou no mês passado.', 'mês passado', '2025-06-12', '2025-05', 'month'],
    ['pt', 'Chegou há dois dias a Lisboa.', 'há dois dias', '2025-06-12', '2025-06-10', 'day'],
    ['sv', 'Han deserterade förra månaden.', 'förra månaden', '2025-06-12', '2025-05', 'month'],
    ['sv', 'Han kom till Malmö för tre dagar sedan.', 'tre dagar sedan', '2025-06-12', '2025-06-09', 'day'],
    ['fi', 'Hän karkasi viime kuussa rajan yli.', 'viime kuussa', '2025-06-12', '2025-05', 'month'],
    ['fi', 'Hän saapui kaksi päivää sitten.', 'kaksi päivää sitten', '2025-06-12', '2025-06-10', 'day'],
    ['lv', 'Viņš dezertēja pagājušajā mēnesī.', 'pagājušajā mēnesī', '2025-06-12', '2025-05', 'month'],
    ['lv', 'Viņš ieradās pirms divām dienām.', 'pirms divām dienām', '2025-06-12', '2025-06-10', 'day'],
    ['hu', 'A múlt hónapban szökött meg.', 'múlt hónapban', '2025-06-12', '2025-05', 'month'],
    ['hu', 'Két nappal ezelőtt érkezett Budapestre.', 'Két nappal ezelőtt', '2025-06-12', '2025-06-10', 'day'],
    ['ka', 'ის გასულ თვეს გაიქცა.', 'გასულ თვეს', '2025-06-12', '2025-05', 'month'],
  ])('%s: %s', (lang, text, span, published, date, precision) => {
    expect(found(text, lang, published, span.split(' ')[1])).toMatchObject({ text: span, date, precision });
  });
});

describe('last year / this year as one word in the later vocabularies', () => {
  it.each([
    ['hu', 'Tavaly hagyta el az egységét.', 'Tavaly', '2025-06-12', '2024'],
    ['hu', 'Idén kapott menedéket.', 'Idén', '2025-06-12', '2025'],
    ['hu', 'Tavaly ősszel hagyta el az egységét.', 'Tavaly ősszel', '2025-06-12', '2024-09'],
    ['sv', 'Han lämnade armén i fjol.', 'i fjol', '2025-06-12', '2024'],
    ['lv', 'Viņš pērn pameta vienību.', 'pērn', '2025-06-12', '2024'],
  ])('%s: %s', (lang, text, span, published, date) => {
    expect(found(text, lang, published, span)).toMatchObject({ date });
  });
});

describe('tomorrow is the day after the article', () => {
  it.each([
    ['lv', 'Komisija rīt lems par vīzām.', 'rīt'],
    ['bg', 'Съдът ще реши утре по делото.', 'утре'],
    ['tr', 'Mahkeme yarın karar verecek.', 'yarın'],
    ['fi', 'Oikeus päättää asiasta huomenna.', 'huomenna'],
    ['en', 'The court will rule tomorrow on his case.', 'tomorrow'],
    ['fr', 'Le tribunal statuera demain sur son cas.', 'demain'],
    ['pl', 'Sąd zdecyduje jutro w jego sprawie.', 'jutro'],
    ['pt', 'O tribunal decide amanhã o caso dele.', 'amanhã'],
  ])('%s: %s', (lang, text, word) => {
    expect(found(text, lang, '2025-06-12', word)).toMatchObject({ date: '2025-06-13', precision: 'day' });
  });

  it('guard: "rītā" (in the morning) is not tomorrow', () => {
    expect(found('Viņš ieradās rītā.', 'lv', '2025-06-12', 'rīt')).toBeUndefined();
  });
});

describe("the article's date line in the later languages' forms", () => {
  const head = async (line: string, body: string) =>
    extractReading(new TextEncoder().encode(`${body.split(' ').slice(0, 5).join(' ')}\n${line}\n\n${body} ${body}`), 'article.txt');
  it.each([
    ['lv', '2025. gada 14. februāris', 'Ierindnieks Ivans Rudenko dezertēja janvārī.', '2025-02-14', '2025-01'],
    [
      'fi',
      '14. helmikuuta 2025',
      'Sotamies Ivan Rudenko karkasi tammikuussa, kun hän oli rintamalla. Hän kertoo, että se oli vaikeaa ja että hän on nyt Suomessa.',
      '2025-02-14',
      '2025-01',
    ],
    ['ka', '2025 წლის 14 თებერვალი', 'რიგითი ივან რუდენკო იანვარში გაიქცა საქართველოში.', '2025-02-14', '2025-01'],
    ['pt', 'Tradução automática do alemão. 14.02.2025', 'O soldado Ivan Rudenko desertou em janeiro.', '2025-02-14', '2025-01'],
    [
      'sv',
      'Publicerad 14.02.2025 kl. 08.15 av redaktionen för utrikes',
      'Soldaten Ivan Rudenko deserterade i januari.',
      '2025-02-14',
      '2025-01',
    ],
    ['tr', 'Otomatik çeviri, Rusça aslından. 14.02.2025', 'Er Ivan Rudenko ocak ayında firar etti.', '2025-02-14', null],
  ])('%s: %s', async (_lang, line, body, date, month) => {
    const r = await head(line, body);
    expect(r.publishedAt?.date).toBe(date);
    if (month) expect(r.dates.some((d) => d.date === month)).toBe(true);
  });
});
