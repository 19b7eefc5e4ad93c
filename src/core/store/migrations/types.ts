export interface Migration {
  /** Becomes PRAGMA user_version once applied. Numbers are consecutive from 1. */
  version: number;
  name: string;
  sql: string;
}
