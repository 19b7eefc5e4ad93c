/**
 * Record ids: a short type prefix plus 80 random bits in Crockford base32, e.g. `src_7Q2M4K9XW1ZP3A8D`.
 * The prefix makes ids self-describing in the custody log, in the CLI and in exported JSON.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const ID_PREFIXES = {
  source: 'src',
  sourceText: 'txt',
  person: 'per',
  statement: 'stm',
  allegation: 'alg',
  evidence: 'evd',
  elementLink: 'elk',
  event: 'evt',
  asylumStep: 'asy',
  asylumGround: 'agr',
  disclosure: 'dis',
  suggestion: 'sug',
  export: 'exp',
  signingKey: 'key',
  case: 'case',
} as const;
export type IdKind = keyof typeof ID_PREFIXES;

export function newId(kind: IdKind): string {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return `${ID_PREFIXES[kind]}_${out}`;
}
