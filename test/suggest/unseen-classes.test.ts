/**
 * The classes still failing at the end of issue #13's second session (bench/quality/README.md), each in at least
 * five languages, on short texts written for these tests (not the evaluation set's articles): a negated act, a
 * soldier on trial in Ukraine, date lines of machine-translated reposts, month case forms and abbreviated months,
 * asylum told in a sentence that names nobody, a decision in a headline's present tense, asylum policy in general,
 * a role word that belongs to the next name, a named medium, and self-incrimination in a "we did as told" sentence
 * next to the allegation it completes.
 */
import { describe, expect, it } from 'vitest';
import { extractReading } from '../../src/core/ingest/index';
import { suggest } from '../../src/core/ingest/suggest/index';

const run = (text: string, language: string, date: string | null = '2025-03-10') =>
  suggest({ text, language, title: null, publishedAt: date ? { date, precision: 'day' } : null });
const categories = (text: string, language: string) => [...new Set(run(text, language).allegations.map((a) => a.category))].sort();
const asylum = (text: string, language: string) => run(text, language).asylum.map((a) => `${a.status}/${a.country}`);
const read = (text: string, name = 'article.txt') => extractReading(new TextEncoder().encode(text), name);

describe('an act denied in its own clause is no allegation', () => {
  it.each([
    [
      'it',
      'Il soldato Ivan Rudenko ha disertato. Ha detto che non ha mai sparato sui civili.',
      'Il soldato Ivan Rudenko ha disertato. Ha detto che ha sparato sui civili.',
    ],
    [
      'en',
      'Private Ivan Rudenko deserted. He said he never shot at civilians.',
      'Private Ivan Rudenko deserted. He said he shot at civilians.',
    ],
    [
      'ru',
      'Рядовой Иван Руденко дезертировал. Он говорит, что никогда не стрелял по мирным жителям.',
      'Рядовой Иван Руденко дезертировал. Он говорит, что стрелял по мирным жителям.',
    ],
    [
      'pl',
      'Szeregowy Iwan Rudenko zdezerterował. Mówi, że nigdy nie strzelał do cywilów.',
      'Szeregowy Iwan Rudenko zdezerterował. Mówi, że strzelał do cywilów.',
    ],
    [
      'de',
      'Der Soldat Iwan Rudenko ist desertiert. Er sagt, er habe nie auf Zivilisten geschossen.',
      'Der Soldat Iwan Rudenko ist desertiert. Er sagt, er habe auf Zivilisten geschossen.',
    ],
    [
      'fr',
      "Le soldat Ivan Roudenko a déserté. Il affirme qu'il n'a jamais tiré sur des civils.",
      "Le soldat Ivan Roudenko a déserté. Il affirme qu'il a tiré sur des civils.",
    ],
  ])('%s', (lang, denied, admitted) => {
    expect(categories(denied, lang)).toEqual([]);
    expect(categories(admitted, lang).length).toBeGreaterThan(0);
  });

  it('keeps a denial of quarter, which is said with a negation', () => {
    expect(categories('Рядовой Иван Руденко дезертировал. «Нам приказали не брать пленных», — говорит он.', 'ru')).toContain(
      'denial-of-quarter',
    );
  });

  it('reads a risk of persecution as the ground of a claim, not an allegation', () => {
    expect(
      categories('Il soldato Ivan Rudenko ha disertato. Secondo il tribunale, non ha dimostrato il rischio di persecuzione.', 'it'),
    ).toEqual([]);
    expect(categories('Рядовой Иван Руденко дезертировал. Ему грозит уголовное преследование.', 'ru')).toEqual([]);
    expect(categories('Der Soldat Iwan Rudenko ist desertiert. Ihm droht in Russland politische Verfolgung.', 'de')).toEqual([]);
  });
});

