/**
 * Stable pseudonyms. Choice: STORED, not derived. On the first export that pseudonymises a person we draw
 * a random code and store it (people.pseudonym; the subject, who is the profile and not a people row, in
 * case_meta `report.subjectPseudonym`) in one ctx.write with a custody entry that names only how many were
 * assigned. Every later export of the case reuses it, whatever the profile. A random code carries no
 * information about the name (unlike a hash of it, which anyone could recompute from a guessed name), so a
 * recipient cannot reverse it; only the case file links code and person.
 *
 * Format: witnesses and third parties `P-1234`, the subject `W-1234` (ICC practice uses P-0xxx style
 * witness references; legal.md §2).
 */
import { randomInt } from 'node:crypto';
import type { CaseContext } from '../context';
import { pseudonymsInUse, readMetaValue, setMetaValueOnce, setPseudonymOnce } from './queries';

const SUBJECT_KEY = 'report.subjectPseudonym';

function draw(prefix: string, taken: Set<string>): string {
  for (;;) {
    const code = `${prefix}-${randomInt(1000, 10000)}`;
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

export function existingPseudonyms(ctx: CaseContext): { people: Map<string, string>; subject: string | null } {
  return { people: pseudonymsInUse(ctx.db), subject: readMetaValue(ctx.db, SUBJECT_KEY) };
}

/** Make sure every listed person (and the subject if asked) has a pseudonym; returns the full map. */
export function ensurePseudonyms(
  ctx: CaseContext,
  personIds: string[],
  subject: boolean,
): { people: Map<string, string>; subject: string | null } {
  const have = existingPseudonyms(ctx);
  const missing = personIds.filter((id) => !have.people.has(id));
  const needSubject = subject && !have.subject;
  if (missing.length === 0 && !needSubject) return have;
  ctx.write((db) => {
    // A code is drawn only where none is stored: P- codes can meet only the P- codes in use; the W- code
    // is drawn once, when the case has none.
    const taken = new Set<string>(have.people.values());
    for (const id of missing) setPseudonymOnce(db, id, draw('P', taken));
    if (needSubject) setMetaValueOnce(db, SUBJECT_KEY, draw('W', taken));
    return {
      result: null,
      custody: {
        action: 'report.pseudonyms-assign',
        entity: 'people',
        entityId: null,
        details: { people: missing.length, subject: needSubject },
      },
    };
  });
  return existingPseudonyms(ctx);
}
