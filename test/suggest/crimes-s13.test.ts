/**
 * Crime categories and his part in them (issue #13, session 13), on short texts written for these tests:
 * - what he risks if sent back ("risks torture", «грозят пытки», "riscă tortura", "risquait des traitements
 *   inhumains") is the ground of his claim, not an allegation that anyone did it;
 * - an act done to the defector himself by his own side ("they kept me in a pit", «меня держали в яме», his name
 *   in another case before "laikė … ir mušė") is no war crime as such ('other', own troops) and not his part in it.
 * - a bare act of a few words ("Am tras.", "We fired.", «Их застрелили наши») after those who surrendered were named
 *   (hands up, hands behind the head) is a killing hors de combat, and in his own words his part ("Eu mesmo lancei, eu
 *   não vou mentir": a negation in another clause does not deny it);
 * - a denial of quarter in the person the commander shouts it in ("Nu luăm prizonieri!") or as leaving nobody alive;
 * - people who carry something ("pessoas que … carregavam água") are the ones carrying, not robbed;
 * - a strike told by its noun or a compound of it ("droneaanval op", "атаки дронів на", "isabet aldı") that hit a
 *   kindergarten, a school or killed passengers and drivers is an attack on civilians.
 * Guards: torture or confinement told of others stays what it is, and his unit's act stays his part; fighting as such
 * ("We fired. They fired back") is no crime; men who came out of a cellar unarmed were not kept there; soldiers
 * carrying goods off is pillage; a ministry's claim about the enemy is no allegation.
 */
import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/core/ingest/suggest/index';
import type { CrimeCategory } from '../../src/shared/domain';

const run = (text: string, language: string) =>
  suggest({ text, language, title: null, publishedAt: { date: '2026-03-10', precision: 'day' } });
const categories = (text: string, language: string) => [...new Set(run(text, language).allegations.map((a) => a.category))];

describe('a risk of ill-treatment if he is sent back is no allegation', () => {
  it.each([
    ['en', 'Pavel Orlov, a Russian soldier who deserted, fled to Ireland. If he is sent back, he risks torture, his lawyer said.'],
    [
      'fr',
      'Pavel Orlov, un soldat russe qui a déserté, vit en France. « Il risquait des traitements inhumains en cas de retour », a dit son avocate.',
    ],
    [
      'ro',
      'Pavel Orlov, un soldat rus care a dezertat, a ajuns în România. Avocata spune: „Nimeni nu poate fi trimis într-o țară unde riscă tortura.”',
    ],
    [
      'de',
      'Pawel Orlow, ein russischer Soldat, der desertiert ist, lebt in Sachsen. Bei einer Rückkehr drohen ihm Folter und Haft, sagt seine Anwältin.',
    ],
    ['ru', 'Павел Орлов, российский военный, который дезертировал, живёт в Алматы. «В России ему грозят пытки», — говорит адвокат.'],
    ['es', 'Pável Orlov, un soldado ruso que desertó, vive en México. Su abogada dice que en Rusia corre el riesgo de tortura.'],
  ])('%s: %s', (lang, text) => {
    expect(categories(text, lang)).not.toContain('torture');
  });
  it.each([
    ['en', 'Pavel Orlov, a Russian soldier who deserted, fled to Ireland. Detainees were tortured in the basement, he said.'],
    ['fr', 'Pavel Orlov, un soldat russe qui a déserté, vit en France. Les détenus étaient torturés dans la cave, raconte-t-il.'],
  ])('guard, torture told of others: %s: %s', (lang, text) => {
    expect(categories(text, lang)).toContain('torture');
  });
});