describe('a Russian soldier on trial in Ukraine is no defector', () => {
  it.each([
    [
      'de',
      'Ein Gericht in Charkiw hat den russischen Soldaten Oleg Fomin verurteilt. Er soll zwei Kriegsgefangene erschossen haben, nachdem sie sich ergeben hatten.',
    ],
    [
      'en',
      'A court in Kharkiv has sentenced Russian soldier Oleg Fomin to life. Prosecutors said he shot two prisoners of war after they had surrendered.',
    ],
    [
      'ru',
      'Суд в Харькове приговорил российского военного Олега Фомина к пожизненному заключению. По данным прокуратуры, он расстрелял двух пленных, которые сдались.',
    ],
    [
      'uk',
      'Суд у Харкові засудив російського військового Олега Фоміна до довічного ув’язнення. За даними прокуратури, він розстріляв двох полонених, які здалися.',
    ],
    [
      'pl',
      'Sąd w Charkowie skazał rosyjskiego żołnierza Olega Fomina na dożywocie. Według prokuratury zastrzelił dwóch jeńców, którzy się poddali.',
    ],
  ])('%s', (lang, text) => {
    const r = run(text, lang);
    expect(r.subject).toBeNull();
    expect(r.allegations.some((a) => a.selfIncriminating)).toBe(false);
  });

  it('keeps a deserter sentenced in absentia as the subject', () => {
    expect(
      run('A military court in Moscow sentenced deserter Oleg Fomin in absentia. Fomin, a sergeant, fled to Georgia in May.', 'en').subject,
    ).toMatchObject({ name: 'Oleg Fomin' });
    expect(
      run('Военный суд в Москве заочно приговорил дезертира Олега Фомина. Сержант Фомин сбежал в Грузию в мае.', 'ru').subject?.name,
    ).toMatch(/Фомин/);
  });
});

describe('date lines of machine-translated reposts', () => {
  it.each([
    [
      'it',
      'Disertore russo chiede asilo in Germania\nArticolo tradotto automaticamente - 14/02/2025\n\nIl soldato Ivan Rudenko ha disertato a gennaio e ha chiesto asilo in Germania.',
      '2025-02-14',
    ],
    [
      'pl',
      'Rosyjski dezerter prosi o azyl w Niemczech\nArtykuł przetłumaczony automatycznie. Opublikowano: 14.02.2025, 10:15\n\nSzeregowy Iwan Rudenko zdezerterował w styczniu i złożył wniosek o azyl w Niemczech.',
      '2025-02-14',
    ],
    [
      'fr',
      "Un déserteur russe demande l'asile en Allemagne\nArticle traduit automatiquement - 14/02/2025\n\nLe soldat Ivan Roudenko a déserté en janvier et a demandé l'asile en Allemagne.",
      '2025-02-14',
    ],
    [
      'en',
      'Russian deserter seeks asylum in Germany\nTranslated automatically from the Russian. 14.02.2025\n\nPrivate Ivan Rudenko deserted in January and applied for asylum in Germany.',
      '2025-02-14',
    ],
    [
      'ru',
      'Российский дезертир попросил убежища в Германии\nПерепечатка, перевод редакции. 14.02.2025\n\nРядовой Иван Руденко дезертировал в январе и попросил убежища в Германии.',
      '2025-02-14',
    ],
  ])('%s', async (_lang, text, date) => {
    const r = await read(text);
    expect(r.publishedAt?.date).toBe(date);
    // and a month without a year then resolves against it
    expect(r.dates.some((d) => d.date === '2025-01')).toBe(true);
  });
});

