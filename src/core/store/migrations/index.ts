/**
 * Numbered migrations, oldest first. To change the schema add `NNN-name.ts` with the next version,
 * append it here, and give it a test in test/store/migrations.test.ts. Never edit a shipped migration.
 */
import { migration001 } from './001-initial-schema';
import { migration002 } from './002-signing-keys';
import { migration003 } from './003-person-kind-and-undo';
import { migration004 } from './004-edit-delete-and-elements';
import { migration005 } from './005-custody-entity-index';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005];
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
export type { Migration };
