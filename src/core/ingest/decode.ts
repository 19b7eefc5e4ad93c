/**
 * Stage 1 of the import pipeline (DESIGN §4): decide what a file is and turn it into text or markup.
 *
 * - Binary formats are recognised by their signature (magic bytes), never by the file name alone.
 *   PDF (pdfjs-dist) and DOCX (mammoth) are read; images, archives, executables, databases, audio and
 *   video are refused with UNSUPPORTED_FORMAT and a sentence saying what the file looks like.
 * - Text is decoded by encoding.ts, which records how the encoding was decided.
 * - The text format (HTML, a WordPress REST JSON document or a fragment of one, Markdown, plain text)
 *   is decided from the content; the file extension is only a tie-breaker.
 *
 * Nothing here executes or fetches anything: pdfjs runs with eval disabled and no network fetches,
 * mammoth with external file access off, and HTML is only ever tokenised (clean.ts), never rendered.
 */
import { CasefileError } from '../../shared/errors';
import { bomOf, controlByteRatio, decodeText } from './encoding';
import { decodeJsonStringBody, readJsonDocument, readWordPressFragment } from './json';
import { looksLikeMhtml, readMhtml } from './mhtml';
import { inflatedSizeWithin, listZip, readZipEntry, type ZipEntry } from './zip';
/** A DOCX may not expand to more than this (zip-bomb guard), checked before mammoth inflates anything. */
const MAX_DOCX_EXPANDED = 256 * 1024 * 1024;

export type DocumentFormat =
  'html' | 'mhtml' | 'wordpress-json' | 'wordpress-json-fragment' | 'json' | 'markdown' | 'text' | 'pdf' | 'docx';

/** Metadata a container carries itself (PDF info dictionary, DOCX core properties, WordPress fields). */
export interface ContainerMeta {
  title?: string;
  date?: string;
  outlet?: string;
  url?: string;
  author?: string;
  /** When the container file was made (PDF CreationDate, DOCX dcterms:created): not a publication date. */
  created?: string;
}

export interface DecodedDocument {
  format: DocumentFormat;
  mediaType: string;
  encoding: string | null;
  /** Every decision taken, in words, e.g. "format: HTML (doctype); encoding: valid UTF-8 …". */
  detection: string;
  /** Markup for html / wordpress-json* / docx; text for text / markdown / pdf / json. */
  content: string;
  /** How to read `content`. */
  kind: 'html' | 'text' | 'markdown';
  meta: ContainerMeta;
}

function unsupported(fileName: string, what: string, hint = ''): CasefileError {
  return new CasefileError(
    'UNSUPPORTED_FORMAT',
    `${fileName} is not a document Casefile can read: it looks like ${what}.${hint ? ` ${hint}` : ''}`,
    {
      fileName,
      looksLike: what,
    },
  );
}

const startsWith = (b: Uint8Array, sig: number[], at = 0) => b.byteLength >= at + sig.length && sig.every((x, i) => b[at + i] === x);
const ascii = (b: Uint8Array, s: string, at = 0) =>
  startsWith(
    b,
    [...s].map((c) => c.charCodeAt(0)),
    at,
  );

