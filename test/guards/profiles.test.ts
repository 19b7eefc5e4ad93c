/**
 * What each built-in export profile may release, stated as the policy it implements, and the redaction of
 * every default-sensitive profile field (not only the current location) from every string of every
 * profile's model. The model is what gets rendered, so a value absent from it is absent from the PDF
 * (test/report/withholding.test.ts proves that last step on real PDFs).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseContext, nowIso } from '../../src/core/context';
import { buildModel } from '../../src/core/report/model';
import { BUILTIN_PROFILES, listProfiles, resolveProfile } from '../../src/core/report/profiles';
import { CaseStore } from '../../src/core/store/case-store';
import { DEFAULT_SENSITIVE_FIELDS } from '../../src/shared/contract/case';
import { newId } from '../../src/shared/ids';
import { PASS } from '../helpers/tmp';
import { buildFixtureCase, CONTACTS, LOCATION } from '../report/fixture';

const FAMILY = 'Wife and adult son, with him';

describe('built-in export profiles: the policy each one implements', () => {
  const names = ['icc', 'war-crimes-unit', 'asylum', 'public'];

  it('are exactly the four recipients, each resolvable by name', () => {
    expect(Object.keys(BUILTIN_PROFILES).sort()).toEqual([...names].sort());
    for (const n of names) expect(resolveProfile(n, undefined).name).toBe(n);
  });

  it('none releases a default-sensitive field (current location, contacts, family): not as shown field, not as allowed sensitive field', () => {
    for (const n of names) {
      const p = BUILTIN_PROFILES[n];
      for (const f of DEFAULT_SENSITIVE_FIELDS) {
        expect(p.sensitiveFields, `${n} releases ${f}`).not.toContain(f);
        expect(p.profileFields as string[], `${n} shows ${f}`).not.toContain(f);
      }
    }
  });

  it('self-incriminating passages go only to prosecutors (icc, war-crimes-unit), never to the asylum authority or the public', () => {
    expect(BUILTIN_PROFILES.icc.includeSelfIncriminating).toBe(true);
    expect(BUILTIN_PROFILES['war-crimes-unit'].includeSelfIncriminating).toBe(true);
    expect(BUILTIN_PROFILES.asylum.includeSelfIncriminating).toBe(false);
    expect(BUILTIN_PROFILES.public.includeSelfIncriminating).toBe(false);
  });

  it('who is pseudonymised: nobody for the ICC, witnesses for a national unit, everyone but the subject for asylum, everyone for the public', () => {
    expect(BUILTIN_PROFILES.icc.pseudonymise).toBe('none');
    expect(BUILTIN_PROFILES['war-crimes-unit'].pseudonymise).toBe('witnesses');
    expect(BUILTIN_PROFILES.asylum.pseudonymise).toBe('others');
    expect(BUILTIN_PROFILES.public.pseudonymise).toBe('all');
  });

  it('the public summary carries no originals, no custody appendix, no hashes of withheld originals, no name and no notes', () => {
    const p = BUILTIN_PROFILES.public;
    expect(p.embedOriginals).toBe(false);
    expect(p.sections).not.toContain('custody');
    expect(p.listWithheldHashes).toBe(false);
    expect(p.includeNotes).toBe(false);
    expect(p.profileFields).toEqual(['rank', 'service']);
  });

  it('investigator notes and retracted statements go only to the ICC', () => {
    for (const n of names) {
      expect(BUILTIN_PROFILES[n].includeNotes, n).toBe(n === 'icc');
      expect(BUILTIN_PROFILES[n].includeRetracted, n).toBe(n === 'icc');
      expect((BUILTIN_PROFILES[n].profileFields as string[]).includes('notes'), n).toBe(n === 'icc');
    }
  });

  it('the asylum authority gets the sections of an asylum file, without the custody appendix', () => {
    expect(BUILTIN_PROFILES.asylum.sections).toEqual(['profile', 'asylum', 'allegations', 'timeline', 'testimony', 'sources']);
  });

  it('a custom profile wins over the name, and is validated (defaults filled in, a malformed one refused)', () => {
    const custom = { ...BUILTIN_PROFILES.public, name: 'my-ngo', title: 'Partner NGO', description: undefined, sensitiveFields: undefined };
    const p = resolveProfile('icc', custom as never);
    expect(p).toMatchObject({ name: 'my-ngo', pseudonymise: 'all', description: '', sensitiveFields: [] });
    expect(() => resolveProfile(undefined, { ...BUILTIN_PROFILES.public, name: 'Not A Name' })).toThrow(/lower-case letters/);
  });

  it('an unknown or missing profile name is refused as NOT_FOUND, naming the built-in profiles', () => {
    for (const [name, quoted] of [
      ['court', '"court"'],
      [undefined, '""'],
      ['', '""'],
    ] as const) {
      let err: unknown;
      try {
        resolveProfile(name, undefined);
      } catch (e) {
        err = e;
      }
      expect(err, String(name)).toMatchObject({ code: 'NOT_FOUND' });
      expect((err as Error).message).toBe(`No export profile named ${quoted}. Built-in profiles: icc, war-crimes-unit, asylum, public.`);
    }
    expect(listProfiles().map((p) => p.name)).toEqual(['icc', 'war-crimes-unit', 'asylum', 'public']);
  });
});

describe('every default-sensitive field is redacted from every string of every profile', () => {
  let dir: string;
  let store: CaseStore;
  let ctx: CaseContext;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'casefile-guard-profiles-'));
    const fx = buildFixtureCase(join(dir, 'case.casefile'), PASS);
    store = CaseStore.open(fx.path, PASS);
    ctx = new CaseContext(store);
    // Each sensitive value also written into released text: an event note and a statement.
    const now = nowIso();
    ctx.write((db) => {
      db.prepare(
        "INSERT INTO events (id, title, description, date_precision, created_at, updated_at) VALUES (?, 'Second interview', ?, 'unknown', ?, ?)",
      ).run(newId('event'), `Reached via ${CONTACTS}. Living at ${LOCATION}.`, now, now);
      db.prepare(
        "INSERT INTO statements (id, text, speaker_name, language, basis, created_at, updated_at) VALUES (?, ?, 'investigator', 'en', 'document', ?, ?)",
      ).run(newId('statement'), `Family: ${FAMILY}.`, now, now);
      return { result: null, custody: { action: 'fixture.plant', entity: 'case', details: {} } };
    });
  }, 120_000);

  afterAll(() => {
    store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const planted: Record<string, string[]> = {
    currentLocation: ['Assendorperstraat', 'Zwolle'],
    contacts: ['1234 5678', 'Signal +31'],
    family: ['adult son'],
  };

  for (const name of ['icc', 'war-crimes-unit', 'asylum', 'public']) {
    it(`${name}: no planted location, contact or family value anywhere in the model, and each is listed as withheld`, () => {
      const { model } = buildModel(ctx, BUILTIN_PROFILES[name], {
        recipient: 'r',
        preparedBy: 'p',
        exportId: 'x',
        createdAt: nowIso(),
        assignPseudonyms: false,
      });
      const text = JSON.stringify(model);
      for (const [field, needles] of Object.entries(planted))
        for (const needle of needles) expect(text.includes(needle), `${name}: ${field} value "${needle}" leaked`).toBe(false);
      // The redaction marker took their place in the released note.
      expect(text).toContain('[withheld]');
    });
  }
});