describe('month case forms and abbreviated months', () => {
  it.each([
    ['lt', 'Karys Igoris Petrovas gruodį paliko dalinį.', 'gruodį', '2024-12'],
    ['lt', 'Karys Igoris Petrovas pabėgo lapkrityje.', 'lapkrityje', '2024-11'],
    ['pl', 'Szeregowy Igor Petrow uciekł z jednostki w grudniu.', 'grudniu', '2024-12'],
    ['ru', 'Рядовой Игорь Петров сбежал из части в декабре.', 'декабре', '2024-12'],
    ['uk', 'Рядовий Ігор Петров утік із частини у грудні.', 'грудні', '2024-12'],
    ['cs', 'Vojín Igor Petrov utekl z jednotky v prosinci.', 'prosinci', '2024-12'],
  ])('%s %s', (lang, text, word, date) => {
    expect(run(text, lang).dates).toContainEqual(
      expect.objectContaining({ text: expect.stringContaining(word), date, precision: 'month' }),
    );
  });

  it.each([
    ['en', 'The board accepted his claim on Jan. 9 after a hearing.', 'Jan. 9', '2025-01-09'],
    ['en', 'He deserted on Dec. 12, 2023, near Bakhmut.', 'Dec. 12, 2023', '2023-12-12'],
    ['de', 'Er desertierte am 9. Jan. 2025 bei Kupjansk.', '9. Jan', '2025-01-09'],
    ['fr', 'Il a déserté le 9 janv. près de Koupiansk.', '9 janv', '2025-01-09'],
    ['es', 'Desertó el 9 ene. cerca de Kúpiansk.', '9 ene', '2025-01-09'],
    ['nl', 'Hij deserteerde op 9 jan. bij Koepjansk.', '9 jan', '2025-01-09'],
  ])('%s "%s"', (lang, text, word, date) => {
    expect(run(text, lang).dates).toContainEqual(expect.objectContaining({ text: expect.stringContaining(word), date, precision: 'day' }));
  });
});

describe('asylum told in a sentence that names nobody (languages that drop the pronoun)', () => {
  it.each([
    ['pl', 'Szeregowy Iwan Rudenko zdezerterował w maju. Dziś mieszka w Niemczech i złożył tam wniosek o azyl.', 'applied/DE'],
    ['cs', 'Vojín Ivan Rudenko dezertoval v květnu. Dnes žije v Německu a požádal tam o azyl.', 'applied/DE'],
    ['ru', 'Рядовой Иван Руденко дезертировал в мае. Сейчас живет в Германии и попросил там убежища.', 'applied/DE'],
    ['uk', 'Рядовий Іван Руденко дезертирував у травні. Зараз живе в Німеччині й попросив там притулку.', 'applied/DE'],
    ['it', 'Il soldato Ivan Rudenko ha disertato a maggio. Oggi vive in Germania e ha chiesto asilo.', 'applied/DE'],
    ['es', 'El soldado Iván Rudenko desertó en mayo. Hoy vive en Alemania y ha solicitado asilo.', 'applied/DE'],
  ])('%s', (lang, text, want) => {
    expect(asylum(text, lang)).toEqual([want]);
  });

  it('does not give him a sentence that continues someone else', () => {
    expect(
      asylum(
        'Szeregowy Iwan Rudenko zdezerterował w maju.\n\nJego znajomy Piotr Kowalczyk uciekł do Niemiec. Mieszka tam i złożył wniosek o azyl.',
        'pl',
      ),
    ).toEqual([]);
  });
});

describe('a decision in the present tense of a headline', () => {
  it.each([
    ['it', 'Il tribunale respinge la richiesta di asilo del soldato Ivan Rudenko, disertore, in Germania.', 'refused/DE'],
    ['nl', 'Deserteur Ivan Roedenko deserteerde in mei. De IND wijst zijn asielaanvraag af.', 'refused/NL'],
    ['es', 'España rechaza la solicitud de asilo del desertor ruso Iván Rudenko.', 'refused/ES'],
    ['pl', 'Polska odrzuca wniosek o azyl rosyjskiego dezertera Iwana Rudenki.', 'refused/PL'],
    ['en', 'Germany rejects asylum claim of Russian deserter Ivan Rudenko.', 'refused/DE'],
    ['cs', 'Česko zamítá žádost o azyl ruského dezertéra Ivana Rudenka.', 'refused/CZ'],
  ])('%s', (lang, text, want) => {
    expect(asylum(text, lang)).toEqual([want]);
  });
});

