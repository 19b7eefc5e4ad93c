/**
 * Crime categories and his part in them (issue #13, session 13), on short texts written for these tests:
 * - what he risks if sent back ("risks torture", «грозят пытки», "riscă tortura", "risquait des traitements
 *   inhumains") is the ground of his claim, not an allegation that anyone did it;
 * - an act done to the defector himself by his own side ("they kept me in a pit", «меня держали в яме», his name
 *   in another case before "laikė … ir mušė") is no war crime as such ('other', own troops) and not his part in it.
 * Guards: torture or confinement told of others stays what it is, and his unit's act stays his part.
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
