/**
 * Text encoding detection. The decision and the reason for it are always returned together, so a reading
 * records *how* its text was obtained (DESIGN §4: never guess silently).
 *
 * Order of evidence: byte-order mark → valid UTF-8 → UTF-16 without BOM (zero-byte pattern) → a charset
 * the document declares (checked against the content) → statistical scoring of the 8-bit candidates.
 *
 * The statistical step decodes the bytes with every candidate and scores the result as text: letters
 * that belong together in one real alphabet (a Czech text has ř ě ů, not ø ì ù), letter frequencies for
 * Cyrillic (Windows-1251 and KOI8-R map the same bytes to different Cyrillic letters, so only frequency
 * and letter case tell them apart: KOI8-R read as 1251 comes out mostly in CAPITALS with a lower-case
 * first letter), no symbols inside words (Polish ą in ISO-8859-2 read as Latin-1 is "±"), no mixing of
 * scripts inside a word, no control characters.
 */
import iconv from 'iconv-lite';
import chardet from 'chardet';

export interface DecodedText {
  text: string;
  /** WHATWG-style label: utf-8, utf-16le, utf-16be, windows-1251, koi8-r, iso-8859-2, windows-1252 … */
  encoding: string;
  /** How the encoding was decided, in words. */
  detection: string;
}

/** Candidates for 8-bit text, in order of preference when two decode the bytes to the same text. */
const EIGHT_BIT = [
  'windows-1251',
  'koi8-r',
  // Text that reads the same in Latin-1 and Latin-2 uses only letters both share (ä ö ü ß é á …):
  // Western European, so Windows-1252/ISO-8859-1 is named first.
  'windows-1252',
  'iso-8859-2',
  'windows-1250',
  'koi8-u',
  'iso-8859-5',
  'cp866',
  'windows-1257',
  'iso-8859-13',
  'iso-8859-16',
] as const;

// Letters (lower case, beyond ASCII) of alphabets that share the 8-bit encodings above.
export const ALPHABETS: Record<string, string> = {
  ru: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  uk: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
  be: 'абвгдеёжзійклмнопрстуўфхцчшыьэюя',
  bg: 'абвгдежзийклмнопрстуфхцчшщъьюя',
  sr: 'абвгдђежзијклљмнњопрстћуфхцчџш',
  mk: 'абвгдѓежзѕијклљмнњопрстќуфхцчџш',
  de: 'äöüßé',
  fr: 'àâæçéèêëîïôœùûüÿ',
  es: 'áéíñóúü',
  it: 'àèéìíòóùú',
  pt: 'áâãàçéêíóôõú',
  nl: 'éëïöüèáó',
  ro: 'ăâîșțşţ',
  pl: 'ąćęłńóśźż',
  cs: 'áčďéěíňóřšťúůýž',
  sk: 'áäčďéíĺľňóôŕšťúýž',
  hu: 'áéíóöőúüű',
  lt: 'ąčęėįšųūž',
  lv: 'āčēģīķļņšūž',
  et: 'äõöüšž',
  sv: 'åäöé',
  da: 'æøåé',
  hr: 'čćđšž',
  sl: 'čšž',
  is: 'áðéíóúýþæö',
  sq: 'ëç',
  fi: 'äöå',
  tr: 'çğıöşüâî',
  en: '',
};
const ALPHABET_SETS = Object.entries(ALPHABETS).map(([lang, s]) => [lang, new Set(s)] as const);

// Relative frequency of Cyrillic letters in running text (Russian, with Ukrainian і ї є ґ added), per mille.
const CYRILLIC_FREQ: Record<string, number> = {
  о: 109.7,
  е: 84.5,
  а: 80.1,
  и: 73.5,
  н: 67,
  т: 62.6,
  с: 54.7,
  р: 47.3,
  в: 45.4,
  л: 44,
  к: 34.9,
  м: 32.1,
  д: 29.8,
  п: 28.1,
  у: 26.2,
  я: 20.1,
  ы: 19,
  ь: 17.4,
  г: 17,
  з: 16.5,
  б: 15.9,
  ч: 14.4,
  й: 12.1,
  х: 9.7,
  ж: 9.4,
  ш: 7.3,
  ю: 6.4,
  ц: 4.8,
  щ: 3.6,
  э: 3.2,
  ф: 2.6,
  ъ: 0.4,
  ё: 0.4,
  і: 30,
  ї: 6,
  є: 4,
  ґ: 0.5,
  ў: 2,
  ј: 3,
  љ: 1,
  њ: 1,
  ћ: 1,
  ђ: 1,
  џ: 0.5,
};
const CYRILLIC_UNIFORM = 1000 / 34;

