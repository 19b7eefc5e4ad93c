/** The renderer's handle on the app: window.casefile (contract operations + desktop helpers). */
import type { CasefileWindowApi } from '../../preload/desktop';

export function casefile(): CasefileWindowApi {
  return window.casefile;
}

export interface UiError {
  code: string;
  message: string;
}

/** Errors arrive as plain {code, message} objects (see the preload); anything else becomes INTERNAL. */
export function toUiError(e: unknown): UiError {
  if (e && typeof e === 'object' && 'message' in e) {
    const code = 'code' in e && typeof e.code === 'string' ? e.code : 'INTERNAL';
    return { code, message: String(e.message) };
  }
  return { code: 'INTERNAL', message: String(e) };
}

/** Messages a person understands, for the codes a screen can expect. */
export function explain(e: UiError): string {
  switch (e.code) {
    case 'WRONG_PASSPHRASE':
      return 'That passphrase does not open this case file. Nothing was changed; try again.';
    case 'NOT_A_CASE_FILE':
      return 'This file is not a Casefile case file.';
    case 'IN_USE':
      return 'This case file is already open in another window.';
    case 'ALREADY_EXISTS':
      return 'A file with that name already exists. Choose another name.';
    case 'NEWER_VERSION':
      return e.message;
    default:
      return e.message;
  }
}

/**
 * Call an operation that may not be in this build's contract yet (later issues add them). Returns null
 * when the operation is missing or fails, so a screen can show "not available" instead of breaking.
 */
export async function optionalCall(name: string, input: unknown = {}): Promise<unknown | null> {
  const fn = (casefile() as unknown as Record<string, unknown>)[name];
  if (typeof fn !== 'function') return null;
  try {
    return await (fn as (i: unknown) => Promise<unknown>)(input);
  } catch {
    return null;
  }
}

export function hasOperation(name: string): boolean {
  return typeof (casefile() as unknown as Record<string, unknown>)[name] === 'function';
}
