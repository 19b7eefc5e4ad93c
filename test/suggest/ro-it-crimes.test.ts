/**
 * Romanian and Italian crime vocabulary (issue #13, session 8), on short texts written for these tests: the order
 * not to take prisoners in the subjunctive of the third person or the first plural ("să nu ia prizonieri", "să nu
 * luăm prizonieri", "di non prendere prigionieri") and taking everything from the houses ("abbiamo preso tutto
 * dalle case", "prendevano tutto", "luau tot"). Each case failed on the rules before; the guards keep the capture
 * of a whole village and the time taken from being read as pillage.
 */
import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/core/ingest/suggest/index';

const crimes = (text: string, language: string) =>
  suggest({ text, language, title: null, publishedAt: { date: '2025-03-10', precision: 'day' } }).allegations.map((a) => a.category);

describe('Romanian and Italian forms', () => {
  it.each([
    ['ro', 'Sergentul Oleg Petrov spune că unitatea lui primea ordin să nu ia prizonieri.', 'denial-of-quarter'],
    ['ro', '„Comandantul ne-a spus să nu luăm prizonieri”, a declarat Oleg Petrov.', 'denial-of-quarter'],
    ['it', '«Il comandante ci ha ordinato di non prendere prigionieri», ha detto Oleg Petrov.', 'denial-of-quarter'],
    ['it', '«Abbiamo preso tutto dalle case: televisori, frigoriferi, gioielli», ha detto Oleg Petrov.', 'pillage'],
    ['it', 'Secondo Oleg Petrov, nel villaggio i soldati prendevano tutto, anche le pentole.', 'pillage'],
    ['ro', 'Oleg Petrov spune că soldații intrau în sat și luau tot, chiar și oalele.', 'pillage'],
  ])('%s: %s', (lang, text, want) => {
    expect(crimes(text, lang)).toContain(want);
  });
  it.each([
    ['it', '«Abbiamo preso tutto il villaggio in due giorni», ha detto Oleg Petrov.'],
    ['it', '«Il viaggio ha preso tutto il giorno», ha detto Oleg Petrov.'],
  ])('%s: no pillage: %s', (lang, text) => {
    expect(crimes(text, lang)).not.toContain('pillage');
  });
});