function scriptOf(c: string): 'latin' | 'cyrillic' | 'greek' | 'other' {
  const cp = c.codePointAt(0)!;
  if (cp < 0x250) return 'latin';
  if (cp >= 0x400 && cp < 0x530) return 'cyrillic';
  if (cp >= 0x370 && cp < 0x400) return 'greek';
  if (cp >= 0x1e00 && cp < 0x1f00) return 'latin';
  return 'other';
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** Symbols that appear in text on their own but never inside a word. */
const SYMBOL_IN_WORD = /[\u00a1-\u00bf\u00d7\u00f7\u2500-\u259f\u2320-\u2321\u2219-\u221a\u2248\u2264\u2265\u00a0\u2116\u00b0]/u;

export interface CandidateScore {
  encoding: string;
  score: number;
  /** Score per non-ASCII character; about +2 for clean text, negative for mojibake. */
  perChar: number;
  text: string;
  /** Other candidates that decode these bytes to exactly the same text. */
  sameAs: string[];
}

/** Score how much `text` (a candidate decoding) looks like real text. Only non-ASCII characters count. */
export function scoreText(text: string): { score: number; nonAscii: number } {
  let score = 0;
  let nonAscii = 0;
  const letters = new Map<string, number>();
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const cp = c.codePointAt(0)!;
    if (cp < 0x80) continue;
    nonAscii++;
    if (cp === 0xfffd) {
      score -= 8;
      continue;
    }
    if (cp < 0xa0) {
      score -= 8; // C1 control: a byte the candidate encoding does not use for text
      continue;
    }
    const prev = chars[i - 1] ?? ' ';
    const next = chars[i + 1] ?? ' ';
    const prevL = LETTER.test(prev);
    const nextL = LETTER.test(next);
    if (!LETTER.test(c)) {
      if (SYMBOL_IN_WORD.test(c) && (prevL || nextL)) score -= prevL && nextL ? 6 : 3;
      continue;
    }
    const lower = c.toLowerCase();
    letters.set(lower, (letters.get(lower) ?? 0) + 1);
    const script = scriptOf(c);
    // A Cyrillic letter glued to a Latin one inside a word: one of them is mojibake.
    if ((prevL && scriptOf(prev) !== script) || (nextL && scriptOf(next) !== script)) score -= 4;
    // Lower case followed by upper case inside a word ("оПХБЕР"): wrong Cyrillic code page.
    if (prevL && LOWER.test(prev) && UPPER.test(c)) score -= 2.5;
    if (script === 'cyrillic') {
      const f = CYRILLIC_FREQ[lower];
      score += f ? Math.log(f / CYRILLIC_UNIFORM) : -3;
    }
  }
  let total = 0;
  for (const n of letters.values()) total += n;
  if (total > 0) {
    let best = 0;
    for (const [, set] of ALPHABET_SETS) {
      let covered = 0;
      for (const [c, n] of letters) if (set.has(c)) covered += n;
      if (covered > best) best = covered;
    }
    // Letters outside the best-fitting single alphabet are suspect.
    score += best * 1.5 - (total - best) * 3;
  }
  return { score, nonAscii };
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
}

/** Score every 8-bit candidate on (a sample of) the bytes; best first. */
export function rankEightBit(bytes: Uint8Array): CandidateScore[] {
  const sample = bytes.byteLength > 256 * 1024 ? bytes.subarray(0, 256 * 1024) : bytes;
  const out: CandidateScore[] = [];
  for (const enc of EIGHT_BIT) {
    const text = decodeWith(sample, enc);
    // Same text as a preferred candidate: not a separate hypothesis.
    const same = out.find((c) => c.text === text);
    if (same) {
      same.sameAs.push(enc);
      continue;
    }
    const { score, nonAscii } = scoreText(text);
    out.push({ encoding: enc, score, perChar: nonAscii ? score / nonAscii : 0, text, sameAs: [] });
  }
  return out.sort((a, b) => b.score - a.score);
}

