/**
 * The asylum export as an asylum caseworker reads it (pdftotext, and for what must be absent every byte
 * a tool can read: page text, metadata, decompressed streams, attachments): the subject's own steps only,
 * stages in words, undated steps in procedure order, the grounds of the claim and the risk on return with
 * their legal basis (an unchecked reference says so); public figures named because the case marks them
 * (not by name or role text), a witness and a relative quoted beside them pseudonymised.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type CasefileService } from '../../src/core/service';
import { PASS } from '../helpers/tmp';
import { containsAnyForm, pdfdetachAll, pdfinfo, pdftotext, qdf } from './poppler';

let dir: string;
let svc: CasefileService;
let file: string;
let text: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-asylum-pdf-'));
  svc = createService();
  const { api } = svc;
  await api.createCase({ path: join(dir, 'a.casefile'), passphrase: PASS, title: 'Asylum section case' });
  await api.updateProfile({ fullName: 'Igor Salikov' });
  const sister = await api.upsertPerson({ name: 'Olena Kovalenko', role: 'sister' });
  const witness = await api.upsertPerson({ name: 'Roman Lis', role: 'speaker' });
  // Quoted speakers: one the service suggests from the role, one the investigator marks by hand.
  const zakharova = await api.upsertPerson({ name: 'Marija Zakharova', role: 'spokesperson' });
  const putin = await api.upsertPerson({ name: 'Vladimir Putin', role: 'speaker' });
  await api.upsertPerson({ id: putin.id, publicFigure: true });
  await api.addStatement({ text: 'We will not give up what is ours.', speakerId: putin.id, language: 'en', basis: 'first-hand' });
  await api.addStatement({ text: 'We demand a thorough investigation.', speakerId: zakharova.id, language: 'en', basis: 'first-hand' });
  await api.addStatement({
    text: 'Roman Lis said Olena Kovalenko saw the convoy leave.',
    speakerId: witness.id,
    language: 'en',
    basis: 'first-hand',
  });
  // Entered out of order and undated: the summary puts them in procedure order.
  await api.addAsylumStep({ country: 'NL', stage: 'interview', authority: 'IND' });
  await api.addAsylumStep({ country: 'NL', stage: 'intends' });
  await api.addAsylumStep({ country: 'NL', stage: 'applied', note: 'Applied at Ter Apel.' });
  // The sister's own application: hers, not the subject's.
  await api.addAsylumStep({ country: 'DE', stage: 'decision-rejected', personId: sister.id, note: 'Rejected in Bielefeld.' });
  await api.addAsylumGround({ code: 'refusal-of-military-service', note: 'Refused an order to execute civilians.' });
  await api.addAsylumGround({ code: 'prosecution-for-desertion', note: 'Left the GRU without discharge.' });
  file = join(dir, 'asylum.pdf');
  await api.exportPdf({ profile: 'asylum', outPath: file, preparedBy: 'Test' });
  text = pdftotext(file);
}, 120_000);

afterAll(() => {
  svc?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The helper's pdftotext collapses whitespace: the section runs from its heading to the next section. */
const section = () => {
  const at = text.indexOf('Asylum status Current stage');
  return at < 0 ? '' : text.slice(at, text.indexOf('2. Allegations', at));
};

describe('asylum section', () => {
  it('only the subject’s own steps, in words, undated ones in procedure order', () => {
    const s = section();
    expect(s).toContain('Current stage: Interview — Netherlands, IND.');
    const order = ['Intends to apply for asylum', 'Application made', 'Interview'].map((w) =>
      s.indexOf(`date not recorded ${w} — Netherlands`),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(s).not.toMatch(/\bintends\b|decision-rejected|applied\b/);
    // The sister's step is not in the summary at all.
    expect(text).not.toMatch(/Germany|Bielefeld|Decision: application rejected/);
  });

  it('the grounds of the claim and the risk on return, with their legal basis and how far it is checked', () => {
    const s = section();
    expect(s).toMatch(/Grounds of the claim\s+Political opinion\s+Refusal to fight: desertion or draft evasion from a war whose/);
    expect(s).toContain('Refused an order to execute civilians.');
    expect(s.replace(/\s+/g, ' ')).toContain('Qualification Directive 2011/95/EU Art. 9(2)(e)');
    // (the label and its value are one table row; a page footer may come between them in extraction order)
    expect(s).toMatch(/Risk on return Prosecution [\s\S]{0,80}?Prosecution for desertion Left the GRU without discharge\./);
    expect(s.replace(/\s+/g, ' ')).toContain('(UK RF) Art. 338 (desertion) (reference not yet checked against the text)');
    expect(s.indexOf('Grounds of the claim')).toBeLessThan(s.indexOf('Risk on return'));
  });

  it('public figures keep their names because the case marks them; the witness and the relative are pseudonymised in every byte', () => {
    expect(text).toContain('Vladimir Putin');
    expect(text).toContain('Marija Zakharova');
    expect(text).toMatch(/P-\d{4} said P-\d{4} saw the convoy leave/);
    const hay: [string, Buffer][] = [
      ['pdftotext', Buffer.from(text, 'utf8')],
      ['pdfinfo', Buffer.from(pdfinfo(file) + pdfinfo(file, '-meta'), 'utf8')],
      ['qpdf --qdf', qdf(file, join(dir, 'asylum.qdf.pdf'))],
      ['file bytes', readFileSync(file)],
    ];
    for (const [name, bytes] of pdfdetachAll(file, join(dir, 'detach'))) hay.push([`attachment ${name}`, bytes]);
    for (const [where, bytes] of hay)
      for (const n of ['Roman Lis', 'Kovalenko', 'Olena']) expect(containsAnyForm(bytes, n), `${where} · ${n}`).toBe(false);
  });

  it('control: the ICC export names everyone and still shows only the subject’s steps', async () => {
    const icc = join(dir, 'icc.pdf');
    await svc.api.exportPdf({ profile: 'icc', outPath: icc, preparedBy: 'Test' });
    const t = pdftotext(icc);
    expect(t).toContain('Roman Lis said Olena Kovalenko saw the convoy leave.');
    expect(t).toContain('Prosecution for desertion');
    expect(t).not.toContain('Bielefeld');
  });
});
