/**
 * Self-incrimination and crimes told without crime words (issue #13, session 10), on short texts written for these
 * tests. Crimes: current, shocks or wires at an interrogation are torture; detainees («задержанные», «затриманих»,
 * "zatrzymanych") kept for days are unlawfully confined, not prisoners of war held lawfully; a cellar where
 * something else happened is no confinement. Each case failed on the rules before this session; the guards keep the
 * false readings out (a power cable, the current front line, prisoners of war in a camp, «мы» in Lithuanian read as
 * beating).
 */
import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/core/ingest/suggest/index';

const run = (text: string, language: string) =>
  suggest({ text, language, title: null, publishedAt: { date: '2025-03-10', precision: 'day' } });
const categories = (text: string, language: string) => [...new Set(run(text, language).allegations.map((a) => a.category))];
const found = (category: string, want: boolean, title: string, list: [string, string][]) =>
  it.each(list)(`%s: ${title}`, (lang, text) => {
    expect(categories(text, lang).includes(category)).toBe(want);
  });

describe('current, shocks or wires at an interrogation are torture', () => {
  found('torture', true, 'torture', [
    ['en', 'Ivan Sorokin served in a filtration unit. During interrogations they put current through the ears of the men.'],
    ['ru', 'Иван Сорокин служил в комендатуре. Допросы шли по ночам. Задержанным подключали провода к пальцам и крутили ручку.'],
    ['uk', 'Іван Сорокін служив у комендатурі. Під час допитів до пальців затриманих чіпляли дроти.'],
    ['cs', 'Ivan Sorokin sloužil v Chersonu. Při výsleších zadrženým pouštěli proud do prstů.'],
    ['de', 'Iwan Sorokin diente in Cherson. Bei den Verhören setzten sie die Festgenommenen unter Strom.'],
    ['pl', 'Iwan Sorokin służył w Chersoniu. Podczas przesłuchań zatrzymanych rażono prądem.'],
    ['fr', 'Ivan Sorokine servait à Kherson. Pendant les interrogatoires, on branchait des électrodes sur les oreilles des détenus.'],
    ['it', 'Ivan Sorokin prestava servizio a Kherson. Durante gli interrogatori davano la corrente ai detenuti.'],
  ]);
  found('torture', false, 'no torture without an interrogation or a detainee', [
    ['en', 'Ivan Sorokin served near the current front line. His unit laid wires between the trenches.'],
    ['ru', 'Иван Сорокин служил связистом. Он тянул провода между позициями, и тока в деревне не было.'],
    ['de', 'Iwan Sorokin diente als Funker. In dem Dorf gab es seit Wochen keinen Strom.'],
    ['pl', 'Iwan Sorokin był łącznościowcem. W całej wsi nie było prądu, więc ciągnęli kable z generatora.'],
    ['cs', 'Ivan Sorokin byl spojař. Ve vesnici neteklo ani nebyl proud.'],
  ]);
});

describe('detainees kept for days are unlawfully confined, not prisoners of war', () => {
  found('unlawful-confinement', true, 'confinement', [
    ['ru', 'Иван Сорокин служил под Херсоном. Задержанных на дорогах мужчин держали в яме по нескольку дней.'],
    ['uk', 'Іван Сорокін служив під Херсоном. Затриманих чоловіків тримали в ямі по кілька днів.'],
    ['pl', 'Iwan Sorokin służył pod Chersoniem. Zatrzymanych mężczyzn trzymano w dole przez kilka dni.'],
    ['cs', 'Ivan Sorokin sloužil u Chersonu. Zadržené muže drželi v jámě několik dní.'],
    ['en', 'Ivan Sorokin served near Kherson. The detainees were held in a pit behind the company lines for days.'],
  ]);
  found('unlawful-confinement', false, 'prisoners of war held in a camp are no crime by that', [
    ['ru', 'Иван Сорокин служил под Херсоном. Военнопленных держали в лагере несколько недель до обмена.'],
    ['en', 'Ivan Sorokin served near Kherson. Prisoners of war were held in a camp for weeks before the exchange.'],
  ]);
});

describe('a cellar where something else happened is no confinement', () => {
  found('unlawful-confinement', false, 'no confinement', [
    ['nl', 'Oleg Tarasov zag hoe gevangenen werden gemarteld. "Ze deden het altijd in een kelder naast onze stelling," zei hij.'],
    ['en', 'Oleg Tarasov said the order was short: to leave nobody in the basements.'],
    ['ru', 'Олег Тарасов видел, как пытали пленных. «Это делали в подвале рядом с нашей позицией», — сказал он.'],
    ['pl', 'Oleg Tarasow widział, jak torturowano jeńców. „Robili to w piwnicy obok naszego stanowiska” – powiedział.'],
    ['de', 'Oleg Tarassow sah, wie Gefangene gefoltert wurden. „Das passierte in einem Keller neben unserer Stellung“, sagte er.'],
  ]);
  found('unlawful-confinement', true, 'people kept in a cellar still are', [
    ['en', 'Oleg Tarasov said villagers were kept in a basement behind the school.'],
    ['ru', 'Олег Тарасов рассказал, что местных жителей держали в подвале школы.'],
  ]);
});

describe('the Lithuanian "mūsų" (our) is not a beating', () => {
  found('torture', false, 'no torture', [['lt', 'Pasak jo, mūsų kuopa stovėjo kaime, kuriame liko tik civiliai gyventojai.']]);
});
