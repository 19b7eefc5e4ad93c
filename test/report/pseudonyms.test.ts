/**
 * Pseudonymisation replaces protected persons, and nothing else: organisations, units and countries keep
 * their names, so do public figures and (for the asylum authority) the applicant's own lawyer; common
 * words that happen to be name parts stay; a changed excerpt is marked redacted; an export that would
 * still carry an unknown spelling of a protected name is refused, naming the passage.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type CasefileService } from '../../src/core/service';
import { PASS } from '../helpers/tmp';
import { pdftotext } from './poppler';

let dir: string;
let svc: CasefileService;

const STATEMENT =
  'Roman Lis saw the Wagner Group men near the 155th Marine Brigade lines. He left Russia after refusing. There is no more fascist country than Russia. His lawyer Maria Jansen filed the appeal; Vladimir Putin had ordered the operation. We walked along a roman road past the stone bridge. Lis’s brother confirmed it.';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-pseudo-'));
  svc = createService();
  await svc.api.createCase({ path: join(dir, 'p.casefile'), passphrase: PASS, title: 'Pseudonym case' });
  await svc.api.updateProfile({ fullName: 'Igor Salikov' });
  const witness = await svc.api.upsertPerson({
    name: 'Roman Lis',
    role: 'witness',
    aliases: [{ name: 'Роман Лис', kind: 'transliteration' }],
  });
  await svc.api.upsertPerson({ name: 'Wagner Group', role: 'organisation' });
  await svc.api.upsertPerson({ name: 'Russia', role: 'country' });
  await svc.api.upsertPerson({ name: '155th Marine Brigade', role: 'unit' });
  await svc.api.upsertPerson({ name: 'Vladimir Putin', role: 'head of state' });
  await svc.api.upsertPerson({ name: 'Maria Jansen', role: 'lawyer' });
  await svc.api.addStatement({ text: STATEMENT, speakerId: witness.id, language: 'en', basis: 'first-hand' });
}, 60_000);

afterAll(() => {
  svc?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function exportText(profile: string): Promise<string> {
  const out = join(dir, `${profile}-${Date.now()}.pdf`);
  await svc.api.exportPdf({ profile, outPath: out });
  return pdftotext(out);
}

describe('pseudonymisation replaces protected persons only', () => {
  it('asylum: the witness becomes a pseudonym; organisation, unit, country, head of state and the lawyer keep their names', async () => {
    const text = await exportText('asylum');
    const code = /(P-\d{4}) saw the Wagner Group men/.exec(text)?.[1];
    expect(code, text.slice(0, 400)).toMatch(/^P-\d{4}$/);
    expect(text).not.toMatch(/Roman Lis|Lis’s|Роман/);
    expect(text).toContain(`${code}’s brother confirmed it`);
    for (const kept of [
      'the Wagner Group men near the 155th Marine Brigade lines',
      'He left Russia after refusing',
      'There is no more fascist country than Russia',
      'His lawyer Maria Jansen filed the appeal',
      'Vladimir Putin had ordered the operation',
      // Common words that are parts of a protected name stay.
      'along a roman road past the stone bridge',
    ])
      expect(text).toContain(kept);
    // The statement was changed: it is marked so, not presented as verbatim.
    expect(text).toContain('redacted excerpt (not verbatim');
  });

  it('public: the lawyer is hidden too (she would identify the subject); the head of state and the country are not', async () => {
    const text = await exportText('public');
    expect(text).not.toContain('Maria Jansen');
    expect(text).not.toContain('Salikov');
    expect(text).toContain('Vladimir Putin had ordered the operation');
    expect(text).toContain('There is no more fascist country than Russia');
  });

  it('an unknown spelling of a protected name refuses the export, naming the passage; adding it as an alias lets it through', async () => {
    const tsukanov = await svc.api.upsertPerson({
      name: 'Oleg Tsukanov',
      role: 'witness',
      aliases: [{ name: 'Олег Цуканов', kind: 'transliteration' }],
    });
    const stmt = await svc.api.addStatement({ text: 'Le témoin Oleg Tsoukanov a confirmé les faits.', language: 'fr', basis: 'document' });
    const before = (await svc.api.listExports({})).length;
    const err = await svc.api.exportPdf({ profile: 'asylum', outPath: join(dir, 'refused.pdf') }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'INVALID_INPUT' });
    expect((err as Error).message).toMatch(/statement T2 still contains a spelling of the name of P-\d{4}/);
    expect((await svc.api.listExports({})).length).toBe(before);
    await svc.api.upsertPerson({ id: tsukanov.id, aliases: [...tsukanov.aliases, { name: 'Oleg Tsoukanov', kind: 'transliteration' }] });
    const text = await exportText('asylum');
    expect(text).not.toMatch(/Tsoukanov|Tsukanov|Цуканов/);
    expect(text).toContain('a confirmé les faits');
    void stmt;
  });
});