describe('asylum policy in general gives no asylum statement', () => {
  it.each([
    [
      'ru',
      'Власти Казахстана изменили порядок рассмотрения заявлений о статусе беженца от граждан России. За год статус беженца получили лишь несколько человек.',
    ],
    ['uk', 'Уряд змінив правила розгляду заяв про притулок від громадян Росії. За рік притулок отримали лише кілька осіб.'],
    ['de', 'Die Regierung ändert die Regeln für Asylanträge russischer Bürger. Im vergangenen Jahr erhielten nur wenige Menschen Asyl.'],
    ['pl', 'Rząd zmienia zasady rozpatrywania wniosków o azyl od obywateli Rosji. W ubiegłym roku azyl otrzymało tylko kilka osób.'],
    ['en', 'The government is changing the rules for asylum claims by Russian citizens. Last year only a few people were granted asylum.'],
  ])('%s', (lang, text) => {
    const r = run(text, lang);
    expect(r.subject).toBeNull();
    expect(r.asylum).toEqual([]);
  });
});

describe("a role word right before another name is that person's", () => {
  it.each([
    [
      'it',
      'Il tribunale ha respinto la richiesta di asilo del soldato Artem Volkov, ha detto il suo avvocato Marco Rossi. Volkov ha disertato.',
      'Artem Volkov',
      'Marco Rossi',
    ],
    [
      'en',
      'The court rejected the asylum claim of soldier Artem Volkov, said his lawyer Mark Ross. Volkov deserted in May.',
      'Artem Volkov',
      'Mark Ross',
    ],
    [
      'fr',
      "Le tribunal a rejeté la demande d'asile du soldat Artem Volkov, a indiqué son avocat Marc Rousseau. Volkov a déserté en mai.",
      'Artem Volkov',
      'Marc Rousseau',
    ],
    [
      'de',
      'Das Gericht lehnte den Asylantrag des Soldaten Artem Wolkow ab, sagte sein Anwalt Markus Roth. Wolkow desertierte im Mai.',
      'Artem Wolkow',
      'Markus Roth',
    ],
    [
      'es',
      'El tribunal rechazó la solicitud de asilo del soldado Artem Vólkov, dijo su abogado Marcos Ruiz. Vólkov desertó en mayo.',
      'Artem Vólkov',
      'Marcos Ruiz',
    ],
  ])('%s', (lang, text, subject, lawyer) => {
    const r = run(text, lang);
    expect(r.subject?.name).toBe(subject);
    // (the given name may come back in another language's form: the surname decides)
    expect(r.people.find((p) => p.name.endsWith(lawyer.split(' ')[1]))?.role).toBeTruthy();
  });
});

describe('a named medium is an outlet', () => {
  it.each([
    ['cs', 'Vojín Ivan Rudenko dezertoval. Serveru Aktuality.sk řekl, že utekl v květnu.', 'Aktuality.sk'],
    ['cs', 'Vojín Ivan Rudenko dezertoval. Řekl to serveru Echo24.', 'Echo24'],
    ['en', 'Private Ivan Rudenko deserted, he told broadcaster Vestland TV.', 'Vestland TV'],
    ['pl', 'Szeregowy Iwan Rudenko zdezerterował, powiedział portalowi Wschodnia Gazeta.', 'Wschodnia Gazeta'],
    ['es', 'El soldado Iván Rudenko desertó, según el diario Clarín.', 'Clarín'],
    ['lt', 'Karys Ivanas Rudenka dezertyravo, sakė jis portalui Kauno Diena.', 'Kauno Diena'],
  ])('%s %s', (lang, text, outlet) => {
    expect(run(text, lang).citedOutlets).toContain(outlet);
  });

  it('does not take the medium word of a quoted name for a second outlet', () => {
    expect(run('Об этом сообщает издание «Новая газета Европа».', 'ru').citedOutlets).toEqual(['Novaya Gazeta Europe']);
  });
});

