/**
 * Outlets in the forms each language cites them (issue #13, session 8), on short texts written for these tests:
 * a dateline whose city is in title case ("Wien (APA) -"), an interview with an outlet ("in an interview with",
 * "im Gespräch mit", "w rozmowie z", "v rozhovoru pro", "raconte à"), outlets the lists lacked in their usual
 * and declined forms (The Irish Times, taz, Yle, Mediapart, France Info, Rai News, Český rozhlas, «Громадському»).
 * Each case failed on the rules before this session. The guards keep a word of a headline in capitals
 * («NOS DIJERON…», "TAZ"), Romanian "apa" (water) and a name with an age in brackets from being read as outlets.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/core/ingest/suggest/fold';
import { suggest } from '../../src/core/ingest/suggest/index';

const outlets = (text: string, language: string) =>
  suggest({ text, language, title: null, publishedAt: { date: '2025-03-10', precision: 'day' } }).citedOutlets.map((o) => fold(o));

describe('outlets in their usual forms', () => {
  it.each([
    ['de', 'Innsbruck (Tiroler Presse) - Ein ehemaliger russischer Soldat hat in Österreich Schutz beantragt.', 'tiroler presse'],
    ['de', 'Wien (APA) - Ein ehemaliger russischer Soldat hat in Österreich Schutz beantragt.', 'apa'],
    [
      'en',
      'The former sergeant, Oleg Petrov, said in an interview with the Harbour Courier that he had left his unit in May.',
      'harbour courier',
    ],
    ['de', 'Im Gespräch mit dem Nordkurier schildert Oleg Petrow, wie er im Mai seine Einheit verließ.', 'nordkurier'],
    ['pl', 'Oleg Pietrow w rozmowie z Radiem Wschód opowiedział, jak w maju opuścił swoją jednostkę.', 'radiem wschod'],
    ['cs', 'Oleg Petrov v rozhovoru pro Deník Sever popsal, jak v květnu opustil svou jednotku.', 'denik sever'],
    ['fr', 'Oleg Petrov, 29 ans, raconte à Mediapart comment il a quitté son unité en mai.', 'mediapart'],
    ['en', 'According to The Irish Times, Oleg Petrov left his unit in May.', 'the irish times'],
    ['de', 'Der taz hat Oleg Petrow erzählt, wie er im Mai seine Einheit verließ.', 'taz'],
    ['fr', 'Le déserteur a été identifié par la radio publique Yle comme Oleg Petrov, 38 ans.', 'yle'],
    ['fr', 'Selon France Info, le déserteur a quitté son unité en mai.', 'france info'],
    ['it', "Il disertore ha ottenuto l'asilo in Svizzera, riporta Rai News.", 'rai news'],
    ['cs', 'Petrov uvedl pro Český rozhlas, že je připraven svědčit.', 'cesky rozhlas'],
    ['uk', '«Ми зробили, як сказали, і пішли далі», — розповів він «Громадському».', 'hromadske'],
  ])('%s: %s', (lang, text, want) => {
    expect(outlets(text, lang)).toContain(want);
  });
});

describe('guards: no outlet', () => {
  it.each([
    ['es', '«NOS DIJERON QUE NO QUEDARA NADIE EN PIE»: la confesión del desertor ruso que pide asilo en España.'],
    ['de', 'TAZ UND BLUT: Ein Deserteur erzählt.'],
    ['ro', 'Soldații au rămas fără apa de băut timp de trei zile, a spus Oleg Petrov.'],
    ['pl', 'Oleg Pietrow (29) - były żołnierz - opowiedział, jak w maju opuścił swoją jednostkę.'],
  ])('%s: %s', (lang, text) => {
    expect(outlets(text, lang)).toEqual([]);
  });
});
