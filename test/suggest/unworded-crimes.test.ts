/**
 * Crimes told without crime words (issue #13, session 7): an ordinary act (shoot, finish off, empty, take) and the
 * victim's state (wounded, surrendered, hands up, unarmed, prisoners) or the homes it was done to, in the words
 * each language uses, read through the vocabularies' stems: "zu erschießen" and "fusilar" are killing, "rematados"
 * and "dobíjet" finishing off, "vynesli všechno z bytů" looting. The victims may be named in the sentence before
 * ("They came out with their hands up. We shot them"). On short texts written for these tests; the cases failed on
 * the rules before this change. The guards keep fighting, the care of the wounded, a prisoner exchange, capturing
 * houses and a ministry's claim about the enemy from being read as crimes.
 */
import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/core/ingest/suggest/index';

const categories = (text: string, language: string) =>
  suggest({ text, language, title: null, publishedAt: { date: '2025-03-10', precision: 'day' } }).allegations.map((a) => a.category);
const cases = (category: string, list: [string, string][]) =>
  it.each(list)(`%s: ${category}`, (lang, text) => {
    expect(categories(text, lang)).toContain(category);
  });

describe('killing those hors de combat, told with an ordinary verb', () => {
  cases('killing-hors-de-combat', [
    [
      'de',
      'Gefreiter Ilja Lebedew desertierte im Juli. Er sagte, sie hätten den Befehl gehabt, die verletzten Ukrainer im Graben zu erschießen.',
    ],
    ['es', 'El cabo Iván Lébedev desertó en julio. Contó que les mandaron fusilar a los soldados ucranianos que se habían rendido.'],
    ['es', 'El cabo Iván Lébedev desertó en julio. «Los ucranianos heridos fueron rematados en la trinchera», dijo.'],
    ['it', 'Il caporale Ivan Lebedev ha disertato a luglio. «Ai feriti ucraini sparavamo in testa», ha detto.'],
    ['cs', 'Desátník Ivan Lebeděv dezertoval v červenci. „Raněné Ukrajince jsme museli dobíjet,“ řekl.'],
    ['ru', 'Ефрейтор Иван Лебедев дезертировал в июле. «По тем, кто выходил с поднятыми руками, мы открывали огонь», — сказал он.'],
  ]);
});

describe('the victims named in the sentence before, the act on "them" in a short one after', () => {
  cases('killing-hors-de-combat', [
    [
      'en',
      'Corporal Ivan Lebedev deserted in July. "Two Ukrainians came out of the cellar with their hands up. We shot them by the fence," he said.',
    ],
    [
      'ru',
      'Ефрейтор Иван Лебедев дезертировал в июле. «Двое украинцев вышли из подвала с поднятыми руками. Мы их застрелили у забора», — сказал он.',
    ],
    [
      'uk',
      'Єфрейтор Іван Лебедєв дезертирував у липні. «Двоє українців вийшли з підвалу з піднятими руками. Ми їх застрелили біля паркану», — сказав він.',
    ],
    [
      'fr',
      "Le caporal Ivan Lebedev a déserté en juillet. « Deux Ukrainiens sont sortis de la cave les mains en l'air. Nous les avons tués près de la clôture », a-t-il dit.",
    ],
    [
      'pl',
      'Kapral Iwan Lebiediew zdezerterował w lipcu. „Dwóch Ukraińców wyszło z piwnicy z podniesionymi rękami. Zastrzeliliśmy ich przy płocie” – powiedział.',
    ],
  ]);
});

describe('beating "them", the victims named in the sentence before', () => {
  cases('torture', [
    ['en', 'Corporal Ivan Lebedev deserted in July. "Three civilians were brought to the school. We beat them for an hour," he said.'],
    [
      'de',
      'Gefreiter Ilja Lebedew desertierte im Juli. „Zwei Gefangene wurden in die Schule gebracht. Wir schlugen sie stundenlang“, sagte er.',
    ],
    ['ru', 'Ефрейтор Иван Лебедев дезертировал в июле. «Пленных привели в школу. Мы их били прикладами», — сказал он.'],
  ]);
});