describe('an act done to the defector himself by his own side is other, and not his part', () => {
  it.each([
    [
      'ru',
      'Павел Орлов, российский военный, который дезертировал, живёт в Алматы. «Я отказался идти на штурм. Меня два дня держали в яме», — говорит Орлов.',
    ],
    [
      'en',
      'Pavel Orlov, a Russian soldier who deserted, fled to Ireland. "When I refused, they kept me in a pit for two days and beat me," Orlov said.',
    ],
    [
      'de',
      'Pawel Orlow, ein russischer Soldat, der desertiert ist, lebt in Sachsen. „Als ich mich weigerte, haben sie mich drei Tage in einer Grube festgehalten“, sagt Orlow.',
    ],
    [
      'pl',
      'Paweł Orłow, rosyjski żołnierz, który zdezerterował, mieszka w Polsce. – Kiedy odmówiłem, bili mnie i trzymali w dole przez tydzień – mówi Orłow.',
    ],
    [
      'lt',
      'Buvęs Rusijos kareivis Pavelas Orlovas dezertyravo ir atvyko į Lietuvą. Po atsisakymo Orlovą, jo žodžiais, savaitę laikė duobėje ir mušė.',
    ],
    [
      'uk',
      'Павло Орлов, російський військовий, який дезертирував, живе у Вільнюсі. «Коли я відмовився, мене тиждень тримали в ямі», — каже Орлов.',
    ],
  ])('%s: %s', (lang, text) => {
    const s = run(text, lang);
    const cats = s.allegations.map((a) => a.category);
    expect(cats).toContain('other' as CrimeCategory);
    expect(cats).not.toContain('unlawful-confinement' as CrimeCategory);
    expect(cats).not.toContain('torture' as CrimeCategory);
    expect(s.allegations.some((a) => a.selfIncriminating)).toBe(false);
  });
  it.each([
    [
      'en',
      'Pavel Orlov, a Russian soldier who deserted, fled to Ireland. "We kept the detainees in a pit for two days and beat them," Orlov said.',
    ],
    [
      'ru',
      'Павел Орлов, российский военный, который дезертировал, живёт в Алматы. «Мы держали задержанных в яме по две недели», — говорит Орлов.',
    ],
  ])('guard, his unit held others: %s: %s', (lang, text) => {
    const s = run(text, lang);
    expect(s.allegations.map((a) => a.category)).not.toContain('other');
    expect(s.allegations.some((a) => a.selfIncriminating)).toBe(true);
  });
});

describe('a bare act of firing after those who surrendered were named is a killing hors de combat, and his part', () => {
  it.each([
    [
      'ro',
      'Kiril Abramov, un fost infanterist rus care a dezertat, a ajuns în România. „Ieșeau din tranșee cu mâinile sus. Am tras. Toți am tras”, a declarat Kiril Abramov.',
    ],
    [
      'en',
      'Pavel Orlov, a Russian soldier who deserted, fled to Ireland. "They came out of the trench with their hands up. We fired. All of us fired," Orlov said.',
    ],
    [
      'ru',
      'Павел Орлов, российский военный, который дезертировал, живёт в Алматы. «Они вышли из окопа с поднятыми руками. Мы стреляли. Все стреляли», — говорит Орлов.',
    ],
    [
      'de',
      'Pawel Orlow, ein russischer Soldat, der desertiert ist, lebt in Sachsen. „Sie kamen mit erhobenen Händen aus dem Graben. Wir schossen auf sie. Alle schossen“, sagt Orlow.',
    ],
    [
      'pl',
      'Paweł Orłow, rosyjski żołnierz, który zdezerterował, mieszka w Polsce. – Wyszli z okopu z podniesionymi rękami. Strzelaliśmy do nich. Wszyscy strzelali – mówi Orłow.',
    ],
    [
      'ru',
      'Павел Орлов, российский военный, который дезертировал, живёт в Алматы. «Двое вышли из подвала без оружия, руки за головой. Их застрелили наши», — говорит Орлов.',
    ],
  ])('%s: %s', (lang, text) => {
    const s = run(text, lang);
    expect(s.allegations.map((a) => a.category)).toContain('killing-hors-de-combat');
  });
  it.each([
    [
      'ro',
      'Kiril Abramov, un fost infanterist rus care a dezertat, a ajuns în România. „Ieșeau din tranșee cu mâinile sus. Am tras. Toți am tras”, a declarat Kiril Abramov.',
    ],
    [
      'en',
      'Pavel Orlov, a Russian soldier who deserted, fled to Ireland. "They came out of the trench with their hands up. We fired. All of us fired," Orlov said.',
    ],
    [
      'pt',
      'Yegor Pankrátov, um ex-operador de drones que desertou, conta que o seu grupo lançava granadas sobre pessoas civis. "Eu mesmo lancei, eu não vou mentir", disse Pankrátov.',
    ],
  ])('his part: %s: %s', (lang, text) => {
    expect(run(text, lang).allegations.some((a) => a.selfIncriminating)).toBe(true);
  });
  it.each([
    [
      'en',
      'Pavel Orlov, a Russian soldier who deserted, fled to Ireland. "The assault began at dawn. We fired. They fired back," Orlov said.',
    ],
    [
      'ru',
      'Павел Орлов, российский военный, который дезертировал, живёт в Алматы. «Штурм начался утром. Мы стреляли. Они отвечали», — говорит Орлов.',
    ],
    [
      'ro',
      'Kiril Abramov, un fost infanterist rus care a dezertat, a ajuns în România. „Atacul a început dimineața. Am tras. Ei au tras înapoi”, a declarat Kiril Abramov.',
    ],
  ])('guard, fighting as such is no crime: %s: %s', (lang, text) => {
    expect(run(text, lang).allegations).toEqual([]);
  });
  it.each([
    [
      'ru',
      'Павел Орлов, российский военный, который дезертировал, живёт в Алматы. «Двое украинцев вышли из подвала без оружия», — говорит Орлов.',
    ],
    [
      'en',
      'Pavel Orlov, a Russian soldier who deserted, fled to Ireland. "Two Ukrainians came out of the basement without weapons," Orlov said.',
    ],
  ])('guard, men who came out of a cellar unarmed were not kept there: %s: %s', (lang, text) => {
    expect(categories(text, lang)).not.toContain('unlawful-confinement');
  });
});

