/** Aliases and call signs with their transliteration variants (Саликов / Salikov). */
import type { Profile } from '../../shared/contract/case';
import type { CaseContext } from '../context';
import { getProfile, updateProfile } from './profile';
import { transliterationVariants } from './transliterate';

const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

export function addProfileAliases(ctx: CaseContext, aliases: Profile['aliases'], withTransliterations: boolean): Profile {
  const p = getProfile(ctx);
  const next = [...p.aliases];
  const known = new Set([p.fullName ?? '', ...next.map((a) => a.name)].map(norm));
  const add = (a: Profile['aliases'][number]) => {
    if (!known.has(norm(a.name))) {
      known.add(norm(a.name));
      next.push(a);
    }
  };
  for (const a of aliases) add(a);
  if (withTransliterations)
    for (const a of aliases) for (const v of transliterationVariants(a.name)) add({ name: v, kind: 'transliteration' });
  return updateProfile(ctx, { aliases: next });
}
