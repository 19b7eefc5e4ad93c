/**
 * A minimal, defensive ZIP central-directory reader: enough to tell a DOCX from any other archive, to
 * refuse zip bombs before a library inflates them, and to read one small member (docProps/core.xml).
 * It never writes anything and never follows paths; member names are only compared as strings.
 */
import { inflateRawSync } from 'node:zlib';
import { Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;

/** The entries listed in the central directory, or null when the bytes are not a readable ZIP. */
export function listZip(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.byteLength;
  if (n < 22) return null;
  // The end-of-central-directory record sits in the last 22 + 65535 bytes (comment).
  let eocd = -1;
  for (let i = n - 22; i >= Math.max(0, n - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (cdOffset + cdSize > n) return null;
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count && p + 46 <= n; i++) {
    if (view.getUint32(p, true) !== CEN_SIG) return entries.length ? entries : null;
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localHeaderOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLen > n) break;
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset, encrypted: (flags & 1) === 1 });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Read one member (stored or deflated), refusing anything that claims to expand beyond `maxBytes`. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes = 4 * 1024 * 1024): Uint8Array | null {
  if (entry.encrypted || entry.uncompressedSize > maxBytes) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.byteLength || view.getUint32(p, true) !== LOC_SIG) return null;
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) return null;
  const data = bytes.subarray(start, end);
  try {
    if (entry.method === 0) return data;
    if (entry.method === 8) return new Uint8Array(inflateRawSync(data, { maxOutputLength: maxBytes }));
  } catch {
    return null;
  }
  return null;
}

/** Fed to the inflater a little at a time: one push can expand at most ~1000× (DEFLATE's limit), so 4 KiB → ~4 MiB. */
const INFLATE_STEP = 4096;

/**
 * The bytes the archive's members really expand to, counted while inflating them (with fflate's
 * streaming inflater; nothing is kept), stopping as soon as the running total passes `limit`. The sizes
 * a ZIP declares are not trusted: a bomb understates them. Returns the total, or null when over `limit`.
 * A member that does not inflate counts what it gave before failing (the library reading it will fail too).
 */
export function inflatedSizeWithin(bytes: Uint8Array, entries: ZipEntry[], limit: number): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const entry of entries) {
    const p = entry.localHeaderOffset;
    if (p + 30 > bytes.byteLength || view.getUint32(p, true) !== LOC_SIG) continue;
    const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
    const end = Math.min(bytes.byteLength, start + entry.compressedSize);
    if (start >= end) continue;
    if (entry.method !== 8) {
      total += end - start;
      if (total > limit) return null;
      continue;
    }
    let over = false;
    const inflater = new Inflate((chunk) => {
      total += chunk.byteLength;
      if (total > limit) over = true;
    });
    try {
      for (let at = start; at < end && !over; at += INFLATE_STEP) {
        const stop = Math.min(end, at + INFLATE_STEP);
        inflater.push(bytes.subarray(at, stop), stop === end);
      }
    } catch {
      // a damaged member: counted up to where it broke
    }
    if (over) return null;
  }
  return total;
}
