/** Describe-stage units: language identification, publication dates, and the furniture filter's restraint. */
import { describe, expect, it } from 'vitest';
import { findDates, parseMetaDate } from '../../src/core/ingest/dates';
import { detectLanguage } from '../../src/core/ingest/language';
import { filterFurniture, furnitureRule } from '../../src/core/ingest/furniture';

describe('language identification', () => {
  const samples: [string, string][] = [
    ['en', 'The soldier said he had refused an order to fire on civilians and was then held in a pit for a week.'],
    ['ru', 'Солдат рассказал, что отказался выполнить приказ стрелять по мирным жителям, и после этого его неделю держали в яме.'],
    ['uk', 'Солдат розповів, що відмовився виконати наказ стріляти по цивільних, і після цього його тиждень тримали в ямі.'],
    [
      'de',
      'Der Soldat sagte, er habe sich geweigert, auf Zivilisten zu schießen, und sei danach eine Woche in einer Grube festgehalten worden.',
    ],
    [
      'fr',
      'Le soldat a déclaré qu’il avait refusé de tirer sur des civils et qu’il avait ensuite été détenu pendant une semaine dans une fosse.',
    ],
    ['pl', 'Żołnierz powiedział, że odmówił strzelania do cywilów i że potem przez tydzień był przetrzymywany w dole.'],
    ['ro', 'Soldatul a spus că a refuzat ordinul de a trage în civili şi că apoi a fost ţinut o săptămână într-o groapă.'],
    ['ro', 'Soldatul a spus că a refuzat ordinul de a trage în civili și că apoi a fost ținut o săptămână într-o groapă.'],
    ['cs', 'Voják řekl, že odmítl rozkaz střílet na civilisty a že byl poté týden držen v jámě.'],
    ['sk', 'Vojak povedal, že odmietol rozkaz strieľať na civilistov a že ho potom týždeň držali v jame.'],
    ['it', 'Il soldato ha detto di essersi rifiutato di sparare sui civili e di essere stato poi tenuto per una settimana in una fossa.'],
    ['es', 'El soldado dijo que se había negado a disparar contra los civiles y que después lo mantuvieron una semana en un pozo.'],
    ['pt', 'O soldado disse que se recusou a disparar contra os civis e que depois foi mantido durante uma semana num buraco.'],
    ['nl', 'De soldaat zei dat hij had geweigerd op burgers te schieten en daarna een week in een kuil werd vastgehouden.'],
    ['lt', 'Karys sakė, kad atsisakė vykdyti įsakymą šaudyti į civilius ir po to savaitę buvo laikomas duobėje.'],
    ['be', 'Салдат расказаў, што адмовіўся выконваць загад страляць па мірных жыхарах, і пасля гэтага яго тыдзень трымалі ў яме.'],
    ['bg', 'Войникът каза, че е отказал да изпълни заповедта да стреля по цивилни и след това е бил държан една седмица в яма.'],
  ];
  it.each(samples)('%s: %s', (lang, text) => {
    expect(detectLanguage(text).language).toBe(lang);
  });

  it.each([
    ['pl', 'Dezerter trafił do aresztu.'],
    ['cs', 'Voják přešel hranici pěšky.'],
    ['sk', 'Vojak povedal, že prešiel hranicu pešo.'],
    ['uk', 'Він перейшов кордон пішки.'],
    ['ru', 'Он перешёл границу пешком.'],
    ['lt', 'Karys perėjo sieną pėsčiomis.'],
    ['ro', 'Soldatul a trecut granița pe jos.'],
    ['de', 'Der Soldat überquerte die Grenze zu Fuß.'],
    ['es', 'El soldado cruzó la frontera a pie.'],
    ['fr', 'Le soldat a traversé la frontière à pied.'],
  ])('a short sentence (%s): %s', (lang, text) => {
    expect(detectLanguage(text).language).toBe(lang);
  });

  it('is honest about too little text, and uses a declared language only as a recorded last resort', () => {
    expect(detectLanguage('OK').language).toBeNull();
    expect(detectLanguage('NATO ICC GRU FSB BBC CNN 2022 2023 2024').language).toBeNull();
    const declared = detectLanguage('Zelensky Putin Kyiv Moskva Bakhmut Avdiivka', 'pl-PL');
    expect(declared.language).toBe('pl');
    expect(declared.why).toMatch(/declared by the document/);
  });

  it('goes by the article, not by quoted names: an English text full of Russian names is English', () => {
    expect(
      detectLanguage('Sergei Ivanovich Petrov, a Rosgvardia officer from Novosibirsk, told Meduza and Novaya Gazeta that he was in Bucha.')
        .language,
    ).toBe('en');
  });

  it('knows scripts it has no word list for', () => {
    expect(detectLanguage('Ο στρατιώτης είπε ότι αρνήθηκε να πυροβολήσει αμάχους και κρατήθηκε σε λάκκο.').language).toBe('el');
    expect(detectLanguage('ჯარისკაცმა თქვა, რომ უარი თქვა მშვიდობიან მოსახლეობაზე სროლაზე.').language).toBe('ka');
  });
});

