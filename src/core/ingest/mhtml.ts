/**
 * MHTML (".mhtml"/".mht": a browser's "save page as a single file"): a MIME multipart/related message
 * whose first text/html part is the page, usually quoted-printable. Only that part is read; images,
 * stylesheets and frames stored beside it are ignored (never decoded, never fetched).
 */
import iconv from 'iconv-lite';
import type { ContainerMeta } from './decode';
import { decodeText, normaliseLabel } from './encoding';

export interface MhtmlPage {
  html: string;
  encoding: string;
  detection: string;
  meta: ContainerMeta;
}

const latin1 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');

/** Header block → lower-cased name → value (folded lines joined). */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const m = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (m && !headers.has(m[1].toLowerCase())) headers.set(m[1].toLowerCase(), m[2].trim());
  }
  return headers;
}

function param(value: string | undefined, name: string): string | undefined {
  if (!value) return undefined;
  const m = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2]) : undefined;
}

export function looksLikeMhtml(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 4096));
  return (
    /^(?:[A-Za-z-]+:.*\r?\n(?:[ \t].*\r?\n)*)*?MIME-Version:\s*1\.0/im.test(head) &&
    /Content-Type:\s*multipart\/related/i.test(head) &&
    /boundary=/i.test(head)
  );
}

function decodeQuotedPrintable(s: string): Uint8Array {
  const out: number[] = [];
  const body = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 61 /* = */ && /^[0-9A-Fa-f]{2}$/.test(body.slice(i + 1, i + 3))) {
      out.push(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c & 0xff);
  }
  return new Uint8Array(out);
}

/** RFC 2047 encoded words in a header (=?utf-8?Q?...?= / =?utf-8?B?...?=). */
function decodeEncodedWords(s: string): string {
  return s.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=\s*/g, (_m, charset: string, enc: string, text: string) => {
    const bytes = enc.toUpperCase() === 'B' ? new Uint8Array(Buffer.from(text, 'base64')) : decodeQuotedPrintable(text.replace(/_/g, ' '));
    const label = normaliseLabel(charset) ?? 'utf-8';
    try {
      return iconv.decode(Buffer.from(bytes), label);
    } catch {
      return new TextDecoder().decode(bytes);
    }
  });
}

/** The page inside an MHTML file, or null when there is no HTML part. */
export function readMhtml(bytes: Uint8Array): MhtmlPage | null {
  const text = latin1(bytes);
  const headerEnd = text.search(/\r?\n\r?\n/);
  if (headerEnd < 0) return null;
  const top = parseHeaders(text.slice(0, headerEnd));
  const boundary = param(top.get('content-type'), 'boundary');
  if (!boundary) return null;
  const parts = text.split(`--${boundary}`).slice(1);
  for (const part of parts) {
    if (part.startsWith('--')) break;
    const sep = part.search(/\r?\n\r?\n/);
    if (sep < 0) continue;
    const headers = parseHeaders(part.slice(0, sep).replace(/^\r?\n/, ''));
    const type = headers.get('content-type') ?? 'text/plain';
    if (!/^text\/html/i.test(type)) continue;
    const raw = part
      .slice(sep)
      .replace(/^\r?\n\r?\n/, '')
      .replace(/\r?\n$/, '');
    const cte = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
    const body =
      cte === 'quoted-printable'
        ? decodeQuotedPrintable(raw)
        : cte === 'base64'
          ? new Uint8Array(Buffer.from(raw.replace(/\s+/g, ''), 'base64'))
          : new Uint8Array(Buffer.from(raw, 'latin1'));
    const declared = param(type, 'charset');
    const label = declared ? normaliseLabel(declared) : null;
    let html: string;
    let encoding: string;
    let how: string;
    const utf8ok = (() => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(body);
        return true;
      } catch {
        return false;
      }
    })();
    if (label && iconv.encodingExists(label) && (label !== 'utf-8' || utf8ok)) {
      html = iconv.decode(Buffer.from(body), label);
      encoding = label;
      how = `charset ${declared} declared in the MIME part`;
    } else {
      const d = decodeText(body);
      if (!d) return null;
      html = d.text;
      encoding = d.encoding;
      how = d.detection;
    }
    const meta: ContainerMeta = {};
    // The page's own <title>, og: tags and <h1> describe it better than the archive's Subject header,
    // which is recorded only in the detection note. The Date header is when the page was saved.
    const subject = top.get('subject');
    const url = top.get('snapshot-content-location') ?? headers.get('content-location');
    if (url) meta.url = url;
    const date = top.get('date');
    if (date) meta.created = date;
    return {
      html: html.replace(/^\ufeff/, ''),
      encoding,
      detection: `the page part (${cte}) of an MHTML archive${url ? ` saved from ${url}` : ''}${subject ? ` ("${decodeEncodedWords(subject).trim().slice(0, 120)}")` : ''}; encoding: ${encoding} (${how})`,
      meta,
    };
  }
  return null;
}
