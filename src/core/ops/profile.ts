import type { z } from 'zod';
import { Profile, type ProfilePatch } from '../../shared/contract/case';
import { type CaseContext, nowIso } from '../context';

interface ProfileRow {
  full_name: string | null;
  aliases_json: string;
  rank: string | null;
  unit: string | null;
  service: string | null;
  birth_date: string | null;
  age: number | null;
  origin: string | null;
  route_out: string | null;
  current_location: string | null;
  contacts: string | null;
  family: string | null;
  notes: string | null;
  sensitive_json: string;
  updated_at: string | null;
}

/** Contract field → column. One table of truth for reading, writing, the custody diff and case JSON. */
export const PROFILE_COLUMNS = {
  fullName: 'full_name',
  aliases: 'aliases_json',
  rank: 'rank',
  unit: 'unit',
  service: 'service',
  birthDate: 'birth_date',
  age: 'age',
  origin: 'origin',
  routeOut: 'route_out',
  currentLocation: 'current_location',
  contacts: 'contacts',
  family: 'family',
  notes: 'notes',
  sensitive: 'sensitive_json',
} as const satisfies Record<Exclude<keyof Profile, 'updatedAt'>, keyof ProfileRow>;
const COLUMNS = PROFILE_COLUMNS;
const JSON_FIELDS = new Set(['aliases', 'sensitive']);

export function getProfile(ctx: CaseContext): Profile {
  const row = ctx.db.prepare('SELECT * FROM profile WHERE id = 1').get() as ProfileRow;
  const out: Record<string, unknown> = { updatedAt: row.updated_at };
  for (const [field, col] of Object.entries(COLUMNS)) {
    const v = row[col];
    out[field] = JSON_FIELDS.has(field) ? JSON.parse(v as string) : v;
  }
  return Profile.parse(out);
}

export function updateProfile(ctx: CaseContext, patch: z.output<typeof ProfilePatch>): Profile {
  const before = getProfile(ctx);
  const changed = (Object.keys(patch) as (keyof typeof COLUMNS)[]).filter(
    (k) => patch[k] !== undefined && JSON.stringify(patch[k]) !== JSON.stringify(before[k]),
  );
  if (changed.length === 0) return before;
  ctx.write((db) => {
    const sets = changed.map((k) => `${COLUMNS[k]} = ?`).join(', ');
    const values = changed.map((k) => (JSON_FIELDS.has(k) ? JSON.stringify(patch[k]) : patch[k]));
    db.prepare(`UPDATE profile SET ${sets}, updated_at = ? WHERE id = 1`).run(...values, nowIso());
    // The custody entry names the fields that changed, never their values: the log must not become a
    // second copy of sensitive data (it is shown in exports' custody appendix).
    return { result: null, custody: { action: 'profile.update', entity: 'profile', entityId: 'profile', details: { fields: changed } } };
  });
  return getProfile(ctx);
}