describe('a denial of quarter in the forms each person of the verb takes', () => {
  it.each([
    [
      'ro',
      'Kiril Abramov, un fost infanterist rus care a dezertat, a ajuns în România. „Comandantul a urlat în stație: «Nu luăm prizonieri!»”, spune el.',
    ],
    ['ro', 'Kiril Abramov, un fost infanterist rus care a dezertat, spune: „Ne-au spus să nu lăsăm pe nimeni viu.”'],
  ])('%s: %s', (lang, text) => {
    expect(categories(text, lang)).toContain('denial-of-quarter');
  });
});

describe('people who carry something are the ones carrying, not robbed', () => {
  it.each([
    [
      'pt',
      'Yegor Pankrátov, um ex-operador de drones que desertou, conta que pessoas civis que andavam de bicicleta, carregavam água ou esperavam o ônibus eram alvos.',
    ],
    ['es', 'Ruslán Timoféyev, un exsoldado ruso que desertó, cuenta que los civiles que cargaban bicicletas y ropa cruzaban el puente.'],
    [
      'it',
      'Sadykov, un ex soldato russo che ha disertato, racconta che i civili che portavano via le biciclette dal villaggio erano spaventati.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(categories(text, lang)).not.toContain('pillage');
  });
  it.each([
    ['pt', 'Yegor Pankrátov, um ex-operador de drones que desertou, conta: "Nós levávamos televisores e geladeiras das casas."'],
    ['it', 'Sadykov, un ex soldato russo che ha disertato, racconta: «Portavamo via tutto: televisori, biciclette, gioielli».'],
  ])('guard, soldiers carrying goods off is pillage: %s: %s', (lang, text) => {
    expect(categories(text, lang)).toContain('pillage');
  });
});

describe('a strike told by its noun, or a compound of it, that killed passengers or hit a kindergarten is an attack on civilians', () => {
  it.each([
    ['nl', 'Bij een droneaanval op een stadsbus in Cherson zijn gisteren twee passagiers omgekomen, meldt het regionale bestuur.'],
    ['de', 'Bei einem nächtlichen Drohnenangriff auf Charkiw wurde ein Kindergarten beschädigt, teilte die Verwaltung mit.'],
    ['uk', 'Внаслідок нічної атаки дронів на Харків пошкоджено дитячий садок, повідомив голова обласної адміністрації.'],
    ['ru', 'В результате ночной атаки дронов на Харьков повреждена школа, сообщила администрация.'],
    ['tr', 'Valinin açıklamasına göre limandaki terminal isabet aldı, iki tır şoförü hayatını kaybetti.'],
  ])('%s: %s', (lang, text) => {
    expect(categories(text, lang)).toContain('attacks-on-civilians');
  });
  it.each([
    ['ru', 'Министерство обороны России заявило, что украинские военные атаковали автобус с пассажирами в Курской области.'],
    ['tr', 'Rusya Savunma Bakanlığı, Ukrayna ordusunun Kursk bölgesinde sivil bir otobüsü insansız hava aracıyla vurduğunu iddia etti.'],
    [
      'nl',
      'Het Russische ministerie van Defensie zegt dat Oekraïense troepen bij een droneaanval op een bus in Koersk passagiers hebben gedood.',
    ],
  ])("guard, a ministry's claim about the enemy is no allegation: %s: %s", (lang, text) => {
    expect(categories(text, lang)).not.toContain('attacks-on-civilians');
  });
});
