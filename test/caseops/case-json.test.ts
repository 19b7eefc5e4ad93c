/** The case as JSON: dump → restore → dump is identical apart from the documented fields; verify passes. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createService } from '../../src/core/service';
import { PASS, useTempDir } from '../helpers/tmp';
import { dmitriMeduza, salikovNpo, salikovPolitico } from './articles';
import { caseWith } from './fixture';

const tmp = useTempDir();
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function documentedCase() {
  const c = await caseWith(tmp(), [salikovNpo, salikovPolitico, dmitriMeduza]);
  cleanups.push(c.dispose);
  const { api } = c;
  for (const kind of ['subject', 'person', 'quote', 'date', 'asylum', 'allegation', 'outlet'] as const)
    await api.acceptAllSuggestions({ kind });
  const place = (await api.listSuggestions({ kind: 'place' }))[0];
  await api.rejectSuggestion({ id: place.id });
  await api.updateProfile({ currentLocation: 'Safe house, Utrecht', contacts: 'Signal +31 …' });
  const steps = await api.asylumOverview({});
  await api.recordDisclosure({
    asylumStepId: steps.countries[0].steps[0].id,
    authority: 'Migracijos departamentas',
    disclosedAt: '2023-08-03',
    what: 'identity',
    items: ['fullName'],
  });
  await api.upsertPerson({ name: 'Witness A', pseudonym: 'P-0001' });
  return c;
}

/** Drop what legitimately differs between two dumps of the same content (docs/case-json.md). */
const comparable = (j: Record<string, unknown>) => ({ ...j, exportedAt: null, case: null });

describe('case JSON', () => {
  it('dump → restore → dump is identical apart from exportedAt and case; verify passes on the restored case', async () => {
    const { api } = await documentedCase();
    const first = await api.exportJson({ includeOriginals: true });
    expect(first.version).toBe(1);
    expect(first.sources).toHaveLength(3);
    expect(first.allegations.length).toBeGreaterThan(0);
    expect(typeof first.sources[0].bytesBase64).toBe('string');
    expect(first.profile.currentLocation).toBe('Safe house, Utrecht');
    // exportJson is itself recorded.
    const log = await api.custodyLog({});
    expect(log[log.length - 1]).toMatchObject({ action: 'case.export-json', details: { includeOriginals: true, omittedSensitive: [] } });
    await api.closeCase({});

    const restoredPath = join(tmp(), 'restored.casefile');
    const svc = createService();
    cleanups.push(svc.dispose);
    const info = await svc.api.importJson({ path: restoredPath, passphrase: PASS, data: JSON.parse(JSON.stringify(first)) });
    expect(info.counts).toMatchObject({ sources: 3, allegations: first.allegations.length, events: first.events.length });
    expect(info.caseId).not.toBe(first.case.caseId);
    const v = await svc.api.verify({});
    expect(v.problems).toEqual([]);
    expect(v.ok).toBe(true);
    const restoredLog = await svc.api.custodyLog({});
    expect(restoredLog.find((e) => e.action === 'case.import-json')).toMatchObject({
      action: 'case.import-json',
      details: { fromCaseId: first.case.caseId, fromCustodyHead: first.case.custodyHead },
    });
    expect(restoredLog.filter((e) => e.action === 'source.add')).toHaveLength(3);

    const second = await svc.api.exportJson({ includeOriginals: true });
    expect(comparable(second)).toEqual(comparable(first));
    expect(second.case.title).toBe(first.case.title);
    // The restored case works: search, allegations with corroboration, timeline.
    expect((await svc.api.search({ query: 'Salikov' })).hits.length).toBeGreaterThan(0);
    expect((await svc.api.listAllegations({})).map((a) => a.corroboration.explanation)).toEqual(
      (first.allegations as { id: string }[]).length ? expect.arrayContaining([expect.stringMatching(/independent/)]) : [],
    );
  });

  it('without originals: exported, but not restorable (and says why); omitSensitive leaves sensitive fields out', async () => {
    const { api } = await documentedCase();
    const lean = await api.exportJson({ omitSensitive: true });
    expect(lean.includesOriginals).toBe(false);
    expect(lean.sources[0].bytesBase64).toBeUndefined();
    expect(lean.omittedSensitive).toEqual(['currentLocation', 'contacts', 'family']);
    expect(lean.profile.currentLocation).toBeNull();
    expect(JSON.stringify(lean)).not.toContain('Utrecht');
    await api.closeCase({});
    const target = join(tmp(), 'lean.casefile');
    await expect(api.importJson({ path: target, passphrase: PASS, data: lean })).rejects.toThrow(/no original bytes.*--with-originals/);
    expect(existsSync(target)).toBe(false);
    const tampered = await (async () => {
      await api.openCase({ path: join(tmp(), 'ops.casefile'), passphrase: PASS });
      const full = await api.exportJson({ includeOriginals: true });
      await api.closeCase({});
      full.sources[0].bytesBase64 = Buffer.from('not the original').toString('base64');
      return full;
    })();
    await expect(api.importJson({ path: target, passphrase: PASS, data: tampered })).rejects.toThrow(/do not match its recorded SHA-256/);
    await expect(api.importJson({ path: target, passphrase: PASS, data: { ...tampered, version: 9 } })).rejects.toThrow(/format version 9/);
    expect(existsSync(target)).toBe(false);
  });
});