describe('"we did as told" next to the allegation it completes incriminates him', () => {
  it.each([
    [
      'en',
      'Major Ivan Rudenko deserted. He said his battery had been ordered to fire on residential districts of Kharkiv. "We fired where we were told," he said.',
    ],
    [
      'lt',
      'Majoras Ivanas Rudenka dezertyravo. Jis pasakojo, kad jo eskadrilei buvo įsakyta bombarduoti gyvenamuosius kvartalus. „Mes skraidėme ten, kur buvo liepta“, – sakė Rudenka.',
    ],
    [
      'ru',
      'Майор Иван Руденко дезертировал. По его словам, его батарее приказали обстреливать жилые кварталы Харькова. «Мы стреляли туда, куда нам приказывали», — сказал Руденко.',
    ],
    [
      'de',
      'Major Iwan Rudenko ist desertiert. Er sagt, seine Batterie habe den Befehl gehabt, Wohnviertel in Charkiw zu beschießen. „Wir haben geschossen, wohin man es uns befohlen hat“, sagt Rudenko.',
    ],
    [
      'pl',
      'Szeregowy Iwan Rudenko zdezerterował. Mówi, że jego bateria dostała rozkaz ostrzeliwania osiedli mieszkalnych w Charkowie. „Strzelaliśmy tam, gdzie nam kazano” – mówi Rudenko.',
    ],
  ])('%s', (lang, text) => {
    const r = run(text, lang);
    expect(r.allegations.map((a) => a.category)).toContain('attacks-on-civilians');
    expect(r.allegations.some((a) => a.selfIncriminating)).toBe(true);
  });

  it('not when he only saw it, or says the unit refused', () => {
    const saw = run(
      'Major Ivan Rudenko deserted. He said his battery had been ordered to fire on residential districts of Kharkiv. "We saw where the shells fell," he said.',
      'en',
    );
    expect(saw.allegations.some((a) => a.selfIncriminating)).toBe(false);
    const refused = run(
      'Major Ivan Rudenko deserted. He said his battery had been ordered to fire on residential districts of Kharkiv. "We did not fire where we were told," he said.',
      'en',
    );
    expect(refused.allegations.some((a) => a.selfIncriminating)).toBe(false);
  });
});

describe('an unarmed man is a civilian, unarmed soldiers who surrendered are hors de combat', () => {
  it.each([
    [
      'en',
      'Prosecutors say Private Oleg Fomin shot an unarmed man in Izium.',
      'Prosecutors say Private Oleg Fomin shot unarmed men who had surrendered.',
    ],
    [
      'ro',
      'Procurorii spun că soldatul Oleg Fomin a ucis un bărbat neînarmat.',
      'Procurorii spun că soldatul Oleg Fomin a ucis soldați neînarmați care s-au predat.',
    ],
    [
      'de',
      'Laut Anklage hat der Soldat Oleg Fomin einen unbewaffneten Mann erschossen.',
      'Laut Anklage hat der Soldat Oleg Fomin unbewaffnete Soldaten erschossen, die sich ergeben hatten.',
    ],
    [
      'ru',
      'По данным следствия, рядовой Олег Фомин застрелил безоружного мужчину.',
      'По данным следствия, рядовой Олег Фомин застрелил безоружных солдат, которые сдались.',
    ],
    [
      'pl',
      'Według prokuratury szeregowy Oleg Fomin zastrzelił nieuzbrojonego mężczyznę.',
      'Według prokuratury szeregowy Oleg Fomin zastrzelił nieuzbrojonych żołnierzy, którzy się poddali.',
    ],
  ])('%s', (lang, man, surrendered) => {
    expect(categories(man, lang)).toEqual(['wilful-killing']);
    expect(categories(surrendered, lang)).toEqual(['killing-hors-de-combat']);
  });
});
