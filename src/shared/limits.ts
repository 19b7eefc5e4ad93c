/**
 * The largest file taken as one source (an original added as it is, or a document to import): declared
 * once, here, for every front end (the CLI checks a file's size against it before reading it). No zod in
 * this module: the CLI's command table imports it, and `casefile --help` must not load the contract.
 */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;
