/**
 * The built-in export profiles as the policy they implement, read through a dynamic import: a profile
 * that no longer validates makes its module throw when it loads, and a static import would turn that into
 * a file that cannot be collected (a mutation run then sees no failing test). Here the load itself is a
 * test. test/guards/profiles.test.ts states the rest of the policy (sensitive fields, self-incrimination,
 * pseudonyms, notes) and proves the redaction on real models.
 */
import { describe, expect, it } from 'vitest';

const load = () => import('../../src/core/report/profiles');

/** The profile fields that are not sensitive by default: what a prosecutor or an asylum authority sees. */
const IDENTITY_AND_SERVICE = ['fullName', 'aliases', 'rank', 'unit', 'service', 'birthDate', 'age', 'origin', 'routeOut'];

describe('the built-in profiles (policy)', () => {
  it('load, and each is filed under its own name', async () => {
    const { BUILTIN_PROFILES } = await load();
    expect(Object.keys(BUILTIN_PROFILES).sort()).toEqual(['asylum', 'icc', 'public', 'war-crimes-unit']);
    for (const [key, p] of Object.entries(BUILTIN_PROFILES)) expect(p.name).toBe(key);
  });

  it('each says whom it is for: a title, a default recipient and a description, all different between profiles', async () => {
    const { BUILTIN_PROFILES } = await load();
    const ps = Object.values(BUILTIN_PROFILES);
    for (const p of ps) {
      expect(p.title.trim(), p.name).not.toBe('');
      expect(p.defaultRecipient?.trim(), p.name).toBeTruthy();
      expect(p.description.trim().length, p.name).toBeGreaterThan(20);
    }
    for (const field of ['title', 'description'] as const) expect(new Set(ps.map((p) => p[field])).size, field).toBe(ps.length);
    expect(BUILTIN_PROFILES.icc.defaultRecipient).toMatch(/International Criminal Court/);
  });

  it('prosecutors get every section; the asylum authority its file without custody; the public no custody and no asylum', async () => {
    const { BUILTIN_PROFILES, SECTIONS } = await load();
    expect(BUILTIN_PROFILES.icc.sections).toEqual([...SECTIONS]);
    expect(BUILTIN_PROFILES['war-crimes-unit'].sections).toEqual([...SECTIONS]);
    expect(BUILTIN_PROFILES.asylum.sections).toEqual(['profile', 'asylum', 'allegations', 'timeline', 'testimony', 'sources']);
    expect(BUILTIN_PROFILES.public.sections).toEqual(['profile', 'allegations', 'timeline', 'testimony', 'sources']);
  });

  it('prosecutors and the asylum authority see identity and service; only the ICC also the notes field; the public rank and service', async () => {
    const { BUILTIN_PROFILES } = await load();
    expect(BUILTIN_PROFILES.icc.profileFields).toEqual([...IDENTITY_AND_SERVICE, 'notes']);
    expect(BUILTIN_PROFILES['war-crimes-unit'].profileFields).toEqual(IDENTITY_AND_SERVICE);
    expect(BUILTIN_PROFILES.asylum.profileFields).toEqual(IDENTITY_AND_SERVICE);
    expect(BUILTIN_PROFILES.public.profileFields).toEqual(['rank', 'service']);
    for (const p of Object.values(BUILTIN_PROFILES)) expect(p.sensitiveFields, p.name).toEqual([]);
  });

  it('originals are attached, and withheld ones listed by hash, for every recipient but the public', async () => {
    const { BUILTIN_PROFILES } = await load();
    for (const n of ['icc', 'war-crimes-unit', 'asylum']) {
      expect(BUILTIN_PROFILES[n].embedOriginals, n).toBe(true);
      expect(BUILTIN_PROFILES[n].listWithheldHashes, n).toBe(true);
    }
    expect(BUILTIN_PROFILES.public.embedOriginals).toBe(false);
    expect(BUILTIN_PROFILES.public.listWithheldHashes).toBe(false);
  });

  it('the ICC export carries the elements-of-crimes analysis; the others do not', async () => {
    const { BUILTIN_PROFILES } = await load();
    expect(BUILTIN_PROFILES.icc.elementAnalysis).toBe(true);
    for (const n of ['war-crimes-unit', 'asylum', 'public']) expect(BUILTIN_PROFILES[n].elementAnalysis ?? false, n).toBe(false);
  });
});
