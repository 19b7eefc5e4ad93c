import type { ErrorCode } from '../shared/errors';

/** Documented in README §CLI. Scripts depend on these; do not renumber. */
export const EXIT = {
  ok: 0,
  verificationFailed: 1,
  usage: 2,
  wrongPassphrase: 3,
  unavailable: 4,
  internal: 5,
} as const;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'WRONG_PASSPHRASE':
      return EXIT.wrongPassphrase;
    case 'IN_USE':
    case 'NEWER_VERSION':
      return EXIT.unavailable;
    case 'INTERNAL':
      return EXIT.internal;
    default:
      return EXIT.usage;
  }
}
