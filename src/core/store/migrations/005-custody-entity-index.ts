/**
 * Migration 5: the custody log indexed by what each entry is about. `verify` asks, for every source,
 * whether an entry records its import with its hash; without this index each question scanned the whole
 * log, so verify grew with sources × entries (43 / 142 / 492 ms at 1k / 2k / 4k sources). Reads of one
 * record's history (the source view, deletion records) use it too.
 */
import type { Migration } from './types';

export const migration005: Migration = {
  version: 5,
  name: 'custody-entity-index',
  up(db) {
    db.exec(/* sql */ `
CREATE INDEX custody_log_entity ON custody_log(entity, entity_id);
`);
  },
};
