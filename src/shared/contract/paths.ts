/**
 * File paths in the contract are a type, not a field name. `FilePath(purpose)` is a branded string that
 * also records what the path is FOR; the desktop's path gate (src/main/path-gate.ts) finds every such
 * field by walking an operation's input SCHEMA (`pathFields`), never by guessing from the value, and lets a
 * path through only if the user chose it in a native dialog for that same purpose.
 *
 * To add a purpose (a drop target, a backup, a restore …): add it to PATH_PURPOSES with the dialog that
 * hands it out, use `FilePath('<purpose>')` for the operation's field, and have the dialog (or drop
 * handler) in src/main call `gate.allow(path, '<purpose>')`. test/desktop/path-gate.test.ts checks that
 * every path-like field in the contract is a FilePath, and that each purpose is kept apart.
 */
import { z } from 'zod';

export const PATH_PURPOSES = {
  /** An existing case file: chosen in the Open dialog, or taken from the recent list. */
  'open-case': { dialog: 'open', what: 'a case file to open', isACase: true },
  /** A new case file: named in the Save dialog (also the demo case, a case restored from JSON or a backup). */
  'create-case': { dialog: 'save', what: 'a new case file', isACase: true },
  /** A document to import: chosen in the Open dialog (a file dropped on the window is allowed for this only). */
  import: { dialog: 'open', what: 'a document to import' },
  /** Where an evidence summary is written: chosen in the Save dialog. Never a case file. */
  'export-target': { dialog: 'save', what: 'where to save the export', neverACase: true },
  /** Where a backup of the case is written: chosen in the Save dialog. Never a case file. */
  'backup-target': { dialog: 'save', what: 'where to save the backup', neverACase: true },
  /** Where a hand-over copy for a colleague is written: chosen in the Save dialog. Never a case file. */
  'handover-target': { dialog: 'save', what: 'where to save the copy for a colleague', neverACase: true },
  /** A backup or a received hand-over copy to restore (itself a case file): chosen in the Open dialog. */
  'restore-source': { dialog: 'open', what: 'a backup to restore', isACase: true },
  /** A case file to delete securely: chosen in the Open dialog for that (not taken from the recent list). */
  'destroy-case': { dialog: 'open', what: 'a case file to delete', isACase: true },
  /** An exported PDF to check: chosen in the Open dialog. */
  'verify-export': { dialog: 'open', what: 'an exported PDF to check' },
} as const satisfies Record<string, { dialog: 'open' | 'save'; what: string; neverACase?: true; isACase?: true }>;

export type PathPurpose = keyof typeof PATH_PURPOSES;
export const PATH_PURPOSE_NAMES = Object.keys(PATH_PURPOSES) as PathPurpose[];
/** Purposes whose path may never name a case file the app knows (opened, created or recent). */
export const NEVER_A_CASE = new Set(PATH_PURPOSE_NAMES.filter((p) => 'neverACase' in PATH_PURPOSES[p]));
/** Purposes whose path names a case file: once chosen for one of these, a path is a case to the gate. */
export const IS_A_CASE = new Set(PATH_PURPOSE_NAMES.filter((p) => 'isACase' in PATH_PURPOSES[p]));

const purposes = new WeakMap<z.ZodType, PathPurpose>();

/** A file path chosen by the user for `purpose`. */
export function FilePath<P extends PathPurpose>(purpose: P) {
  const schema = z.string().min(1).max(4096).brand<`FilePath:${P}`>();
  purposes.set(schema, purpose);
  return schema;
}

/** The purpose of a FilePath schema, or null for any other schema. */
export function pathPurposeOf(schema: z.ZodType): PathPurpose | null {
  return purposes.get(schema) ?? null;
}

/** Where a path sits in an operation's input: object keys, and `[]` for "each element / each value". */
export type PathStep = string | [];
export interface PathField {
  at: PathStep[];
  purpose: PathPurpose;
}

/** Every FilePath in a schema, with where it sits. Unions and lazy schemas holding paths are refused. */
export function pathFields(schema: z.ZodType): PathField[] {
  const found: PathField[] = [];
  walkSchema(schema, [], (s, at) => {
    const purpose = pathPurposeOf(s);
    if (purpose) found.push({ at, purpose });
  });
  return found;
}

/** Visits every schema node with its position (used by pathFields and by the contract's own checks). */
export function walkSchema(schema: z.ZodType, at: PathStep[], visit: (s: z.ZodType, at: PathStep[]) => void): void {
  visit(schema, at);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const inner = (s: unknown, next = at) => walkSchema(s as z.ZodType, next, visit);
  switch (def.type) {
    case 'object':
      for (const [k, v] of Object.entries(def.shape as Record<string, z.ZodType>)) inner(v, [...at, k]);
      if (def.catchall) inner(def.catchall, [...at, []]);
      return;
    case 'array':
      return inner(def.element, [...at, []]);
    case 'record':
      return inner(def.valueType, [...at, []]);
    case 'tuple':
      for (const item of def.items as z.ZodType[]) inner(item, [...at, []]);
      if (def.rest) inner(def.rest, [...at, []]);
      return;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      inner(def.in);
      return inner(def.out);
    case 'union':
    case 'intersection':
    case 'lazy': {
      const probe: PathField[] = [];
      const parts = def.type === 'union' ? (def.options as z.ZodType[]) : def.type === 'intersection' ? [def.left, def.right] : [];
      for (const p of parts) probe.push(...pathFields(p as z.ZodType));
      if (probe.length || def.type === 'lazy')
        throw new Error(`A ${def.type} schema at ${at.join('.') || 'the input'} may hide a file path; the path gate cannot follow it.`);
      return;
    }
    default:
      return;
  }
}
