/** The renderer's handle on the app: window.casefile (contract operations + desktop helpers). */
import type { CasefileWindowApi } from '../../preload/desktop';

export function casefile(): CasefileWindowApi {
  return window.casefile;
}

export interface UiError {
  code: string;
  message: string;
  /**
   * For refused input: field name → what is wrong with it, in words. Set from the service's issues
   * ("age: Too big: expected number to be <=130"), so a form can show each next to its field.
   */
  fields?: Record<string, string>;
}

/** Errors arrive as plain {code, message, details} objects (see the preload); anything else becomes INTERNAL. */
export function toUiError(e: unknown): UiError {
  if (e && typeof e === 'object' && 'message' in e) {
    const code = 'code' in e && typeof e.code === 'string' ? e.code : 'INTERNAL';
    const details = 'details' in e && e.details && typeof e.details === 'object' ? (e.details as { issues?: unknown }) : null;
    const fields = Array.isArray(details?.issues) ? issueFields(details.issues) : undefined;
    return { code, message: String(e.message), ...(fields ? { fields } : {}) };
  }
  return { code: 'INTERNAL', message: String(e) };
}

/** "age: Too big: expected number to be <=130" → { age: 'is too large (at most 130)' }. */
function issueFields(issues: unknown[]): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    if (typeof issue !== 'string') continue;
    const at = issue.indexOf(': ');
    if (at < 0) continue;
    const field = issue.slice(0, at).split('.')[0];
    if (field && field !== 'input' && !(field in out)) out[field] = inWords(issue.slice(at + 2));
  }
  return Object.keys(out).length ? out : undefined;
}

/** zod's messages, in words a person reads without knowing what a schema is. */
export function inWords(message: string): string {
  const n = /([<>]=?)\s*(-?\d+)/.exec(message);
  if (/^Too big/i.test(message)) return n ? `is too long or too large (at most ${n[2]})` : 'is too long or too large';
  if (/^Too small/i.test(message))
    return n ? (n[2] === '1' ? 'cannot be empty' : `is too short or too small (at least ${n[2]})`) : 'is too short';
  if (/expected (number|int)/i.test(message)) return 'must be a number';
  if (/expected string/i.test(message)) return 'must be text';
  if (/Invalid option|Invalid enum/i.test(message)) return 'is not one of the choices';
  if (/Unrecognized key/i.test(message)) return 'cannot be changed here';
  if (/required/i.test(message)) return 'is required';
  return 'is not valid';
}

/** Messages a person understands, for the codes a screen can expect. */
export function explain(e: UiError, labels: Record<string, string> = {}): string {
  switch (e.code) {
    case 'WRONG_PASSPHRASE':
      return 'That passphrase does not open this case file. Nothing was changed; try again.';
    case 'NOT_A_CASE_FILE':
      return 'This file is not a Casefile case file.';
    case 'IN_USE':
      return 'This case file is already open in another window.';
    case 'ALREADY_EXISTS':
      return 'A file with that name already exists. Choose another name.';
    case 'NO_CASE_OPEN':
      return 'The case is locked. Unlock it and try again.';
    case 'INVALID_INPUT':
      if (e.fields) {
        const parts = Object.entries(e.fields).map(([f, why]) => `${labels[f] ?? humanise(f)} ${why}`);
        return `Not saved: ${parts.join('; ')}.`;
      }
      // The service's own wording for a refused input names the operation and a schema path: keep the sentence after it.
      return e.message.startsWith('Invalid input for ') ? 'Not saved: some of what was entered is not valid.' : e.message;
    default:
      return e.message;
  }
}

/** "publishedAt" → "Published at". */
export function humanise(field: string): string {
  const s = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}
