/**
 * Typed errors that cross every boundary (service → IPC → renderer, service → CLI).
 * The `code` is stable and machine-readable; the `message` is written for a person.
 */
export const ERROR_CODES = [
  'WRONG_PASSPHRASE',
  'NOT_A_CASE_FILE',
  'DAMAGED',
  'NEWER_VERSION',
  'IN_USE',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'NO_CASE_OPEN',
  'INVALID_INPUT',
  'UNSUPPORTED_FORMAT',
  'TOO_LARGE',
  'DUPLICATE',
  'CANCELLED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class CasefileError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'CasefileError';
    this.code = code;
    this.details = details;
  }
}

export function isCasefileError(e: unknown): e is CasefileError {
  return e instanceof CasefileError;
}

/** Plain-object form for structured clone across IPC / worker boundaries. */
export interface SerializedError {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export function serializeError(e: unknown): SerializedError {
  if (e instanceof CasefileError) return { code: e.code, message: e.message, details: e.details };
  // Never forward raw internal messages wholesale: they can carry SQL or paths. Keep it short.
  const msg = e instanceof Error ? e.message : String(e);
  return { code: 'INTERNAL', message: `Unexpected error: ${msg.slice(0, 300)}` };
}

export function deserializeError(s: SerializedError): CasefileError {
  return new CasefileError(s.code, s.message, s.details);
}
