/**
 * The renderer never names a file the user did not choose, nor uses a chosen file for something else.
 * Native dialogs (and the recent list) hand out paths FOR a purpose (shared/contract/paths.ts): a case to
 * open, a new case, a document to import, an export or backup target … The gate remembers each path with
 * the purposes it was chosen for. For every operation it knows, from the operation's input SCHEMA, which
 * fields are file paths and for what (`pathFields`); after the input is parsed it checks exactly those
 * fields, so no key name, nesting depth or `__proto__` trick can carry a path past it. A path that names a
 * case file the app knows (opened, created or recent) is never accepted as an export or backup target.
 */
import { resolve } from 'node:path';
import { type Contract, contract as casefileContract } from '../shared/api';
import { IS_A_CASE, NEVER_A_CASE, type PathField, pathFields, type PathPurpose, type PathStep } from '../shared/contract/paths';
import { CasefileError } from '../shared/errors';

/** What each desktop dialog hands out, and the purposes a renderer may ask it for. */
export const DIALOG_PURPOSES = {
  chooseCaseFile: ['open-case', 'restore-source', 'destroy-case'],
  chooseNewCaseFile: ['create-case'],
  demoCasePath: ['create-case'],
  /** The first listed is the default. */
  chooseFiles: ['import', 'verify-export'],
  chooseSavePath: ['export-target', 'backup-target', 'handover-target'],
} as const satisfies Record<string, readonly PathPurpose[]>;

/** The purpose a dialog call asked for (`{purpose}` in its options), or the dialog's default. */
export function dialogPurpose(method: keyof typeof DIALOG_PURPOSES, options: unknown): PathPurpose {
  const allowed: readonly PathPurpose[] = DIALOG_PURPOSES[method];
  const asked = (options as { purpose?: unknown } | null)?.purpose;
  return allowed.find((p) => p === asked) ?? allowed[0];
}

const refused = (reason: string, message = 'Choose the file with the Open or Save dialog first.') =>
  new CasefileError('INVALID_INPUT', message, { reason });

/** Keys that change an object's prototype rather than name a field; refused anywhere in an input. */
const UNUSUAL_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export class PathGate {
  private readonly chosen = new Map<string, Set<PathPurpose>>();
  private readonly fields = new Map<string, PathField[]>();

  /** Learns the path fields of every operation from its input schema (throws if one cannot be followed). */
  constructor(contract: Contract = casefileContract) {
    for (const [name, spec] of Object.entries(contract)) this.fields.set(name, pathFields(spec.input));
  }

  /** Remember a path the user chose for `purpose`; returns it absolute. */
  allow(path: string, purpose: PathPurpose): string {
    const p = resolve(path);
    const set = this.chosen.get(p) ?? new Set<PathPurpose>();
    set.add(purpose);
    this.chosen.set(p, set);
    return p;
  }

  /** Forget a path entirely (a destroyed case file is no case any more, and may not be used again unchosen). */
  forget(path: string): void {
    this.chosen.delete(resolve(path));
  }

  isAllowed(path: string, purpose: PathPurpose): boolean {
    return this.chosen.get(resolve(path))?.has(purpose) ?? false;
  }

  /** A case file the app knows: chosen to open, create, restore or delete (the recent list is allowed for opening). */
  isCaseFile(path: string): boolean {
    const set = this.chosen.get(resolve(path));
    return !!set && [...set].some((p) => IS_A_CASE.has(p));
  }

  /** Refuses prototype-changing keys at any depth of a raw input (iteratively: depth cannot hide one). */
  screen(raw: unknown): void {
    const stack: unknown[] = [raw];
    while (stack.length) {
      const v = stack.pop();
      if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v)) continue;
      for (const k of Object.keys(v)) {
        if (UNUSUAL_KEYS.has(k)) throw refused('unusual-key', `Refused: the request carries a “${k}” key.`);
        stack.push((v as Record<string, unknown>)[k]);
      }
    }
  }

  /**
   * Checks the path fields of operation `name` in its PARSED input and returns the input with each path
   * made absolute; throws INVALID_INPUT for a path not chosen for that field's purpose.
   */
  check(name: string, input: unknown): unknown {
    let out = input;
    for (const field of this.fields.get(name) ?? []) out = this.at(out, field.at, field.purpose);
    return out;
  }

  private at(value: unknown, steps: PathStep[], purpose: PathPurpose): unknown {
    if (value === undefined || value === null) return value;
    if (steps.length === 0) return this.one(value, purpose);
    const [step, ...rest] = steps;
    if (Array.isArray(step)) {
      if (Array.isArray(value)) return value.map((v) => this.at(v, rest, purpose));
      if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.at(v, rest, purpose)]));
      return value;
    }
    if (typeof value !== 'object' || !Object.hasOwn(value, step)) return value;
    return { ...(value as Record<string, unknown>), [step]: this.at((value as Record<string, unknown>)[step], rest, purpose) };
  }

  private one(p: unknown, purpose: PathPurpose): unknown {
    if (typeof p !== 'string') throw refused('path-not-a-string');
    if (!this.isAllowed(p, purpose)) throw refused('path-not-chosen');
    if (NEVER_A_CASE.has(purpose) && this.isCaseFile(p))
      throw refused('path-is-a-case', 'That file is a case file. Choose another name for it; nothing was written.');
    return resolve(p);
  }
}
