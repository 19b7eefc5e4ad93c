/**
 * Numbered migrations, oldest first. To change the schema: add `NNN-name.ts` exporting a `Migration`
 * whose `up(db)` changes the schema (and moves data if it must) on the writable connection, append it
 * here (one per line), and give it its own test, test/store/migrations/NNN-name.test.ts (the helpers in
 * test/store/migrations/harness.ts build a real encrypted file at the previous version). Never edit a
 * shipped migration.
 */
import { migration001 } from './001-initial-schema';
import { migration002 } from './002-signing-keys';
import { migration003 } from './003-person-kind-and-undo';
import { migration004 } from './004-edit-delete-and-elements';
import { migration005 } from './005-custody-entity-index';
import { migration006 } from './006-record-counts';
import { migration007 } from './007-search-people-events';
import { migration008 } from './008-asylum-grounds-and-public-figures';
import { migration009 } from './009-source-grades-and-translator';
import { migration010 } from './010-list-indexes';
import { migration011 } from './011-independent-sources';
import { migration012 } from './012-allegation-text-index';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
];
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
export type { Migration };