const BOMS: [number[], string, string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8', 'UTF-8 byte-order mark'],
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le', 'UTF-32LE byte-order mark'],
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be', 'UTF-32BE byte-order mark'],
  [[0xff, 0xfe], 'utf-16le', 'UTF-16LE byte-order mark'],
  [[0xfe, 0xff], 'utf-16be', 'UTF-16BE byte-order mark'],
];

export function bomOf(bytes: Uint8Array): { encoding: string; length: number; detection: string } | null {
  for (const [sig, encoding, detection] of BOMS) {
    if (bytes.byteLength >= sig.length && sig.every((b, i) => bytes[i] === b)) return { encoding, length: sig.length, detection };
  }
  return null;
}

/**
 * UTF-16 without a BOM: text in UTF-16 has a zero byte in every ASCII character (spaces, digits,
 * punctuation, newlines), always on the same side of the pair. Returns the endianness or null.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.byteLength, 64 * 1024) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  const le = oddZero >= pairs * 0.15 && evenZero <= oddZero * 0.05;
  const be = evenZero >= pairs * 0.15 && oddZero <= evenZero * 0.05;
  const candidate = le ? 'utf-16le' : be ? 'utf-16be' : null;
  if (!candidate) return null;
  // Confirm: the decoded units must be overwhelmingly letters, digits, spaces and punctuation.
  const text = decodeWith(bytes.subarray(0, n), candidate);
  let good = 0;
  let total = 0;
  for (const c of text) {
    total++;
    if (/[\p{L}\p{N}\p{P}\p{Zs}\p{M}\p{Sc}\p{Sm}\p{So}\t\n\r]/u.test(c) && c !== '\ufffd') good++;
  }
  return total > 0 && good / total >= 0.95 ? candidate : null;
}

/** Share of bytes that never occur in text documents (NUL and most C0 controls). */
export function controlByteRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.byteLength, 64 * 1024);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) bad++;
    else if (b === 0x7f) bad++;
  }
  return bad / n;
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.byteLength; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

/** Strict UTF-8 check; tolerates a sequence cut off at the very end (a truncated download or copy). */
function utf8Status(bytes: Uint8Array): { valid: boolean; truncatedTail: boolean; invalid: number } {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { valid: true, truncatedTail: false, invalid: 0 };
  } catch {
    // Is it only the tail?
    for (let cut = 1; cut <= 3 && cut < bytes.byteLength; cut++) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.byteLength - cut));
        return { valid: true, truncatedTail: true, invalid: 0 };
      } catch {
        /* keep trying */
      }
    }
    const text = new TextDecoder('utf-8').decode(bytes);
    let invalid = 0;
    for (const c of text) if (c === '\ufffd') invalid++;
    return { valid: false, truncatedTail: false, invalid };
  }
}

/** Count of multi-byte UTF-8 sequences (evidence strength for "this is UTF-8"). */
function utf8Multibyte(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.byteLength; i++) if (bytes[i] >= 0xc2 && bytes[i] <= 0xf4) n++;
  return n;
}

