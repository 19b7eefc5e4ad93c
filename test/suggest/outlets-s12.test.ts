/**
 * Outlets of issue #13, session 12, on short texts written for these tests: an outlet told in a case form without a
 * preposition (Hungarian "a …nak/nek", Polish "…owi", Russian and Ukrainian «…е», «…ю»), an outlet as the one that
 * reported ("wie zuvor der … berichtet hatte"), "speaking to", a dateline closed by a full stop ("KLAIPĖDA (…).") and a
 * known name cited without its article ("der ZEIT"). Guards: an article and an ordinary word are no outlet ("tout le
 * monde", "el país"), a quoted phrase in lower case after a cue is no outlet, institutions and people told something
 * in the dative are not outlets.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/core/ingest/suggest/fold';
import { suggest } from '../../src/core/ingest/suggest/index';

const outlets = (text: string, language: string) =>
  suggest({ text, language, title: null, publishedAt: { date: '2025-03-10', precision: 'day' } }).citedOutlets.map((o) => fold(o));

describe('outlets in the forms the later and the declining languages cite them', () => {
  it.each([
    ['hu', '„Nem akartam lőni” – nyilatkozta a volt orosz katona a Borsnak a határ közelében.', 'bors'],
    ['pl', '– Nie chciałem strzelać – powiedział Wprostowi były rosyjski szeregowy Oleg Pietrow.', 'wprost'],
    ['ru', 'Об этом «Вёрстке» рассказал бывший сержант Олег Петров, который ушёл из части в мае.', 'verstka'],
    ['uk', 'Про це «Бабелю» розповів колишній сержант Олег Петров, який залишив частину в травні.', 'babel'],
    ['de', 'Wie zuvor der Kurier berichtet hatte, verließ der Soldat Oleg Petrow im Mai seine Einheit.', 'kurier'],
    ['de', 'Wie die Nachrichtenagentur Nordpress meldete, hat der Soldat Oleg Petrow in Hamburg Asyl beantragt.', 'nordpress'],
    ['en', 'Speaking to the Evening Standard, the former sergeant Oleg Petrov said he left his unit in May.', 'evening standard'],
    ['lt', 'KLAIPĖDA (Vakarų ekspresas). Buvęs Rusijos kariuomenės seržantas Olegas Petrovas paprašė prieglobsčio.', 'vakaru ekspresas'],
    ['de', 'Im Gespräch mit der ZEIT erzählt Oleg Petrow, wie er im Mai seine Einheit verließ.', 'die zeit'],
  ])('%s: %s', (lang, text, name) => {
    expect(outlets(text, lang)).toContain(name);
  });
});

describe('guards', () => {
  it.each([
    ['fr', 'Tout le monde savait ce que cela voulait dire, raconte Oleg Petrov, qui a quitté son unité en mai.'],
    ['es', 'En el país nadie hablaba de ello, dice Oleg Petrov, que dejó su unidad en mayo.'],
    ['en', 'They were sent on "meat assaults", Oleg Petrov told reporters after he left his unit in May.'],
    ['de', 'Wie zuvor das Bundesamt berichtet hatte, hat der Soldat Oleg Petrow Asyl beantragt.'],
    ['pl', '– Nie chciałem strzelać – powiedział Sądowi były szeregowy Oleg Pietrow.'],
    ['pl', '– Nie chciałem strzelać – powiedział Janowi były szeregowy Oleg Pietrow.'],
  ])('no outlet: %s: %s', (lang, text) => {
    expect(outlets(text, lang)).toEqual([]);
  });
});
