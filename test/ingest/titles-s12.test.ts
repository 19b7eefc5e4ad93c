/**
 * Titles of issue #13, session 12: a plain-text headline that is a quotation and a gloss of who said it, in each
 * language's quotes and casing: no colon at all ("…" Rus asker anlattı), other quotes inside the quotation or the
 * gloss («… "…"»: …, «…»: … «…» …), or a quotation in capitals. Headlines written for these tests; the five plain ones
 * (a quote, a colon or dash, a gloss without quotes) were read before too and stay as guards. Guards: a paragraph
 * that opens with a quotation and its attribution («…», — сказал он) is no headline.
 */
import { describe, expect, it } from 'vitest';
import { extractReading } from '../../src/core/ingest/index';

const body = (lang: string) =>
  ({
    ru: 'Бывший сержант Олег Петров рассказал, как в мае ушёл из части. Сейчас он живёт в Литве и просит там убежища.',
    uk: 'Колишній сержант Олег Петров розповів, як у травні залишив частину. Тепер він живе в Литві й просить там притулку.',
    tr: 'Eski çavuş Oleg Petrov, mayıs ayında birliğinden nasıl ayrıldığını anlattı. Şimdi Litvanya’da yaşıyor ve sığınma istiyor.',
    pl: 'Były sierżant Oleg Pietrow opowiedział, jak w maju opuścił jednostkę. Teraz mieszka na Litwie i prosi tam o azyl.',
    de: 'Der frühere Sergeant Oleg Petrow erzählt, wie er im Mai seine Einheit verließ. Heute lebt er in Litauen und bittet dort um Asyl.',
    en: 'A former sergeant, Oleg Petrov, told how he left his unit in May. He now lives in Lithuania, where he has applied for asylum.',
  })[lang]!;

const titleOf = async (headline: string, lang: string) =>
  (await extractReading(new TextEncoder().encode(`${headline}\n12 мая 2025\n\n${body(lang)}\n\n${body(lang)}`), 'article.txt')).title;

describe('a headline that is a quotation and its gloss', () => {
  it.each([
    ['ru', '«Мы уходили ночью»: бывший сержант рассказал, как покинул часть под Курском'],
    ['ru', '«НАМ СКАЗАЛИ "НЕ ВОЗВРАЩАТЬСЯ"»: бывший сержант о том, как покинул часть'],
    ['uk', '«Ми йшли вночі»: колишній сержант розповів, як залишив частину під Курськом'],
    ['tr', '"GECE YOLA ÇIKTIK" Eski çavuş birliğinden nasıl kaçtığını anlattı'],
    ['pl', '„Szliśmy nocą”: były sierżant opowiada, jak opuścił jednostkę pod Kurskiem'],
    ['de', '„Wir gingen nachts“ – ein früherer Sergeant erzählt von seiner Flucht aus der Einheit'],
    ['en', '"We left at night" – a former sergeant on how he walked away from his unit'],
    ['uk', '«Ми йшли вночі»: колишній сержант розповів, як його рота «виходила» з Курщини'],
    ['en', '"WE LEFT AT NIGHT" Former sergeant tells how he walked away from his unit'],
    ['de', '„Wir gingen nachts“: ein früherer Sergeant über die „Säuberung“ der Dörfer'],
    ['pl', '„Szliśmy nocą” Były sierżant opowiada, jak opuścił jednostkę pod Kurskiem'],
  ])('%s: %s', async (lang, headline) => {
    expect(await titleOf(headline, lang)).toBe(headline);
  });
});

describe('guards: a paragraph opening with a quotation is body text', () => {
  it.each([
    ['ru', '«Мы уходили ночью», — сказал бывший сержант Олег Петров корреспонденту.'],
    ['en', '"We left at night," the former sergeant Oleg Petrov said, "and nobody stopped us."'],
    ['uk', '«Ми йшли вночі», — розповідає колишній сержант Олег Петров, «і ніхто нас не зупинив»'],
  ])('%s: %s', async (lang, paragraph) => {
    expect(await titleOf(paragraph, lang)).not.toBe(paragraph);
  });
});
