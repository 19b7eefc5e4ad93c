/**
 * DOCX through mammoth (Word's document.xml → semantic HTML), then the HTML cleaner. Images are not
 * converted (they are not text, and a data: URI of every photo would only cost memory), external files
 * are never opened, and the core properties (title, author, created) are read from docProps/core.xml.
 */
import mammoth from 'mammoth';
import { Parser } from 'htmlparser2';
import { CasefileError } from '../../shared/errors';
import type { ContainerMeta, DecodedDocument } from './decode';
import { readZipEntry, type ZipEntry } from './zip';

function coreProperties(bytes: Uint8Array, entries: ZipEntry[]): ContainerMeta {
  const entry = entries.find((e) => e.name === 'docProps/core.xml');
  const raw = entry ? readZipEntry(bytes, entry, 1024 * 1024) : null;
  if (!raw) return {};
  const meta: ContainerMeta = {};
  let current: string | null = null;
  let buf = '';
  const p = new Parser(
    {
      onopentag(name) {
        current = name.toLowerCase();
        buf = '';
      },
      ontext(t) {
        if (current) buf += t;
      },
      onclosetag(name) {
        const v = buf.trim();
        const n = name.toLowerCase();
        if (v) {
          if (n === 'dc:title') meta.title = v;
          else if (n === 'dc:creator') meta.author = v;
          else if (n === 'dcterms:created') meta.created = v;
        }
        current = null;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  p.write(new TextDecoder().decode(raw));
  p.end();
  return meta;
}

export async function readDocx(bytes: Uint8Array, fileName: string, entries: ZipEntry[]): Promise<DecodedDocument> {
  let html: string;
  let warnings = 0;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), externalFileAccess: false, ignoreEmptyParagraphs: true },
    );
    html = result.value;
    warnings = result.messages.length;
  } catch (e) {
    throw new CasefileError(
      'UNSUPPORTED_FORMAT',
      `${fileName} looks like a DOCX but could not be read (${(e as Error)?.message?.slice(0, 200) ?? 'damaged file'}).`,
      {
        fileName,
        looksLike: 'a damaged DOCX',
      },
    );
  }
  return {
    format: 'docx',
    kind: 'html',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    encoding: null,
    detection: `format: DOCX (ZIP with word/document.xml), converted with mammoth${warnings ? ` (${warnings} conversion note${warnings === 1 ? '' : 's'})` : ''}`,
    content: html,
    meta: coreProperties(bytes, entries),
  };
}