describe('civilians by age: pensioners and the elderly', () => {
  cases('wilful-killing', [
    ['uk', 'Суд залишив у силі вирок військовому, який застрелив двох пенсіонерів у дворі.'],
    ['de', 'Das Gericht bestätigte das Urteil gegen einen Soldaten, der zwei Rentner im Hof erschossen hatte.'],
    ['es', 'El tribunal confirmó la condena de un soldado que mató a dos jubilados en su patio.'],
  ]);
});

describe('homes emptied, the goods not listed', () => {
  cases('pillage', [
    ['en', 'Corporal Ivan Lebedev deserted in July. "We emptied the homes on that street one by one," he said.'],
    ['de', 'Gefreiter Ilja Lebedew desertierte im Juli. „Wir haben die Wohnungen in der Straße leer geräumt“, sagte er.'],
    ['ru', 'Ефрейтор Иван Лебедев дезертировал в июле. «Из квартир вынесли всё подчистую», — сказал он.'],
    ['cs', 'Desátník Ivan Lebeděv dezertoval v červenci. „Z bytů jsme vynesli všechno,“ řekl.'],
    ['it', 'Il caporale Ivan Lebedev ha disertato a luglio. «Abbiamo svuotato le case del villaggio», ha detto.'],
    ['es', 'El cabo Iván Lébedev desertó en julio. «Vaciamos las casas del pueblo una por una», dijo.'],
  ]);
});

describe('civilians kept somewhere for days or weeks', () => {
  cases('unlawful-confinement', [
    ['en', 'Corporal Ivan Lebedev deserted in July. He said villagers were kept in the school gym for two weeks.'],
    ['pl', 'Kapral Iwan Lebiediew zdezerterował w lipcu. Według niego mieszkańców wsi trzymano w sali gimnastycznej przez dwa tygodnie.'],
    ['ru', 'Ефрейтор Иван Лебедев дезертировал в июле. По его словам, жителей села держали в спортзале школы две недели.'],
    ['uk', 'Єфрейтор Іван Лебедєв дезертирував у липні. За його словами, жителів села тримали у спортзалі школи два тижні.'],
    [
      'it',
      'Il caporale Ivan Lebedev ha disertato a luglio. Secondo lui, gli abitanti del villaggio sono stati tenuti nella palestra per due settimane.',
    ],
    [
      'es',
      'El cabo Iván Lébedev desertó en julio. Según él, los vecinos del pueblo estuvieron encerrados en el gimnasio durante dos semanas.',
    ],
  ]);
});

describe('guards: fighting, care of the wounded, exchanges, capture, the enemy accused', () => {
  it.each([
    ['en', "Ukraine's General Staff said its forces killed 300 Russian soldiers and wounded 500 near Pokrovsk."],
    ['en', 'We fired at Ukrainian positions all night and took the village in the morning.'],
    ['en', 'Two Ukrainians came out of the cellar with their hands up. We took them to the battalion headquarters.'],
    ['de', 'Die verletzten Soldaten wurden in ein Krankenhaus gebracht.'],
    ['es', 'Los soldados heridos fueron evacuados a Donetsk.'],
    ['pl', 'Ukraina i Rosja wymieniły jeńców; wśród nich byli ranni.'],
    ['ru', 'Минобороны России заявило, что украинские военные добили раненых российских солдат.'],
    ['it', 'Abbiamo preso le case alla periferia del villaggio dopo due giorni di combattimenti.'],
    ['en', 'The wounded soldiers were kept in hospital for two weeks.'],
    ['pl', 'W ostrzale zginęło sześć osób, a ponad trzydzieści zostało rannych.'],
    ['en', 'Four soldiers died and dozens were wounded in the fighting near the river.'],
    ['en', 'Prisoners of war were held in the camp for months before the exchange.'],
  ])('%s: %s — no crime', (lang, text) => {
    expect(categories(text, lang)).toEqual([]);
  });
});
