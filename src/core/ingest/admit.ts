/**
 * The one gate on the way in. Bytes become a source (to import, to store as an original, to read with
 * `extract`) only as an `AdmittedSource`, which `admitSource` makes: their size checked against the
 * contract's one limit (MAX_SOURCE_BYTES, shared/contract/sources.ts) and their SHA-256 computed, once.
 * The hash then travels with the bytes — into the reading, the stored original and the custody entry —
 * and nothing on the way checks the size or hashes the bytes again. A module of its own so the path
 * reader can use it without loading the importer.
 *
 * Nothing on the way writes to the bytes: the decoders only read them, and pdf.js, which would take over
 * (detach) its buffer, is handed a copy (core/pdfjs-safe.ts). `verify` recomputes every stored
 * original's hash against the one recorded here.
 */
import { createHash } from 'node:crypto';
import { MAX_SOURCE_BYTES } from '../../shared/contract/sources';
import { CasefileError } from '../../shared/errors';

declare const ADMITTED: unique symbol;

export interface AdmittedSource {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** SHA-256 of `bytes`, hex: computed once, at admission. */
  readonly sha256: string;
  readonly [ADMITTED]: true;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The size check (a file's size before it is read, or the bytes' length at admission). */
export function checkSourceSize(fileName: string, size: number): void {
  if (size > MAX_SOURCE_BYTES) {
    throw new CasefileError(
      'TOO_LARGE',
      `${fileName} is ${(size / 1048576).toFixed(1)} MiB; the limit for one source is ${MAX_SOURCE_BYTES / 1048576} MiB. Nothing was imported.`,
      { fileName, bytes: size },
    );
  }
}

/** Check the size and hash the bytes: the only way to make an AdmittedSource. */
export function admitSource(fileName: string, bytes: Uint8Array): AdmittedSource {
  checkSourceSize(fileName, bytes.byteLength);
  return { fileName, bytes, sha256: sha256Hex(bytes) } as AdmittedSource;
}

/** Entry points that also take raw bytes (extract, tests, benches) admit them here; admitted ones pass. */
export function admitted(input: Uint8Array | AdmittedSource, fileName: string | undefined): AdmittedSource {
  return input instanceof Uint8Array ? admitSource(fileName ?? 'file', input) : input;
}