/** WHATWG label normalisation for charsets that documents declare. */
export function normaliseLabel(label: string): string | null {
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const map: Record<string, string> = {
    utf8: 'utf-8',
    'utf-8': 'utf-8',
    'unicode-1-1-utf-8': 'utf-8',
    'utf-16': 'utf-16le',
    'utf-16le': 'utf-16le',
    'utf-16be': 'utf-16be',
    unicode: 'utf-16le',
    'windows-1251': 'windows-1251',
    cp1251: 'windows-1251',
    'x-cp1251': 'windows-1251',
    'win-1251': 'windows-1251',
    'koi8-r': 'koi8-r',
    koi8r: 'koi8-r',
    koi8: 'koi8-r',
    'koi8-u': 'koi8-u',
    'koi8-ru': 'koi8-u',
    'iso-8859-1': 'windows-1252',
    latin1: 'windows-1252',
    'iso8859-1': 'windows-1252',
    'windows-1252': 'windows-1252',
    'us-ascii': 'windows-1252',
    ascii: 'windows-1252',
    cp1252: 'windows-1252',
    'iso-8859-2': 'iso-8859-2',
    latin2: 'iso-8859-2',
    'iso8859-2': 'iso-8859-2',
    'windows-1250': 'windows-1250',
    cp1250: 'windows-1250',
    'iso-8859-5': 'iso-8859-5',
    cp866: 'cp866',
    ibm866: 'cp866',
    'windows-1257': 'windows-1257',
    'iso-8859-13': 'iso-8859-13',
    'iso-8859-15': 'iso-8859-15',
    'iso-8859-16': 'iso-8859-16',
    'windows-1253': 'windows-1253',
    'iso-8859-7': 'iso-8859-7',
    'windows-1254': 'windows-1254',
    'iso-8859-9': 'iso-8859-9',
    shift_jis: 'shift_jis',
    'euc-jp': 'euc-jp',
    gbk: 'gbk',
    gb2312: 'gbk',
    gb18030: 'gb18030',
    big5: 'big5',
    'euc-kr': 'euc-kr',
    'mac-cyrillic': 'maccyrillic',
    'x-mac-cyrillic': 'maccyrillic',
  };
  const m = map[l];
  if (m) return m;
  return iconv.encodingExists(l) ? l : null;
}

/** A charset the bytes themselves declare: HTML <meta charset>, http-equiv, or an XML declaration. */
export function declaredCharset(bytes: Uint8Array): { label: string; where: string } | null {
  // Only ASCII is needed to read a declaration; look at the head of the document.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8192)).toString('latin1');
  let m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  if (m) return { label: m[1], where: 'a <meta> charset in the document' };
  m = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']/i.exec(head);
  if (m) return { label: m[1], where: 'the XML declaration' };
  m =
    /^[ \t]*(?:charset|encoding|content-type)\s*[:=][^\n]*?(?:charset=)?([A-Za-z0-9_-]*(?:1251|koi8|8859|1252|1250|utf-?8)[A-Za-z0-9_-]*)/im.exec(
      head,
    );
  if (m && normaliseLabel(m[1])) return { label: m[1], where: 'a charset header line' };
  return null;
}

