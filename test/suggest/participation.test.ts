/**
 * Self-incrimination in the first person plural and passive (issue #13, session 7), on short texts written for
 * these tests: his unit named as the doer after the act ("were shot by our platoon", «расстрелял наш взвод»,
 * "przez nasz pluton", "zastřelila naše četa"), an order to "us" in the languages whose order words the old
 * check missed once folded (French "l'ordre", Lithuanian "įsakė"), and his unit taking or guarding the victims
 * in the next sentence ("our platoon took them there"), and none of it when he says he was not there ("Our
 * battalion shelled the houses. I was in hospital then"). Each of those cases failed on the rules before this
 * session; the others keep a witness, a burial or fear from counting as his part, and his presence from being lost.
 */
import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/core/ingest/suggest/index';

const run = (text: string, language: string) =>
  suggest({ text, language, title: null, publishedAt: { date: '2025-03-10', precision: 'day' } });
const flagged = (text: string, language: string) => {
  const r = run(text, language);
  expect(r.allegations.length).toBeGreaterThan(0);
  return r.allegations.some((a) => a.selfIncriminating);
};
/** Each [language, text] case, with whether it incriminates him. */
const cases = (title: string, want: boolean, list: [string, string][]) =>
  it.each(list)(`%s: ${title}`, (lang, text) => {
    expect(flagged(text, lang)).toBe(want);
  });

describe('his unit as the doer after the act (passive agent, or the verb first)', () => {
  cases('counts', true, [
    ['en', 'Sergeant Oleg Petrov deserted in May. "The two prisoners were shot by our platoon behind the school," Petrov said.'],
    [
      'es',
      'El sargento Oleg Petrov desertó en mayo. "Los dos prisioneros fueron fusilados por nuestro pelotón detrás de la escuela", dijo Petrov.',
    ],
    [
      'fr',
      "Le sergent Oleg Petrov a déserté en mai. « Les deux prisonniers ont été abattus par notre section derrière l'école », a dit Petrov.",
    ],
    ['ru', 'Сержант Олег Петров дезертировал в мае. «Двух пленных расстрелял наш взвод за школой», — сказал Петров.'],
    ['ru', 'Сержант Олег Петров дезертировал в мае. «Двое пленных были расстреляны нами за школой», — сказал Петров.'],
    ['uk', 'Сержант Олег Петров дезертирував у травні. «Двох полонених розстріляв наш взвод за школою», — сказав Петров.'],
    [
      'pl',
      'Sierżant Oleg Pietrow zdezerterował w maju. „Dwóch jeńców zostało rozstrzelanych przez nasz pluton za szkołą” – powiedział Pietrow.',
    ],
    ['cs', 'Seržant Oleg Petrov dezertoval v květnu. „Dva zajatce zastřelila naše četa za školou,“ řekl Petrov.'],
  ]);

  cases('"in front of us" is a witness, not the doer', false, [
    ['en', 'Sergeant Oleg Petrov deserted in May. "The two prisoners were shot by the officers in front of us," Petrov said.'],
    ['ru', 'Сержант Олег Петров дезертировал в мае. «Двух пленных расстреляли офицеры у нас на глазах», — сказал Петров.'],
    [
      'de',
      'Feldwebel Oleg Petrow desertierte im Mai. „Die Gefangenen wurden vor unseren Augen von den Offizieren erschossen“, sagte Petrow.',
    ],
  ]);
});

describe('an order to us, in the folded spelling of its word', () => {
  cases('counts', true, [
    [
      'fr',
      "Le sergent Oleg Petrov a déserté en mai. « Nous avons reçu l'ordre d'abattre les deux prisonniers derrière l'école », a dit Petrov.",
    ],
    ['lt', 'Seržantas Olegas Petrovas dezertyravo gegužę. „Mums įsakė sušaudyti du belaisvius už mokyklos“, – sakė Petrovas.'],
  ]);
});

