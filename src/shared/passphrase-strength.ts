/**
 * A passphrase strength estimate, offline and explainable: roughly how many bits an attacker with the
 * seized file would have to guess. Word-based passphrases are counted per word; character passwords by
 * their alphabet; repeats, sequences and very common choices are penalised.
 */
export type StrengthLevel = 0 | 1 | 2 | 3 | 4;

export interface Strength {
  level: StrengthLevel;
  bits: number;
  label: string;
  /** A sentence to show next to the meter; null when there is nothing to warn about. */
  warning: string | null;
}

const COMMON = new Set(
  [
    'password',
    'passw0rd',
    'qwerty',
    'letmein',
    'iloveyou',
    'admin',
    'welcome',
    'monkey',
    'dragon',
    'football',
    'baseball',
    'sunshine',
    'princess',
    'trustno1',
    'master',
    'secret',
    'casefile',
    'russia',
    'ukraine',
    'moscow',
    'kyiv',
    'putin',
    'zelensky',
    'parol',
    'пароль',
    'qwertyuiop',
    'abc123',
    'changeme',
    'correcthorsebatterystaple',
  ].map((s) => s.toLowerCase()),
);

function charsetBits(s: string): number {
  let pool = 0;
  if (/[a-z]/.test(s)) pool += 26;
  if (/[A-Z]/.test(s)) pool += 26;
  if (/[0-9]/.test(s)) pool += 10;
  if (/[^a-zA-Z0-9\s]/.test(s)) pool += 33;
  if (/\s/.test(s)) pool += 1;
  if (/[^\p{ASCII}]/u.test(s)) pool += 40;
  return Math.log2(Math.max(pool, 1));
}

export function estimateStrength(passphrase: string): Strength {
  const p = passphrase.normalize('NFC');
  if (p.length === 0) return { level: 0, bits: 0, label: 'Empty', warning: null };
  // Undo the usual disguises (leetspeak, a capital, digits or a symbol tacked on) before the lookup.
  const squashed = p
    .toLowerCase()
    .replace(/[0@4]/g, (c) => ({ '0': 'o', '@': 'a', '4': 'a' })[c] ?? c)
    .replace(/[1!|]/g, 'i')
    .replace(/3/g, 'e')
    .replace(/[5$]/g, 's')
    .replace(/7/g, 't')
    .replace(/[^\p{L}]+/gu, '');
  const common = [...COMMON].some(
    (w) => squashed === w || squashed === w.replace(/[^\p{L}]+/gu, '') || (squashed.startsWith(w) && squashed.length - w.length <= 3),
  );
  if (common || COMMON.has(p.toLowerCase())) {
    return { level: 0, bits: 0, label: 'Very weak', warning: 'This is one of the first passphrases anyone would try.' };
  }
  if (p.length < 10) {
    return {
      level: 1,
      bits: Math.round(p.length * charsetBits(p)),
      label: 'Weak',
      warning: 'Too short: a seized laptop gives an attacker all the time they need. Use four or more random words.',
    };
  }

  // Collapse runs (aaaa) and obvious sequences (1234, abcd) before counting.
  let effective = 0;
  let prev = -1;
  let prevDelta = 0;
  for (const ch of p) {
    const c = ch.codePointAt(0) ?? 0;
    const delta = c - prev;
    if (delta === 0 || (Math.abs(delta) === 1 && delta === prevDelta)) effective += 0.25;
    else effective += 1;
    prevDelta = delta;
    prev = c;
  }
  const perChar = charsetBits(p);
  let bits = effective * perChar;

  // Several words: count ~11 bits per word (a large word list), whichever estimate is lower.
  const words = p
    .trim()
    .split(/[\s_.-]+/)
    .filter((w) => w.length >= 2);
  if (words.length >= 3) bits = Math.min(bits, words.length * 11 + (/\d/.test(p) ? 3 : 0) + (/[A-Z]/.test(p) ? 2 : 0));
  bits = Math.round(bits);

  if (bits < 36) return { level: 1, bits, label: 'Very weak', warning: 'Far too easy to guess. Anyone holding the file could open it.' };
  if (bits < 50)
    return {
      level: 1,
      bits,
      label: 'Weak',
      warning: 'Weak: a seized laptop gives an attacker all the time they need. Use four or more random words.',
    };
  if (bits < 64) return { level: 2, bits, label: 'Fair', warning: 'Could be stronger: add another random word.' };
  if (bits < 80) return { level: 3, bits, label: 'Good', warning: null };
  return { level: 4, bits, label: 'Strong', warning: null };
}