/**
 * Decode text bytes. Returns null when the bytes are not text in any supported encoding (the caller
 * turns that into an UNSUPPORTED_FORMAT error that says what the file looks like).
 */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  const bom = bomOf(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    let text = decodeWith(body, bom.encoding);
    if (bom.encoding === 'utf-8') {
      const st = utf8Status(body);
      if (!st.valid)
        return { text, encoding: 'utf-8', detection: `${bom.detection}; ${st.invalid} invalid byte sequence(s) shown as \ufffd` };
    }
    text = text.replace(/^\ufeff/, '');
    return { text, encoding: bom.encoding, detection: bom.detection };
  }

  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    return {
      text: decodeWith(bytes.subarray(0, bytes.byteLength & ~1), utf16),
      encoding: utf16,
      detection: `no byte-order mark; zero bytes on the ${utf16 === 'utf-16le' ? 'odd' : 'even'} positions of every ASCII character identify ${utf16.toUpperCase()}`,
    };
  }

  if (controlByteRatio(bytes) > 0.01) return null;

  const declared = declaredCharset(bytes);
  const declaredEnc = declared ? normaliseLabel(declared.label) : null;

  if (isAscii(bytes)) {
    return {
      text: decodeWith(bytes, 'utf-8'),
      encoding: 'utf-8',
      detection: `plain ASCII (read as UTF-8, which it is a subset of)${declared ? `; the document declares ${declared.label}` : ''}`,
    };
  }

  const st = utf8Status(bytes);
  if (st.valid) {
    const multi = utf8Multibyte(bytes);
    const note =
      declaredEnc && declaredEnc !== 'utf-8'
        ? `; the document declares ${declared!.label}, but its bytes are valid UTF-8, which does not happen by chance`
        : '';
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      encoding: 'utf-8',
      detection: `valid UTF-8 (${multi} multi-byte sequence${multi === 1 ? '' : 's'}, no byte-order mark)${st.truncatedTail ? '; the last character is cut off' : ''}${note}`,
    };
  }

  // Mostly UTF-8 with a few broken bytes (a file pasted together from two sources): keep UTF-8, say so.
  // Evidence is the count of *valid* multi-byte sequences: 8-bit text seldom forms one by chance, and
  // when it does it forms far more invalid ones (a lead byte counted alone would count the bad bytes too).
  const lenient = new TextDecoder('utf-8').decode(bytes);
  let valid = 0;
  for (const c of lenient) if (c >= '\u0080' && c !== '\ufffd') valid++;
  if (st.invalid > 0 && valid >= 3 && st.invalid * 4 <= valid) {
    return {
      text: lenient,
      encoding: 'utf-8',
      detection: `UTF-8 with ${st.invalid} invalid byte sequence(s) (shown as \ufffd) among ${valid} valid multi-byte sequences`,
    };
  }

  const ranked = rankEightBit(bytes);
  const best = ranked[0];
  const second = ranked[1];
  const margin = second ? `; next best ${second.encoding} ${second.score.toFixed(0)}` : '';

  if (declaredEnc && declaredEnc !== 'utf-8' && iconv.encodingExists(declaredEnc)) {
    const declaredText = decodeWith(bytes, declaredEnc);
    const ds = scoreText(declaredText.slice(0, 256 * 1024)).score;
    // Trust the declaration unless the content reads clearly better another way.
    if (ds >= best.score - Math.max(20, Math.abs(best.score) * 0.15)) {
      return {
        text: declaredText,
        encoding: labelFor(declaredEnc, bytes),
        detection: `declared in ${declared!.where} (${declared!.label}), consistent with the letters in the text`,
      };
    }
    return {
      text: decodeWith(bytes, best.encoding),
      encoding: labelFor(best.encoding, bytes),
      detection: `the document declares ${declared!.label} in ${declared!.where}, but its letters read as ${labelFor(best.encoding, bytes)} (score ${best.score.toFixed(0)} against ${ds.toFixed(0)} for the declared charset)`,
    };
  }

  if (best.perChar < 0.5) {
    // None of the European 8-bit encodings reads as text: ask chardet about the others (CJK, Greek …).
    const guess = chardetGuess(bytes);
    if (guess) return guess;
    if (best.perChar < -1.5) return null;
  }

  const falseUtf8 =
    declaredEnc === 'utf-8' ? `the document declares ${declared!.label} in ${declared!.where}, but its bytes are not valid UTF-8; ` : '';
  return {
    text: decodeWith(bytes, best.encoding),
    encoding: labelFor(best.encoding, bytes),
    detection: `${falseUtf8}statistical: no byte-order mark${falseUtf8 ? '' : ' or declaration'}, not UTF-8; letters score best as ${labelFor(best.encoding, bytes)} (score ${best.score.toFixed(0)}${margin})${
      best.sameAs.length ? `; these bytes read the same in ${best.sameAs.join(', ')}` : ''
    }`,
  };
}

/** Windows-1252 without any 0x80–0x9F byte is exactly ISO-8859-1: report the simpler name. */
function labelFor(enc: string, bytes: Uint8Array): string {
  if (enc === 'windows-1252') {
    for (let i = 0; i < bytes.byteLength; i++) if (bytes[i] >= 0x80 && bytes[i] < 0xa0) return 'windows-1252';
    return 'iso-8859-1';
  }
  return enc;
}

function chardetGuess(bytes: Uint8Array): DecodedText | null {
  const matches = chardet.analyse(bytes.subarray(0, 64 * 1024));
  for (const m of matches) {
    const enc = normaliseLabel(m.name);
    if (!enc || m.confidence < 50 || !iconv.encodingExists(enc)) continue;
    if (/^(utf-8|utf-16|utf-32|iso-8859-1|windows-1252|windows-125[01]|koi8|iso-8859-2)/.test(enc)) continue;
    const text = decodeWith(bytes, enc);
    let bad = 0;
    let total = 0;
    for (const c of text) {
      total++;
      // eslint-disable-next-line no-control-regex -- counting control characters is the point
      if (c === '\ufffd' || /[\u0000-\u0008\u000e-\u001f\u0080-\u009f]/.test(c)) bad++;
    }
    if (total && bad / total < 0.01) {
      return {
        text,
        encoding: enc,
        detection: `statistical (chardet): ${m.name}, confidence ${m.confidence}%; none of the European 8-bit encodings read as text`,
      };
    }
  }
  return null;
}