describe('publication dates', () => {
  const cases: [string, string | null, string][] = [
    ['11.04.2023 23:00', '2023-04-11', '11.04.2023'],
    ['Tuesday, November 29, 2022', '2022-11-29', 'Tuesday, November 29, 2022'],
    ['Published: 6 September 2023', '2023-09-06', '6 September 2023'],
    ['29. November 2022', '2022-11-29', '29. November 2022'],
    ['29 ноября 2022 г.', '2022-11-29', '29 ноября 2022 г.'],
    ['3 квітня 2024 року', '2024-04-03', '3 квітня 2024 року'],
    ['12 de febrero de 2024', '2024-02-12', '12 de febrero de 2024'],
    ['27 februarie 2024', '2024-02-27', '27 februarie 2024'],
    ['1 marca 2023', '2023-03-01', '1 marca 2023'],
    ['10. června 2023', '2023-06-10', '10. června 2023'],
    ['2023 m. rugsėjo 5 d.', '2023-09-05', '2023 m. rugsėjo 5 d.'],
    ['2023-11-21T14:05:00+01:00', '2023-11-21', '2023-11-21T14:05:00+01:00'],
    ['25/12/2023', '2023-12-25', '25/12/2023'],
  ];
  it.each(cases)('%s', (s, date, text) => {
    const [d] = findDates(s);
    expect(d).toMatchObject({ date, precision: 'day', text });
  });

  it('does not guess an ambiguous numeric date, and skips impossible ones', () => {
    expect(findDates('03/04/2023')).toEqual([{ text: '03/04/2023', date: null, precision: 'unknown', index: 0 }]);
    expect(findDates('31.02.2023')).toEqual([]);
  });

  it('reads machine dates from metadata with their precision', () => {
    expect(parseMetaDate('2024-06-14T08:30:00')).toEqual({ date: '2024-06-14', precision: 'day' });
    expect(parseMetaDate('2024-06')).toEqual({ date: '2024-06', precision: 'month' });
    expect(parseMetaDate('Tue, 14 Jun 2022 10:00:00 GMT')).toEqual({ date: '2022-06-14', precision: 'day' });
    expect(parseMetaDate('someday')).toEqual({ date: null, precision: 'unknown' });
  });
});

