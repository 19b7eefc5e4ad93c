/**
 * How the source annex names a source: who published it, what kind of source it is, in which language,
 * when, where (URL), and how reliable the investigator graded it — the way a recipient cites a source,
 * never by the file name it happened to be saved under.
 *
 * Everything here is derived from what the case records (the clean text's metadata as read or corrected,
 * the import's custody entry, the Admiralty grades given on the source's excerpts); nothing is guessed
 * beyond the kind of source, which says what it was derived from.
 */

export type SourceKind = 'press article' | 'testimony' | 'document' | 'pasted text';

export interface SourceFacts {
  fileName: string;
  mediaType: string;
  /** The importer's document format (html, mhtml, wordpress-json-fragment, text, pdf, docx…). */
  format: string | null;
  /** How it entered the case: 'pasted' when typed or pasted in, null for a file. */
  origin: string | null;
  title: string | null;
  outlet: string | null;
  publishedDate: string | null;
  publishedPrecision: string | null;
  language: string | null;
}

export interface SourceDescription {
  kind: SourceKind;
  /** Why this kind, in words ("a web page with a publisher", "pasted into the case"). */
  kindBasis: string;
  /** The publisher when the case records a plausible one; null otherwise (never a stray string). */
  publisher: string | null;
  /** The heading the annex shows: the title, else a description of the source (never the file name). */
  heading: string;
  /** "English (en)". */
  languageName: string | null;
  /** "2022-11-29", "2022-06 (month)". */
  published: string | null;
}

const WEB_FORMATS = /^(html|mhtml|wordpress|rest|json|amp)/i;
const DOCUMENT_FORMATS = /^(pdf|docx?|odt|rtf)$/i;
const TESTIMONY_WORDS =
  /\b(interview|testimony|statement|transcript|deposition|witness|aussage|zeugenaussage|declara[tț]ie|mărturi|показани|свидетельств|свідчен|допит|допрос|интервью|інтерв)/iu;

/**
 * A publisher name has words in it. Importers sometimes take a price tag, a bullet or a byline
 * fragment for the outlet ("• USD100.00", "© 2024", "|"): those are not shown as the publisher.
 */
export function plausiblePublisher(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw
    .replace(/^[\s•·|\-–—*©®:;,.]+/u, '')
    .replace(/[\s•·|\-–—*:;,]+$/u, '')
    .trim();
  if (s.length < 2 || s.length > 120) return null;
  if (/(?:USD|EUR|GBP|RUB|UAH|[$€£₽₴])\s?\d|\d\s?(?:USD|EUR|GBP|RUB|UAH|[$€£₽₴])/iu.test(s)) return null;
  const letters = (s.match(/\p{L}/gu) ?? []).length;
  if (letters < 2 || letters < s.replace(/\s/g, '').length / 2) return null;
  if (/^(?:©|copyright|all rights reserved|by\s|photo|foto|read more|share)\b/iu.test(s)) return null;
  return s;
}

/**
 * Made on first use, not when the module loads: building it loads ICU's display-name data, about 27 ms of
 * CPU, and every command that opens a case loads this module (through the service) without rendering a
 * source annex (`casefile info` paid it at every start).
 */
let languageNames: Intl.DisplayNames | null = null;
export function languageName(code: string | null): string | null {
  if (!code) return null;
  try {
    languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
    const name = languageNames.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

const PRECISION_WORD: Record<string, string> = { month: 'month', season: 'season', year: 'year', decade: 'decade' };

export function describeSource(f: SourceFacts): SourceDescription {
  const publisher = plausiblePublisher(f.outlet);
  const text = `${f.title ?? ''} ${f.fileName}`;
  let kind: SourceKind;
  let kindBasis: string;
  if (f.origin === 'pasted') {
    kind = 'pasted text';
    kindBasis = 'typed or pasted into the case, not imported from a file';
  } else if (TESTIMONY_WORDS.test(text) && !publisher) {
    kind = 'testimony';
    kindBasis = 'an interview or statement record (no publisher)';
  } else if (f.format && DOCUMENT_FORMATS.test(f.format)) {
    kind = 'document';
    kindBasis = `a ${f.format.toUpperCase()} document`;
  } else if ((f.format && WEB_FORMATS.test(f.format)) || /html|json/i.test(f.mediaType)) {
    kind = 'press article';
    kindBasis = publisher ? 'a web page with a publisher' : 'a web page (publisher not stated)';
  } else if (publisher || f.publishedDate) {
    kind = 'press article';
    kindBasis = 'a plain-text copy of a published article';
  } else {
    kind = 'document';
    kindBasis = 'a plain-text document with no publisher or date';
  }
  const published = f.publishedDate
    ? `${f.publishedDate}${f.publishedPrecision && PRECISION_WORD[f.publishedPrecision] ? ` (${PRECISION_WORD[f.publishedPrecision]})` : ''}`
    : null;
  const heading = f.title?.trim() || `Untitled ${kind}${publisher ? ` from ${publisher}` : ''}${published ? `, ${published}` : ''}`;
  return { kind, kindBasis, publisher, heading, languageName: languageName(f.language), published };
}

/** The source's reliability as the investigator graded the source (Admiralty A–F), or "not graded". */
export function sourceReliability(letter: string | null, excerpts: number): string {
  if (letter) return `${letter} (Admiralty source reliability A–F, graded for the source; ${excerpts} excerpt(s) cited)`;
  return excerpts ? `not graded (${excerpts} excerpt(s) cited)` : 'not graded (no excerpt cited)';
}
