/**
 * Kinds of record that can be deleted. `origin` is an origin override key on evidence links; `decision` a suggestion's decision.
 * No zod here: the CLI's command table imports it (contract/records.ts builds the schema from it).
 */
export const RECORD_KINDS = [
  'allegation',
  'evidence',
  'element-link',
  'statement',
  'event',
  'asylum-step',
  'disclosure',
  'person',
  'origin',
  'decision',
  'asylum-ground',
] as const;