describe('his unit taking or guarding the victims, in the next sentence', () => {
  cases('counts', true, [
    [
      'ru',
      'Сержант Олег Петров дезертировал в мае. По его словам, двух пленных расстреляли за школой. «Наш взвод их туда и отвёл», — сказал Петров.',
    ],
    [
      'uk',
      'Сержант Олег Петров дезертирував. За його словами, офіцери розстріляли двох полонених за школою. «Наш взвод їх туди і відвів», — сказав Петров.',
    ],
    [
      'de',
      'Feldwebel Oleg Petrow desertierte im Mai. Er sagt, die beiden Gefangenen seien hinter der Schule erschossen worden. „Unser Zug hat sie dorthin gebracht“, sagte Petrow.',
    ],
    [
      'fr',
      "Le sergent Oleg Petrov a déserté en mai. Selon lui, les deux prisonniers ont été abattus derrière l'école. « Notre section les y a conduits », a dit Petrov.",
    ],
    [
      'lt',
      'Seržantas Olegas Petrovas dezertyravo gegužę. Pasak jo, du belaisviai buvo sušaudyti už mokyklos. „Mūsų būrys juos ten nuvedė“, – sakė Petrovas.',
    ],
    [
      'pl',
      'Sierżant Oleg Pietrow zdezerterował. Według niego oficerowie rozstrzelali dwóch jeńców za szkołą. „Zaprowadziliśmy ich tam” – powiedział Pietrow.',
    ],
    [
      'it',
      'Il sergente Oleg Petrov ha disertato. Secondo lui, alcuni ufficiali hanno ucciso due prigionieri dietro la scuola. "Li abbiamo portati noi fin lì", ha detto Petrov.',
    ],
  ]);

  cases('burying, fearing or seeing them is no part in it', false, [
    [
      'en',
      'Sergeant Oleg Petrov deserted. He said officers shot two prisoners behind the school. "We buried them the next day," Petrov said.',
    ],
    [
      'ru',
      'Сержант Олег Петров дезертировал. По его словам, офицеры расстреляли двух пленных за школой. «Мы их потом похоронили», — сказал Петров.',
    ],
    [
      'de',
      'Feldwebel Oleg Petrow desertierte. Er sagt, Offiziere hätten zwei Gefangene hinter der Schule erschossen. „Wir hatten Angst vor ihnen“, sagte Petrow.',
    ],
    [
      'fr',
      "Le sergent Oleg Petrov a déserté. Selon lui, des officiers ont abattu deux prisonniers derrière l'école. « Nous ne les avons plus jamais revus », a dit Petrov.",
    ],
    [
      'lt',
      'Seržantas Olegas Petrovas dezertyravo. Pasak jo, karininkai sušaudė du belaisvius už mokyklos. „Mes juos matėme tik iš tolo“, – sakė Petrovas.',
    ],
  ]);
});

describe("his unit's act is not his when he says he was not there", () => {
  cases('not there, or in hospital', false, [
    [
      'en',
      'Sergeant Oleg Petrov deserted in May. "Our battalion shelled the houses in the village. I was in hospital then, I was not there," Petrov said.',
    ],
    [
      'ru',
      'Сержант Олег Петров дезертировал в мае. «Наш батальон обстреливал жилые дома в селе. Меня там не было, я лежал в госпитале», — сказал Петров.',
    ],
    [
      'de',
      'Feldwebel Oleg Petrow desertierte im Mai. „Unser Bataillon hat die Wohnhäuser im Dorf beschossen. Ich war nicht dabei, ich lag im Lazarett“, sagte Petrow.',
    ],
    [
      'fr',
      "Le sergent Oleg Petrov a déserté en mai. « Notre bataillon a bombardé les maisons du village. Je n'étais pas là, j'étais à l'hôpital », a dit Petrov.",
    ],
    [
      'pl',
      'Sierżant Oleg Pietrow zdezerterował w maju. „Nasz batalion ostrzeliwał domy we wsi. Nie było mnie tam, leżałem w szpitalu” – powiedział Pietrow.',
    ],
    [
      'uk',
      'Сержант Олег Петров дезертирував у травні. «Наш батальйон обстрілював житлові будинки в селі. Мене там не було, я лежав у шпиталі», — сказав Петров.',
    ],
    [
      'es',
      'El sargento Oleg Petrov desertó en mayo. "Nuestro batallón bombardeó las casas del pueblo. Yo no estaba allí, estaba en el hospital", dijo Petrov.',
    ],
    [
      'it',
      'Il sergente Oleg Petrov ha disertato a maggio. "Il nostro battaglione ha bombardato le case del villaggio. Io non c\'ero, ero in ospedale", ha detto Petrov.',
    ],
  ]);

  cases('there, and at work', true, [
    [
      'en',
      'Sergeant Oleg Petrov deserted in May. "Our battalion shelled the houses in the village. I was there, I loaded the guns," Petrov said.',
    ],
    [
      'ru',
      'Сержант Олег Петров дезертировал в мае. «Наш батальон обстреливал жилые дома в селе. Я был там, подносил снаряды», — сказал Петров.',
    ],
  ]);
});
