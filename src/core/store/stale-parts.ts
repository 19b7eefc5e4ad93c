/**
 * Leftovers of a re-key or restore that was interrupted: `<case>.rekey-<hex>.part` (and its journal)
 * beside the case. They are encrypted copies, never plaintext, but they are not the case either: the
 * next open removes them and says so.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { removeWithCompanions } from './durable';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The leftover copies beside `casePath` (the `.part` files, without their companions). */
export function staleCaseParts(casePath: string): string[] {
  const dir = dirname(casePath);
  const re = new RegExp(`^${escapeRe(basename(casePath))}\\.(rekey|restore)-[0-9a-f]{16}\\.part$`);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => re.test(n)).map((n) => join(dir, n));
}

export function removeStaleCaseParts(casePath: string): string[] {
  return staleCaseParts(casePath).flatMap((p) => removeWithCompanions(p));
}
