/**
 * PDF text through pdfjs-dist (legacy build, the one meant for Node). Hardened: no eval, no font
 * loading, no fetching of anything (cMaps, standard fonts, ranges), no XFA, no scripting.
 * Lines are rebuilt from text positions; a vertical gap larger than the usual line spacing, or a change
 * of font size, starts a new paragraph.
 */
import { CasefileError } from '../../shared/errors';
import type { ContainerMeta, DecodedDocument } from './decode';
import { openUntrustedPdf } from '../pdfjs-safe';

const MAX_PAGES = 2000;

interface Item {
  str: string;
  hasEOL: boolean;
  transform: number[];
  height: number;
  width: number;
}

function pdfDate(s: unknown): string | undefined {
  if (typeof s !== 'string') return undefined;
  const m = /^D:(\d{4})(\d{2})?(\d{2})?/.exec(s);
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}

export async function readPdf(bytes: Uint8Array, fileName: string): Promise<DecodedDocument> {
  const task = await openUntrustedPdf(bytes);
  let pdf;
  try {
    pdf = await task.promise;
  } catch (e) {
    // A document that never opened is not destroyed by the finally below: the task's transport (and its
    // fake worker's buffers) would outlive every refused file of an import batch.
    await task.destroy().catch(() => undefined);
    const name = (e as Error)?.name ?? '';
    if (name === 'PasswordException') {
      throw new CasefileError(
        'UNSUPPORTED_FORMAT',
        `${fileName} is a password-protected PDF. Open it with the password, save an unprotected copy and import that.`,
        { fileName, looksLike: 'a password-protected PDF' },
      );
    }
    throw new CasefileError(
      'UNSUPPORTED_FORMAT',
      `${fileName} starts like a PDF but could not be read (${(e as Error)?.message ?? 'damaged file'}).`,
      { fileName, looksLike: 'a damaged PDF' },
    );
  }
  try {
    const meta: ContainerMeta = {};
    try {
      const info = (await pdf.getMetadata()).info as unknown as Record<string, unknown>;
      const title = typeof info.Title === 'string' ? info.Title.trim() : '';
      // Titles such as "Microsoft Word - draft3.docx" or a file name say nothing about the article.
      if (title && !/^(microsoft (word|powerpoint)|untitled|document\d*$)|\.(docx?|pdf|odt|rtf|txt|indd)$/i.test(title)) meta.title = title;
      if (typeof info.Author === 'string' && info.Author.trim()) meta.author = info.Author.trim();
      // CreationDate is when the PDF was made (often "print to PDF" by whoever saved the article), not
      // when the article was published: it is recorded in the detection note, never used as publishedAt.
      const created = pdfDate(info.CreationDate);
      if (created) meta.created = created;
    } catch {
      /* metadata is optional */
    }
    const pages = Math.min(pdf.numPages, MAX_PAGES);
    const paragraphs: string[] = [];
    for (let n = 1; n <= pages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      paragraphs.push(...pageParagraphs(content.items.filter((i) => 'str' in i) as unknown as Item[]));
      page.cleanup();
    }
    const text = paragraphs.join('\n\n');
    if (!/\p{L}{2}/u.test(text)) {
      throw new CasefileError(
        'UNSUPPORTED_FORMAT',
        `${fileName} is a PDF without a text layer (probably scanned pages). Run it through OCR first, then import the result.`,
        { fileName, looksLike: 'a scanned PDF without text' },
      );
    }
    return {
      format: 'pdf',
      kind: 'text',
      mediaType: 'application/pdf',
      encoding: null,
      detection: `format: PDF (%PDF signature), ${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'}${pdf.numPages > MAX_PAGES ? `, first ${MAX_PAGES} read` : ''}; text from the PDF's text layer (pdfjs-dist)`,
      content: text,
      meta,
    };
  } finally {
    await pdf.destroy();
  }
}

/** Rebuild paragraphs of one page from positioned text items. */
function pageParagraphs(items: Item[]): string[] {
  interface Line {
    y: number;
    size: number;
    text: string;
  }
  const lines: Line[] = [];
  let cur: Line | null = null;
  for (const it of items) {
    const y = it.transform[5];
    const size = Math.abs(it.transform[3]) || it.height || 0;
    if (it.str === '' && !it.hasEOL) continue;
    if (!cur || (Math.abs(cur.y - y) > Math.max(2, size * 0.5) && it.str !== '')) {
      if (cur && cur.text.trim()) lines.push(cur);
      cur = { y, size, text: '' };
    }
    if (it.str) {
      const needsSpace = cur.text && !/\s$/.test(cur.text) && !/^\s/.test(it.str);
      cur.text += (needsSpace ? ' ' : '') + it.str;
      if (size > cur.size) cur.size = size;
    }
    if (it.hasEOL) {
      if (cur.text.trim()) lines.push(cur);
      cur = null;
    }
  }
  if (cur && cur.text.trim()) lines.push(cur);
  if (lines.length === 0) return [];
  // Line spacing relative to the font size: a paragraph break is a clearly larger relative gap.
  const ratios: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const g = lines[i - 1].y - lines[i].y;
    const size = Math.max(lines[i - 1].size, lines[i].size) || 1;
    if (g > 0) ratios.push(g / size);
  }
  ratios.sort((a, b) => a - b);
  const typical = ratios.length ? ratios[Math.floor(ratios.length / 4)] : 1.2;
  const paragraphs: string[] = [];
  let para = lines[0].text.trim();
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1];
    const line = lines[i];
    const gap = prev.y - line.y;
    const size = Math.max(prev.size, line.size) || 1;
    const newPara = gap <= 0 || gap / size > typical * 1.3 + 0.05 || Math.abs(line.size - prev.size) > 1;
    if (newPara) {
      paragraphs.push(para);
      para = line.text.trim();
    } else if (/\p{L}-$/u.test(para) && /^\p{Ll}/u.test(line.text.trim())) {
      para = para.slice(0, -1) + line.text.trim();
    } else {
      para += ` ${line.text.trim()}`;
    }
  }
  paragraphs.push(para);
  return paragraphs;
}
