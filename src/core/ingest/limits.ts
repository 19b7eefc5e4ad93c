/**
 * The largest file read as one source, and the error for a larger one. A module of their own so the CLI
 * and the path reader can check a size without loading the importer.
 */
import { MAX_SOURCE_BYTES } from '../../shared/contract/sources';
import { CasefileError } from '../../shared/errors';

/** The contract's limit (shared/contract/sources.ts), under the importer's name for it. */
export const MAX_INPUT_BYTES = MAX_SOURCE_BYTES;

export function tooLarge(fileName: string, size: number): CasefileError {
  return new CasefileError(
    'TOO_LARGE',
    `${fileName} is ${(size / 1048576).toFixed(1)} MiB; the limit for one source is ${MAX_INPUT_BYTES / 1048576} MiB. Nothing was imported.`,
    { fileName, bytes: size },
  );
}
