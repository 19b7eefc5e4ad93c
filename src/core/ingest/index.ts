/**
 * The import pipeline (DESIGN §4): decode → clean → describe → suggest, producing the Reading that
 * `casefile extract --json` prints and that an import stores. Pure: it reads bytes and returns a value;
 * it never touches a case file, the network or the disk.
 */
import { CasefileError, isCasefileError } from '../../shared/errors';
import { Reading } from '../../shared/reading';
import { admitted, type AdmittedSource } from './admit';
import { clean, type CleanResult } from './clean';
import { decode, type DecodedDocument } from './decode';
import { describe, type Description } from './describe';
import { suggest } from './suggest';

/** Stored with every derived record, so a later extractor can tell which readings it may redo. */
export const EXTRACTOR_VERSION = 'casefile-ingest/1.7.0';

export interface DocumentReading {
  /** As admitted: the hash and size of the bytes read. */
  sha256: string;
  bytes: number;
  decoded: DecodedDocument;
  cleaned: CleanResult;
  description: Description;
}

/**
 * Stages 1–3 (decode → clean → describe): everything about the document except the suggestions. Takes
 * an admitted source (an import admits its bytes once and passes them on), or raw bytes, which it admits.
 */
export async function readDocument(source: AdmittedSource): Promise<DocumentReading>;
export async function readDocument(bytes: Uint8Array, fileName: string): Promise<DocumentReading>;
export async function readDocument(input: Uint8Array | AdmittedSource, name?: string): Promise<DocumentReading> {
  const { bytes, fileName, sha256 } = admitted(input, name);
  const decoded = await decode(bytes, fileName);
  const cleaned = clean(decoded);
  if (!/[\p{L}\p{N}]/u.test(cleaned.text)) {
    throw new CasefileError(
      'UNSUPPORTED_FORMAT',
      `${fileName} was read as ${decoded.format.toUpperCase()}, but no article text remained after removing markup and site furniture.`,
      { fileName, looksLike: `${decoded.format} without readable text` },
    );
  }
  return { sha256, bytes: bytes.byteLength, decoded, cleaned, description: describe(cleaned, decoded.meta, decoded.format, decoded.kind) };
}

/** How the reading was obtained, in words: format and encoding decisions, cleaning, each description. */
export function detectionNote({ decoded, cleaned, description: d }: DocumentReading): string {
  const furniture = cleaned.dropped.length
    ? `; cleaning: ${cleaned.dropped.length} furniture paragraph${cleaned.dropped.length === 1 ? '' : 's'} dropped (${[...new Set(cleaned.dropped.map((x) => x.rule))].join(', ')})`
    : '';
  const notes = cleaned.notes.length ? `; ${cleaned.notes.join('; ')}` : '';
  const created = decoded.meta.created
    ? `; the file itself is dated ${decoded.meta.created} (when it was made or saved; not taken as the publication date)`
    : '';
  return `${decoded.detection}${furniture}${notes}; language: ${d.why.language}; title: ${d.why.title}; outlet: ${d.why.outlet}; date: ${d.why.publishedAt}${created}`;
}

/** The whole pipeline: decode → clean → describe → suggest, validated as a Reading (admitted source or raw bytes). */
export async function extractReading(source: AdmittedSource): Promise<Reading>;
export async function extractReading(bytes: Uint8Array, fileName: string): Promise<Reading>;
export async function extractReading(input: Uint8Array | AdmittedSource, name?: string): Promise<Reading> {
  const source = admitted(input, name);
  const { fileName } = source;
  const doc = await readDocument(source);
  const { sha256, bytes, decoded, cleaned, description: d } = doc;
  let suggestions;
  try {
    suggestions = suggest({
      text: cleaned.text,
      language: d.language,
      title: d.title,
      publishedAt: d.publishedAt ? { date: d.publishedAt.date, precision: d.publishedAt.precision } : null,
    });
  } catch (e) {
    if (isCasefileError(e)) throw e;
    throw new CasefileError(
      'INTERNAL',
      `The suggestion stage failed on ${fileName}: ${(e as Error)?.message ?? String(e)}. Please report this.`,
      { fileName, stage: 'suggest' },
    );
  }
  checkSpans(suggestions, cleaned.text.length, fileName);
  const parsed = Reading.safeParse({
    language: d.language,
    title: d.title,
    outlet: d.outlet,
    publishedAt: d.publishedAt,
    text: cleaned.text,
    ...suggestions,
    source: {
      sha256,
      bytes,
      mediaType: decoded.mediaType,
      encoding: decoded.encoding,
      detection: detectionNote(doc),
      format: decoded.format,
      // The page's own URL (canonical link, og:url, the JSON's link field): where the article was published.
      url: publishedUrl(cleaned.hints.url ?? decoded.meta.url),
    },
    extractor: EXTRACTOR_VERSION,
  });
  if (!parsed.success) {
    throw new CasefileError('INTERNAL', `The reading of ${fileName} did not match the Reading shape; please report this.`, {
      fileName,
      issues: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`),
    });
  }
  return parsed.data;
}

/** An http(s) URL as the document states it, or null (a relative link or a javascript: URL says nothing). */
function publishedUrl(u: string | undefined): string | null {
  const t = u?.trim();
  return t && /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(t) && t.length <= 2048 ? t : null;
}

/** Every span must point into the text it was taken from; a broken span is a bug, not a suggestion. */
function checkSpans(s: Record<string, unknown>, length: number, fileName: string): void {
  for (const [kind, value] of Object.entries(s)) {
    const items = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : [];
    for (const item of items) {
      if (!item || typeof item !== 'object') continue;
      const { start, end } = item as { start?: unknown; end?: unknown };
      if (start === undefined && end === undefined) continue;
      if (typeof start !== 'number' || typeof end !== 'number' || start < 0 || end < start || end > length) {
        throw new CasefileError(
          'INTERNAL',
          `The suggestion stage produced a ${kind} span [${String(start)}, ${String(end)}) outside the text of ${fileName} (length ${length}); please report this.`,
          {
            fileName,
            kind,
          },
        );
      }
    }
  }
}