describe('the furniture filter keeps article sentences that merely look like furniture', () => {
  const keep = [
    'Share prices of Russian defence companies fell sharply after the report.',
    'Photo evidence of the shooting was later presented to prosecutors.',
    'Comments made by the commander were recorded by another soldier.',
    'Read more carefully, the order said that prisoners were not to be taken.',
    'Latest figures show that more than 1,000 soldiers have deserted.',
    'Foto e video dell’esecuzione sono stati consegnati ai magistrati.',
    'Фото с места казни он передал журналистам.',
    'Teilen wollte er seine Erlebnisse erst, als er in Sicherheit war.',
    'Reklama na billboardach wzywała do zaciągania się do wojska.',
    '2022',
    'Source: dziennik.pl, newsweek.com, The New Voice of Ukraine',
    'He said: "We were told to leave no one alive."',
  ];
  it.each(keep)('%s', (p) => {
    expect(furnitureRule(p, 3)).toBeNull();
  });

  it('drops a "see also" heading together with the teaser links under it, up to the next real paragraph', () => {
    const { kept, dropped } = filterFurniture([
      'The soldier crossed the border on foot.',
      'See also:',
      'Russia closes border crossings',
      'Five things to know about the draft',
      'He was detained by the border guard and asked for asylum the same day, his lawyer said.',
    ]);
    expect(kept).toEqual([
      'The soldier crossed the border on foot.',
      'He was detained by the border guard and asked for asylum the same day, his lawyer said.',
    ]);
    expect(dropped.map((d) => d.rule)).toEqual(['promo/navigation label', 'promo list item', 'promo list item']);
  });
});

describe('the furniture filter drops what sites put inside article bodies', () => {
  const drop: string[] = [
    'READ MORE: Ukraine poised to drive Russia out',
    'Don’t miss… North Korea in desperate bid for Russian tourists[LATEST]',
    'Читайте также: Как дезертиры уходят через Казахстан',
    'Lesen Sie auch: Finnland schließt weitere Grenzübergänge',
    'Citește și: Tot mai mulți dezertori ruși ajung în UE',
    'Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини!',
    'Subscribe to our Telegram channel for the latest updates',
    'Image source, Getty Images',
    'Image caption, Russian recruits at a training ground in 2023',
    'Skip Twitter post by Ukraine MoD',
    'End of Twitter post by Ukraine MoD',
    'View this post on Instagram',
    'Allow X content? This article contains content provided by X. We ask for your permission before anything is loaded.',
    'Subscribe to continue reading',
    '2 hours ago',
    'Фото: Reuters',
    'Fot. PAP/Wojciech Pacewicz',
    '(pm/gs)',
    'mw/ par/',
    '15668:',
    '2.3 C',
    'Please enter your comment!',
    'We use cookies to improve your experience. By continuing to browse you agree.',
    'World | Europe',
    'Startseite > Politik > Ausland',
    '© 2024 Gazeta de Est. Toate drepturile rezervate.',
    '6 min read',
    'Facebook Twitter Email',
  ];
  it.each(drop)('%s', (p) => {
    expect(furnitureRule(p, 0)).not.toBeNull();
  });
});

describe('Cyrillic labels (JavaScript \\b does not see Cyrillic letters)', () => {
  it('drops a Russian cookie banner and a Ukrainian follow prompt; reads a Russian "published" line as the date', async () => {
    expect(furnitureRule('Мы используем файлы cookie, чтобы сайт работал лучше.', 9)).toBe('cookie banner');
    expect(furnitureRule('Підписуйтесь на наш Telegram-канал!', 9)).toBe('follow/subscribe prompt');
    const { readStages } = await import('./documents');
    const r = await readStages(
      new TextEncoder().encode(
        'Опубликовано: 5 мая 2024, 12:30\n\nСолдат рассказал, что покинул часть и уехал в Казахстан, а затем попросил убежища в Германии.',
      ),
    );
    expect(r.publishedAt?.date).toBe('2024-05-05');
  });
});

describe('slash dates follow the language’s convention', () => {
  it('reads 05/03/2024 as 5 March in French, and leaves it undecided in English', () => {
    expect(findDates('05/03/2024', true)[0]).toMatchObject({ date: '2024-03-05', precision: 'day' });
    expect(findDates('05/03/2024', false)[0]).toMatchObject({ date: null, precision: 'unknown' });
  });
});
