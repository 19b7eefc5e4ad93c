/**
 * Self-incrimination where the crime is found but his part is told in a sentence of its own (issue #13, session 8),
 * on short texts written for these tests: he held them at gunpoint ("Trzymałem ich na muszce", «Я держал их на
 * мушке»), did it too ("Am făcut-o și eu", "Ich auch"), had the key of the place people were kept ("Ik had de
 * sleutel", "Le chiavi le avevo io"), or "we" shot "them" in a sentence that names no victim, the killing told
 * elsewhere in his account ("They were on their knees. We shot them there"). Each case failed on the rules before
 * this session; the guards keep a witness, a denial, others' act, a key to something else and a killing reported
 * by others from counting as his part.
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
const cases = (title: string, want: boolean, list: [string, string][]) =>
  it.each(list)(`%s: ${title}`, (lang, text) => {
    expect(flagged(text, lang)).toBe(want);
  });

describe('he held them at gunpoint, or did it too, in the sentence after the act', () => {
  cases('counts', true, [
    [
      'pl',
      'Sierżant Oleg Pietrow zdezerterował w maju. Opowiedział, że żołnierze jego plutonu rozstrzelali jeńców pod Bachmutem. „Byłem tam. Trzymałem ich na muszce” – powiedział Pietrow.',
    ],
    [
      'ru',
      'Сержант Олег Петров дезертировал в мае. Он рассказал, что солдаты его взвода расстреляли пленных под Бахмутом. «Я держал их на мушке», — сказал Петров.',
    ],
    [
      'uk',
      'Сержант Олег Петров дезертирував у травні. Він розповів, що солдати його взводу розстріляли полонених під Бахмутом. «Я тримав їх під прицілом», — сказав Петров.',
    ],
    [
      'ro',
      'Sergentul Oleg Petrov a dezertat în mai. El spune că soldații companiei i-au împușcat pe prizonieri lângă Bahmut. „Am făcut-o și eu”, a spus Petrov.',
    ],
    [
      'de',
      'Feldwebel Oleg Petrow desertierte im Mai. „Die Soldaten der Kompanie haben die Gefangenen erschossen. Ich auch“, sagte Petrow.',
    ],
  ]);
  cases('a witness, a denial or the others alone is not his part', false, [
    ['fr', "Le sergent Oleg Petrov a déserté en mai. « Les officiers ont abattu les prisonniers. Moi aussi, je l'ai vu », dit Petrov."],
    ['ru', 'Сержант Олег Петров дезертировал в мае. «Офицеры расстреляли пленных. Я тоже это видел», — сказал Петров.'],
    [
      'en',
      'Sergeant Oleg Petrov deserted in May. "The officers shot the prisoners behind the school. They held them at gunpoint first," Petrov said.',
    ],
  ]);
});

describe('he had the key of the place where people were kept', () => {
  cases('counts', true, [
    [
      'nl',
      'Sergeant Oleg Petrov deserteerde in mei. Volgens hem werden burgers uit het dorp drie weken in de kelder van de school vastgehouden. "Ik had de sleutel," zei Petrov.',
    ],
    [
      'it',
      'Il sergente Oleg Petrov ha disertato a maggio. Racconta che i civili del villaggio furono tenuti per tre settimane in una cantina. «Le chiavi le avevo io», dice Petrov.',
    ],
    [
      'en',
      'Sergeant Oleg Petrov deserted in May. He says civilians from the village were kept in the school basement for three weeks. "I had the key," Petrov said.',
    ],
  ]);
  cases('a key to something else is no part in another crime', false, [
    [
      'en',
      'Sergeant Oleg Petrov deserted in May. He says his officers looted the shops in the town. "I had the key to the truck," Petrov said.',
    ],
  ]);
});

describe('"we" shot "them" in a sentence with no victim of its own, the killing told in his account elsewhere', () => {
  cases('counts', true, [
    [
      'en',
      'Sergeant Oleg Petrov deserted in May. He says soldiers of his platoon shot Ukrainian prisoners near Bakhmut.\n\nHe crossed into Georgia in June and reached Norway in the autumn.\n\n"The corporal said there was no room in the truck. We shot them there, all three," Petrov said.',
    ],
    [
      'es',
      'El sargento Oleg Petrov desertó en mayo. Petrov cuenta que soldados de su pelotón fusilaron a prisioneros ucranianos cerca de Bajmut.\n\nCruzó a Georgia en junio y llegó a Noruega en otoño.\n\n«El cabo dijo que no había sitio en el camión. Los matamos allí mismo», dijo Petrov.',
    ],
  ]);
  cases('a denial, or a killing reported by others, is not his part', false, [
    [
      'en',
      'Sergeant Oleg Petrov deserted in May. He says soldiers of his platoon shot Ukrainian prisoners near Bakhmut.\n\n"The corporal gave the order. I never shot them," Petrov said.',
    ],
    [
      'en',
      'Ukrainian prosecutors say Russian soldiers shot prisoners near Bakhmut in March.\n\nSergeant Oleg Petrov, who deserted in May, says he fought there. "We shot at them all day and they shot at us," Petrov said.',
    ],
  ]);
});
