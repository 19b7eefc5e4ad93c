/**
 * The rules language by language, on short sentences in the phrasing news uses: folding and inflection,
 * asylum statements, dates, quotes, call signs, countries and cited outlets. These pin the general rules
 * (not the seed or fixture texts) so a vocabulary change that breaks a language shows up here.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/core/ingest/suggest/fold';
import { suggest } from '../../src/core/ingest/suggest/index';

const run = (text: string, language: string | null, date: string | null = null) =>
  suggest({ text, language, title: null, publishedAt: date ? { date, precision: 'day' } : null });

describe('folding for matching', () => {
  it('keeps every index: spans found in folded text are spans of the original', () => {
    for (const s of [
      'Şi-a aruncat în aer comandanţii',
      'Și-a aruncat în aer comandanții',
      'Мародёрство и йод',
      'Łódź, Žilina, Straße',
      'Putin’s',
      'п’ятниця',
    ]) {
      expect(fold(s)).toHaveLength(s.length);
    }
    expect(fold('ŞŢşţ')).toBe(fold('ȘȚșț'));
    expect(fold('мародёрство')).toBe(fold('мародерство'));
  });

  it('matches both Romanian diacritic forms and reports spans in the original', () => {
    for (const text of [
      'Comandanţii au ordonat execuţii extrajudiciare şi jafuri, a declarat armata.',
      'Comandanții au ordonat execuții extrajudiciare și jafuri, a declarat armata.',
    ]) {
      const r = run(text, 'ro');
      expect(r.allegations.map((a) => a.category).sort()).toEqual(['pillage', 'wilful-killing']);
      for (const a of r.allegations) expect(text.slice(a.start, a.end)).toBe(a.text);
    }
  });

  it.each([
    ['ru', 'По данным правозащитников, военные расстреляли пленных и пытали задержанных током.', ['killing-hors-de-combat', 'torture']],
    ['uk', 'За даними прокуратури, окупанти катували полонених і грабували будинки.', ['torture', 'pillage']],
    ['pl', 'Według raportu żołnierze torturowali jeńców i dopuszczali się gwałtów.', ['torture', 'sexual-violence']],
    ['cs', 'Podle prokuratury vojáci mučili zajatce a rabovali domy.', ['torture', 'pillage']],
    ['lt', 'Pasak prokurorų, kariai kankino belaisvius ir plėšikavo.', ['torture', 'pillage']],
    ['de', 'Laut dem Bericht wurden Kriegsgefangene gefoltert und Zivilisten erschossen.', ['torture', 'killing-hors-de-combat']],
    ['fr', 'Selon le rapport, des civils ont été exécutés et des maisons pillées.', ['wilful-killing', 'pillage']],
    ['it', 'Secondo il rapporto, i soldati hanno torturato i prigionieri e saccheggiato le case.', ['torture', 'pillage']],
    ['es', 'Según el informe, los soldados torturaron a prisioneros y saquearon viviendas.', ['torture', 'pillage']],
    ['nl', 'Volgens het rapport werden krijgsgevangenen gemarteld en huizen geplunderd.', ['torture', 'pillage']],
    ['en', 'According to the report, the unit looted homes and raped women.', ['pillage', 'sexual-violence']],
  ])('crime vocabulary with inflection (%s)', (lang, text, categories) => {
    const r = run(text, lang);
    const found = r.allegations.map((a) => a.category);
    for (const c of categories) expect(found, `${c} in ${found.join(', ')}`).toContain(c);
    expect(r.allegations.every((a) => a.basis === 'reported')).toBe(true);
  });
});

describe('asylum statements', () => {
  it.each([
    ['en', 'He applied for asylum in Germany last year.', 'applied', 'DE'],
    ['en', 'He now intends to seek political asylum in the Netherlands.', 'intends', 'NL'],
    ['ru', 'Он попросил политического убежища в Литве.', 'applied', 'LT'],
    ['uk', 'Він отримав притулок у Польщі.', 'granted', 'PL'],
    ['de', 'Sein Asylantrag in Litauen wurde abgelehnt.', 'refused', 'LT'],
    ['fr', "Il a demandé l'asile aux Pays-Bas.", 'applied', 'NL'],
    ['pl', 'Złożył wniosek o azyl w Niemczech.', 'applied', 'DE'],
    ['ro', 'A cerut azil politic în Lituania.', 'applied', 'LT'],
    ['cs', 'Požádal o azyl v Německu.', 'applied', 'DE'],
    ['it', "Ha ottenuto l'asilo in Francia.", 'granted', 'FR'],
    ['es', 'Su solicitud de asilo en España fue rechazada.', 'refused', 'ES'],
    ['nl', 'Hij heeft asiel aangevraagd in Nederland.', 'applied', 'NL'],
    ['lt', 'Jis paprašė prieglobsčio Lietuvoje.', 'applied', 'LT'],
  ])('%s: %s', (lang, text, status, country) => {
    expect(run(text, lang).asylum).toEqual([expect.objectContaining({ status, country, text, start: 0, end: text.length })]);
  });
});

describe('dates with honest precision', () => {
  it.each([
    ['ru', 'Он уехал 12 января 2023 года.', '12 января 2023 года', '2023-01-12', 'day'],
    ['uk', 'Це сталося 14 травня 2024 року.', '14 травня 2024 року', '2024-05-14', 'day'],
    ['de', 'Am 3. August 2022 floh er.', '3. August 2022', '2022-08-03', 'day'],
    ['fr', 'Il est parti le 5 mars 2023.', '5 mars 2023', '2023-03-05', 'day'],
    ['pl', 'Uciekł 17 lutego 2023 r.', '17 lutego 2023 r.', '2023-02-17', 'day'],
    ['ro', 'A fugit pe 3 martie 2022.', '3 martie 2022', '2022-03-03', 'day'],
    ['cs', 'Utekl 4. dubna 2023.', '4. dubna 2023', '2023-04-04', 'day'],
    ['it', 'È fuggito il 15 dicembre 2023.', '15 dicembre 2023', '2023-12-15', 'day'],
    ['es', 'Huyó el 2 de agosto de 2023.', '2 de agosto de 2023', '2023-08-02', 'day'],
    ['nl', 'Hij vluchtte op 3 maart 2022.', '3 maart 2022', '2022-03-03', 'day'],
    ['lt', 'Jis pabėgo 2023 m. rugsėjo 3 d.', '2023 m. rugsėjo 3 d.', '2023-09-03', 'day'],
    ['en', 'He fled on March 5, 2023.', 'March 5, 2023', '2023-03-05', 'day'],
    ['en', 'He left Russia in June 2022.', 'June 2022', '2022-06', 'month'],
    ['ru', 'Он служил в армии в ноябре 2023 года.', 'ноябре 2023 года', '2023-11', 'month'],
    ['ru', 'Это было осенью 2023 года.', 'осенью 2023 года', '2023-09', 'season'],
    ['uk', 'Він здався навесні 2024 року.', 'навесні 2024 року', '2024-03', 'season'],
    ['de', 'Er kam im Frühjahr 2023 nach Deutschland.', 'Frühjahr 2023', '2023-03', 'season'],
    ['fr', 'Il a démissionné au printemps 2023.', 'printemps 2023', '2023-03', 'season'],
    ['pl', 'Stacjonowali tam latem 2022 roku.', 'latem 2022 roku', '2022-06', 'season'],
    ['ro', 'Voluntar în timpul iernii 2024.', 'iernii 2024', '2024-01', 'season'],
    ['cs', 'Bojoval tam v létě 2022.', 'létě 2022', '2022-06', 'season'],
    ['es', 'Ocurrió en la primavera de 2022.', 'primavera de 2022', '2022-03', 'season'],
    ['nl', 'Hij vluchtte in de zomer van 2022.', 'zomer van 2022', '2022-06', 'season'],
    ['lt', 'Tai įvyko 2022 metų vasarą.', '2022 metų vasarą', '2022-06', 'season'],
    ['en', 'He joined the army in the mid-1990s.', 'mid-1990s', '1990', 'decade'],
    ['ro', 'S-a înrolat în armată în 2021.', '2021', '2021', 'year'],
    ['en', 'Dated 11.04.2023 23:00.', '11.04.2023', '2023-04-11', 'day'],
  ])('%s: %s', (lang, text, dateText, date, precision) => {
    expect(run(text, lang).dates).toContainEqual(expect.objectContaining({ text: dateText, date, precision }));
  });

  it('resolves a day without a year and a weekday from the publication date, and says unknown without one', () => {
    const text = 'Am Donnerstag überquerte er die Grenze. Am 3. August hatte er entschieden zu desertieren.';
    const dated = run(text, 'de', '2023-08-11');
    expect(dated.dates).toContainEqual(expect.objectContaining({ text: 'Donnerstag', date: '2023-08-10', precision: 'day' }));
    expect(dated.dates).toContainEqual(expect.objectContaining({ text: '3. August', date: '2023-08-03', precision: 'day' }));
    const undated = run(text, 'de');
    expect(undated.dates).toContainEqual(expect.objectContaining({ text: 'Donnerstag', date: null, precision: 'unknown' }));
    expect(undated.dates).toContainEqual(expect.objectContaining({ text: '3. August', date: null, precision: 'unknown' }));
    // A December day mentioned in a January article happened the year before.
    expect(run('Er floh am 20. Dezember.', 'de', '2024-01-15').dates[0]).toMatchObject({ date: '2023-12-20' });
  });

  it('does not take counts and large numbers for years', () => {
    expect(run('The interview had more than 924,000 views and 1,100 comments.', 'en').dates).toEqual([]);
    expect(run('He was paid $2000 and later 2000 рублей.', 'en').dates).toEqual([]);
  });
});

describe('quotes and speakers in each convention', () => {
  it.each([
    ['en', 'Ivan Petrov fled in May. “I saw them shoot prisoners in the basement,” Petrov said.', 'Ivan Petrov'],
    ['en', 'Ivan Petrov fled in May. Petrov told the BBC: "We were ordered to shoot everyone who surrendered."', 'Ivan Petrov'],
    ['de', 'Ivan Petrow floh im Mai. „Ich habe gesehen, wie Gefangene erschossen wurden“, sagte Petrow.', 'Ivan Petrow'],
    ['pl', 'Iwan Pietrow uciekł w maju. „Widziałem, jak rozstrzeliwano jeńców w piwnicy” – powiedział Pietrow.', 'Iwan Pietrow'],
    ['ro', 'Ivan Petrov a fugit în mai. „Am văzut cum erau împușcați prizonierii în subsol”, a spus Petrov.', 'Ivan Petrov'],
    ['fr', 'Ivan Petrov a fui en mai. « J’ai vu des prisonniers abattus dans une cave », raconte Petrov.', 'Ivan Petrov'],
    ['ru', 'Иван Петров сбежал в мае. «Я видел, как расстреливали пленных в подвале», — рассказал Петров.', 'Иван Петров'],
    ['uk', 'Іван Петров втік у травні. «Я бачив, як розстрілювали полонених у підвалі», — розповів Петров.', 'Іван Петров'],
    ['nl', "Ivan Petrov vluchtte in mei. 'Ik zag hoe gevangenen in de kelder werden doodgeschoten,' zei Petrov.", 'Ivan Petrov'],
    ['cs', 'Ivan Petrov utekl v květnu. „Viděl jsem, jak zastřelili zajatce ve sklepě,“ řekl Petrov.', 'Ivan Petrov'],
    ['lt', 'Ivanas Petrovas pabėgo gegužę. „Mačiau, kaip rūsyje šaudė belaisvius“, – sakė Petrovas.', 'Ivanas Petrovas'],
    ['it', 'Ivan Petrov è fuggito a maggio. «Ho visto fucilare i prigionieri in cantina», ha detto Petrov.', 'Ivan Petrov'],
    ['es', 'Iván Petrov huyó en mayo. «Vi cómo fusilaban a los prisioneros en el sótano», dijo Petrov.', 'Petrov'],
  ])('%s', (lang, text, speaker) => {
    const r = run(text, lang);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0].speaker).toContain(speaker);
    expect(text.slice(r.quotes[0].start, r.quotes[0].end)).toBe(r.quotes[0].text);
  });

  it('treats apostrophes and scare quotes as text, not quotes', () => {
    const r = run('Putin’s officers spoke of “false flag” operations.', 'en');
    expect(r.quotes).toEqual([]);
  });
});

describe('subject, call signs, countries and outlets', () => {
  it('finds a call sign and the rank in Russian, with inflected forms of the name', () => {
    const text =
      'Старший лейтенант Максим Ершов дезертировал из армии. 29-летний Ершов, известный под позывным «Бур», рассказал об этом изданию. По словам Ершова, он видел расстрелы пленных.';
    const s = run(text, 'ru').subject!;
    expect(s).toMatchObject({ name: 'Максим Ершов', aliases: ['Бур'], age: 29 });
    expect(s.rank?.toLowerCase()).toBe('старший лейтенант');
  });

  it('takes a pseudonym as the subject when the article withholds the real name', () => {
    const ru = 'Андрей (имя изменено) служил контрактником и дезертировал в 2023 году. Андрей рассказал, что видел пытки пленных.';
    expect(run(ru, 'ru').subject).toMatchObject({ name: 'Андрей' });
    const en = 'A Russian soldier, identified only as Dmitry, deserted last year. Dmitry said he saw prisoners executed.';
    expect(run(en, 'en').subject).toMatchObject({ name: 'Dmitry' });
  });

  it('takes a defector named by his given name only as the subject', () => {
    const text =
      'Kirill, 27, a former paratrooper, says he deserted in October 2022 after his commander ordered the platoon to open fire on a car carrying a family. "I refused," he told the Guardian. Kirill has applied for asylum in France.';
    const r = run(text, 'en');
    expect(r.subject).toMatchObject({ name: 'Kirill', age: 27 });
    expect(r.subject?.rank).toBe('paratrooper');
    expect(r.asylum).toContainEqual(expect.objectContaining({ status: 'applied', country: 'FR' }));
    expect(r.allegations).toContainEqual(expect.objectContaining({ category: 'attacks-on-civilians', basis: 'first-hand' }));
  });

  it('tells who did it: seeing is not doing, his commander is not his rank, "according to him" is his account', () => {
    const de =
      'Der 24-jährige Sergej Michailow war als Vertragssoldat eingesetzt und desertierte. „Unser Kommandeur hat befohlen, keine Gefangenen zu machen“, sagte Michailow.';
    const r = run(de, 'de');
    expect(r.subject?.rank).toBe('Vertragssoldat');
    expect(r.allegations).toContainEqual(
      expect.objectContaining({ category: 'denial-of-quarter', basis: 'first-hand', selfIncriminating: false }),
    );
    const uk =
      'Капітан Дмитро Волошин дезертирував. «Я бачив, як полонених били та катували струмом», — розповів Волошин. За словами Волошина, дітей вивозили до Росії.';
    const u = run(uk, 'uk');
    expect(u.allegations.filter((a) => a.category === 'torture')).toEqual([
      expect.objectContaining({ basis: 'first-hand', selfIncriminating: false }),
    ]);
    expect(u.allegations).toContainEqual(expect.objectContaining({ category: 'deportation-transfer', basis: 'first-hand' }));
    const fr = "Le capitaine Andreï Voronine a déserté. « J'ai frappé un détenu, une fois », reconnaît-il.";
    expect(run(fr, 'fr').allegations).toContainEqual(expect.objectContaining({ category: 'torture', selfIncriminating: true }));
  });

  it('takes the lede as describing the first person named ("A Russian pilot who defected … Anton Belyaev, 28, flew …")', () => {
    const text =
      "A Russian military pilot who defected to Ukraine with his helicopter has been found dead in Spain.\n\nAnton Belyaev, 28, flew the helicopter across the front line in August 2023. The head of Russia's foreign intelligence service, Sergei Naryshkin, called him a traitor. Belyaev had lived in Spain.";
    const r = run(text, 'en');
    expect(r.subject).toMatchObject({ name: 'Anton Belyaev', age: 28 });
    expect(r.people).toContainEqual(expect.objectContaining({ name: 'Sergei Naryshkin', role: 'head of' }));
    expect(r.asylum).toContainEqual(expect.objectContaining({ status: 'none', country: 'UA' }));
  });

  it('follows the application into the next sentences, and reads "according to the soldier" as his account', () => {
    const cs =
      'Bývalý nadporučík Igor Semjonov (31) uprchl do Česka, kde požádal o mezinárodní ochranu. Ministerstvo vnitra jeho žádost zamítlo.';
    expect(run(cs, 'cs').asylum.map((a) => `${a.status}/${a.country}`)).toEqual(['refused/CZ']);
    const it = 'Il sergente Pavel Smirnov è disertato. Secondo il militare, la sua unità ha ucciso quattro civili.';
    expect(run(it, 'it').allegations).toContainEqual(expect.objectContaining({ category: 'wilful-killing', basis: 'first-hand' }));
  });

  it('reads an asylum statement about "the deserter" as the subject\'s', () => {
    const text = 'Ivan Sokolov, a Russian sergeant, crossed into Norway. The deserter has applied for asylum there, the police said.';
    expect(run(text, 'en').asylum).toContainEqual(expect.objectContaining({ status: 'applied', country: 'NO' }));
  });

  it('has no subject when the article is about a video and officials', () => {
    const text =
      'The ministry released a video. “This is a war crime,” said Maria Zakharova, spokesperson for the ministry. Soldiers were seen surrendering.';
    expect(run(text, 'en').subject).toBeNull();
  });

  it.each([
    ['en', 'He flew on to the Netherlands.', 'NL'],
    ['de', 'Er floh nach Litauen.', 'LT'],
    ['ro', 'A ajuns în Lituania.', 'LT'],
    ['ru', 'Сейчас он находится в Литве.', 'LT'],
    ['uk', 'Зараз він у Польщі.', 'PL'],
    ['pl', 'Przebywa w Polsce.', 'PL'],
    ['cs', 'Je v Česku.', 'CZ'],
    ['it', 'Si trova in Finlandia.', 'FI'],
    ['es', 'Vive en España.', 'ES'],
    ['nl', 'Hij woont in Nederland.', 'NL'],
    ['fr', 'Il vit en France.', 'FR'],
    ['lt', 'Jis gyvena Lietuvoje.', 'LT'],
    ['ro', 'A servit la graniţa Chinei cu Rusia.', 'CN'],
  ])('country in %s: %s', (lang, text, code) => {
    expect(run(text, lang).countries).toContain(code);
  });

  it.each([
    ['en', 'Ammosov told the BBC he was ready.', 'BBC'],
    ['en', 'The former colonel, according to Dutch public broadcaster NPO1, will testify.', 'NPO1'],
    ['en', 'The claims were reported by Reuters.', 'Reuters'],
    ['ro', 'Un soldat rus a dezertat, relatează CNN.', 'CNN'],
    ['de', 'Das teilte ein Sprecher der Nachrichtenagentur AP mit.', 'AP'],
    ['ru', 'Об этом сообщает «Медуза».', 'Meduza'],
    ['ru', 'Об этом сообщает издание «Новые вести».', 'Новые вести'],
    ['uk', 'Про це повідомляє «Суспільне».', 'Suspilne'],
    ['pl', 'Jak podaje Onet, żołnierz uciekł.', 'Onet'],
    ['cs', 'Jak informoval server iROZHLAS, voják utekl.', 'iROZHLAS'],
    ['lt', 'Apie tai pranešė LRT.', 'LRT'],
  ])('cited outlet in %s: %s', (lang, text, outlet) => {
    expect(run(text, lang).citedOutlets).toContain(outlet);
  });
});
