import type { WritableDB } from '../handles';

/**
 * One schema step (after Signal-Desktop's `updateToSchemaVersionNNNN`). `up` gets the writable
 * connection inside the transaction that also sets `PRAGMA user_version` to `version`, so it can move
 * data as well as run DDL; if it throws, both roll back and the file stays at the previous version.
 */
export interface Migration {
  /** Becomes PRAGMA user_version once applied. Numbers are consecutive from 1. */
  version: number;
  name: string;
  up(db: WritableDB): void;
}