/** Signatures of things that are not documents. Returns a description, or null. */
export function sniffBinary(b: Uint8Array): string | null {
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'a PNG image';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'a JPEG image';
  if (ascii(b, 'GIF87a') || ascii(b, 'GIF89a')) return 'a GIF image';
  if (ascii(b, 'RIFF') && ascii(b, 'WEBP', 8)) return 'a WebP image';
  if (ascii(b, 'RIFF') && ascii(b, 'WAVE', 8)) return 'a WAV audio file';
  if (ascii(b, 'RIFF') && ascii(b, 'AVI ', 8)) return 'an AVI video';
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return 'a TIFF image';
  if (ascii(b, 'BM') && b.byteLength > 26 && b[14] >= 12 && b[14] <= 124 && b[15] === 0) return 'a BMP image';
  if (startsWith(b, [0x00, 0x00, 0x01, 0x00]) && b.byteLength > 6 && b[4] > 0) return 'an icon (ICO) image';
  if (ascii(b, 'ftyp', 4)) {
    const brand = String.fromCharCode(...b.subarray(8, 12));
    if (/^(heic|heix|mif1|msf1|avif)/.test(brand)) return 'a HEIC/AVIF image';
    if (/^(M4A |M4B )/.test(brand)) return 'an audio file (M4A)';
    return 'a video file (MP4/MOV)';
  }
  if (startsWith(b, [0x1a, 0x45, 0xdf, 0xa3])) return 'a video file (Matroska/WebM)';
  const binaryTail = controlByteRatio(b) > 0.01;
  if ((ascii(b, 'ID3') && binaryTail) || startsWith(b, [0xff, 0xfb]) || startsWith(b, [0xff, 0xf3])) return 'an MP3 audio file';
  if (ascii(b, 'OggS')) return 'an Ogg audio/video file';
  if (ascii(b, 'fLaC')) return 'a FLAC audio file';
  if (startsWith(b, [0x7f, 0x45, 0x4c, 0x46])) return 'a program (ELF executable)';
  if (ascii(b, 'MZ') && binaryTail) return 'a Windows program or library (EXE/DLL)';
  if (startsWith(b, [0xcf, 0xfa, 0xed, 0xfe]) || startsWith(b, [0xce, 0xfa, 0xed, 0xfe]) || startsWith(b, [0xfe, 0xed, 0xfa, 0xcf]))
    return 'a macOS program (Mach-O)';
  if (startsWith(b, [0xca, 0xfe, 0xba, 0xbe])) return 'a compiled program (Mach-O universal binary or Java class)';
  if (startsWith(b, [0x00, 0x61, 0x73, 0x6d])) return 'a WebAssembly module';
  if (startsWith(b, [0x1f, 0x8b])) return 'a gzip-compressed archive';
  if (ascii(b, 'BZh') && binaryTail) return 'a bzip2-compressed archive';
  if (startsWith(b, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return 'an xz-compressed archive';
  if (startsWith(b, [0x28, 0xb5, 0x2f, 0xfd])) return 'a zstd-compressed archive';
  if (startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return 'a 7-Zip archive';
  if (ascii(b, 'Rar!')) return 'a RAR archive';
  if (ascii(b, 'ustar', 257)) return 'a tar archive';
  if (ascii(b, 'SQLite format 3\0')) return 'a SQLite database';
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'an old Microsoft Office file (.doc/.xls/.ppt)';
  if (ascii(b, '{\\rtf')) return 'an RTF document';
  if (ascii(b, '%!PS')) return 'a PostScript file';
  if (ascii(b, 'wOFF') || ascii(b, 'wOF2') || startsWith(b, [0x00, 0x01, 0x00, 0x00, 0x00])) return 'a font file';
  return null;
}

const HINTS: Record<string, string> = {
  'an old Microsoft Office file (.doc/.xls/.ppt)': 'Save it as DOCX or PDF and import that.',
  'an RTF document': 'Save it as DOCX or PDF and import that.',
  'a ZIP archive': 'Unpack it and import the documents inside.',
  'a gzip-compressed archive': 'Unpack it and import the documents inside.',
};

function sniffZip(fileName: string, b: Uint8Array): { entries: ZipEntry[] } {
  const entries = listZip(b);
  if (!entries) throw unsupported(fileName, 'a damaged ZIP archive');
  const names = new Set(entries.map((e) => e.name));
  if (names.has('word/document.xml')) return { entries };
  const mimetype = entries.find((e) => e.name === 'mimetype');
  const mime = mimetype ? new TextDecoder().decode(readZipEntry(b, mimetype, 200) ?? new Uint8Array()) : '';
  if (mime.includes('opendocument.text'))
    throw unsupported(fileName, 'an OpenDocument text (ODT)', 'Save it as DOCX or PDF and import that.');
  if (mime.includes('epub')) throw unsupported(fileName, 'an EPUB e-book');
  if (mime.includes('opendocument')) throw unsupported(fileName, 'an OpenDocument spreadsheet or presentation');
  if ([...names].some((n) => n.startsWith('xl/'))) throw unsupported(fileName, 'an Excel workbook (XLSX)');
  if ([...names].some((n) => n.startsWith('ppt/'))) throw unsupported(fileName, 'a PowerPoint presentation (PPTX)');
  throw unsupported(fileName, 'a ZIP archive', HINTS['a ZIP archive']);
}

/**
 * Decide the format and decode. Throws CasefileError (UNSUPPORTED_FORMAT / TOO_LARGE) for what it
 * refuses. The bytes' own size was checked when they were admitted (readDocument, ingest/admit.ts);
 * what is checked here is what they would expand to.
 */
export async function decode(bytes: Uint8Array, fileName: string): Promise<DecodedDocument> {
  if (bytes.byteLength === 0)
    throw new CasefileError('UNSUPPORTED_FORMAT', `${fileName} is empty (0 bytes): there is nothing to import.`, {
      fileName,
      looksLike: 'an empty file',
    });

  // PDF: the signature may follow a little junk (allowed by readers) within the first KiB.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(1024, bytes.byteLength)).toString('latin1');
  const pdfAt = head.indexOf('%PDF-');
  if (pdfAt >= 0 && pdfAt < 1024 && (pdfAt === 0 || !/<[a-z!]/i.test(head.slice(0, pdfAt)))) {
    const { readPdf } = await import('./pdf');
    return readPdf(bytes, fileName);
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const { entries } = sniffZip(fileName, bytes);
    const expanded = entries.reduce((s, e) => s + e.uncompressedSize, 0);
    if (expanded > MAX_DOCX_EXPANDED) {
      throw new CasefileError(
        'TOO_LARGE',
        `${fileName} is a DOCX that would expand to ${(expanded / 1048576).toFixed(0)} MiB (limit ${MAX_DOCX_EXPANDED / 1048576} MiB); it was not opened.`,
        { fileName, expanded },
      );
    }
    // The declared sizes above can lie; this counts what the members really inflate to, while inflating.
    if (inflatedSizeWithin(bytes, entries, MAX_DOCX_EXPANDED) === null) {
      throw new CasefileError(
        'TOO_LARGE',
        `${fileName} is a DOCX that expands to more than ${MAX_DOCX_EXPANDED / 1048576} MiB when unpacked (its sizes understate it: a zip bomb); it was not read.`,
        { fileName, limit: MAX_DOCX_EXPANDED },
      );
    }
    if (entries.some((e) => e.encrypted))
      throw unsupported(fileName, 'a password-protected DOCX', 'Remove the password in Word and import it again.');
    const { readDocx } = await import('./docx');
    return readDocx(bytes, fileName, entries);
  }
  if (looksLikeMhtml(bytes)) {
    const page = readMhtml(bytes);
    if (!page) throw unsupported(fileName, 'an MHTML archive without a web page in it');
    return {
      format: 'mhtml',
      kind: 'html',
      mediaType: 'multipart/related',
      encoding: page.encoding,
      detection: `format: MHTML (a web page saved as a single file): ${page.detection}`,
      content: page.html,
      meta: page.meta,
    };
  }
  // A password-protected DOCX is an OLE container: checked by sniffBinary.
  const binary = sniffBinary(bytes);
  if (binary && !bomOf(bytes)) throw unsupported(fileName, binary, HINTS[binary] ?? '');

  const decoded = decodeText(bytes);
  if (!decoded) {
    const ratio = controlByteRatio(bytes);
    throw unsupported(
      fileName,
      ratio > 0.01
        ? `binary data (${(ratio * 100).toFixed(0)}% of the first bytes are control bytes that do not occur in text)`
        : 'text in an encoding Casefile cannot identify',
      ratio > 0.01 ? 'If it is a document in a format not listed (HTML, text, Markdown, JSON, PDF, DOCX), convert it to PDF first.' : '',
    );
  }
  const enc = `encoding: ${decoded.encoding} (${decoded.detection})`;
  return classifyText(decoded.text, fileName, decoded.encoding, enc);
}

const HTML_TAG =
  /<\/?(html|head|body|div|p|span|a|article|section|main|header|footer|nav|aside|h[1-6]|ul|ol|li|table|tr|td|br|img|meta|title|script|style|strong|em|b|i|blockquote|figure|time|link)\b[^<>]{0,2000}>/gi;

function extOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName);
  return m ? m[1].toLowerCase() : '';
}

/** Plain text, Markdown, HTML or JSON? Decided from the content; the extension breaks ties. */
export function classifyText(text: string, fileName: string, encoding: string | null, encNote: string): DecodedDocument {
  const ext = extOf(fileName);
  const trimmed = text.trimStart();
  const doc = (
    format: DocumentFormat,
    kind: DecodedDocument['kind'],
    mediaType: string,
    why: string,
    content = text,
    meta: ContainerMeta = {},
  ): DecodedDocument => ({
    format,
    kind,
    mediaType,
    encoding,
    detection: `format: ${why}; ${encNote}`,
    content,
    meta,
  });

  // JSON (a whole document): WordPress REST posts become their rendered HTML plus title/date/link.
  if (/^[[{]/.test(trimmed)) {
    const json = readJsonDocument(trimmed);
    if (json) {
      if (json.kind === 'wordpress') return doc('wordpress-json', 'html', 'application/json', json.why, json.html, json.meta);
      return doc('json', 'text', 'application/json', json.why, json.text, json.meta);
    }
  }
  // A fragment cut out of such JSON (escaped markup such as <\/p>\n, a trailing "protected":false …).
  const fragment = readWordPressFragment(text);
  if (fragment) return doc('wordpress-json-fragment', 'html', 'text/plain', fragment.why, fragment.html, fragment.meta);

  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const tags = sample.match(HTML_TAG)?.length ?? 0;
  if (/^<!doctype html|^<html[\s>]|^<\?xml[^>]*>\s*<(!doctype html|html)/i.test(trimmed))
    return doc('html', 'html', 'text/html', 'HTML (document starts with a doctype or <html>)');
  if (tags >= 3 || (tags >= 1 && /^</.test(trimmed)) || (tags >= 1 && /^(html?|xhtml|htm)$/.test(ext))) {
    return doc('html', 'html', 'text/html', `HTML (${tags} HTML tag${tags === 1 ? '' : 's'})`);
  }

  // A JSON-escaped body without markup ("...\n...\u2019...") pasted as text.
  if ((sample.match(/\\n|\\u[0-9a-fA-F]{4}|\\"/g)?.length ?? 0) >= 3 && !/\n\n/.test(sample.slice(0, 2000))) {
    const unescaped = decodeJsonStringBody(text);
    if (unescaped !== text) return doc('text', 'text', 'text/plain', 'plain text with JSON string escapes (decoded)', unescaped);
  }

  const md = markdownSignals(sample);
  if (md.score >= 3 || (md.score >= 1 && /^(md|markdown|mdown|mkd)$/.test(ext))) {
    return doc('markdown', 'markdown', 'text/markdown', `Markdown (${md.found.join(', ')})`);
  }
  return doc('text', 'text', 'text/plain', 'plain text');
}

function markdownSignals(text: string): { score: number; found: string[] } {
  const found: string[] = [];
  const add = (name: string, re: RegExp, weight = 1) => {
    const n = text.match(re)?.length ?? 0;
    if (n > 0) for (let i = 0; i < Math.min(weight, n); i++) found.push(name);
  };
  add('# headings', /^#{1,6} \S/gm, 2);
  add('[links](…)', /\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)/g, 2);
  add('**bold**', /\*\*[^*\n]{1,200}\*\*|__[^_\n]{1,200}__/g);
  add('> quotes', /^> \S/gm);
  add('- lists', /^\s{0,3}[-*+] \S/gm);
  add('front matter', /^---\n[\s\S]{0,2000}?\n---\n/);
  add('``` code', /^```/gm);
  return { score: found.length, found: [...new Set(found)] };
}
