/**
 * Which cached reads each write makes stale. Every write adds a custody entry and can change the case's
 * counts, so `caseInfo` and `custodyLog` are stale after any of them; the table names the rest. A write
 * that is not listed makes everything stale (correct, only slower), and test/renderer/staleness.test.ts
 * fails until a new operation is classified, so nobody forgets.
 */
import type { OperationName } from '../../../shared/api';

/** Operations that only read the case (or nothing): cached as queries, never invalidate anything. */
export const READS = [
  'caseInfo',
  'getProfile',
  'listSources',
  'getSourceBytes',
  'custodyLog',
  'extract',
  'listSuggestions',
  'listSuggestionGroups',
  'lastDecision',
  'previewAcceptAll',
  'listDemoCases',
  'getSourceText',
  'transliterate',
  'listPeople',
  'listStatements',
  'taxonomy',
  'listAllegations',
  'allegationRows',
  'allegationCounts',
  'getAllegation',
  'corroboration',
  'timeline',
  'asylumOverview',
  'search',
  'exportProfiles',
  'previewExport',
  'listExports',
  'verifyExport',
  'elementsOfCrimes',
  'allegationElements',
  'lastChange',
] as const satisfies readonly OperationName[];

/** Operations that open, create or close a case: the screen holding the cache is replaced, nothing to refresh. */
export const SESSION_CHANGES = [
  'createCase',
  'openCase',
  'closeCase',
  'buildDemo',
  'importJson',
  // Restoring writes another case file; destroying removes one that is not open.
  'restoreCase',
  'destroyCase',
] as const satisfies readonly OperationName[];

type Read = (typeof READS)[number];

/** Everything that shows the case's records (what accepting a suggestion or editing a record can touch). */
const RECORDS: Read[] = [
  'getProfile',
  'listSuggestions',
  'listSuggestionGroups',
  'lastDecision',
  'previewAcceptAll',
  'listPeople',
  'listStatements',
  'listAllegations',
  'allegationRows',
  'allegationCounts',
  'getAllegation',
  'corroboration',
  'allegationElements',
  'timeline',
  'asylumOverview',
  'search',
  'previewExport',
];

const IMPORTS: Read[] = [
  'listSources',
  'getSourceText',
  'listSuggestions',
  'listSuggestionGroups',
  'previewAcceptAll',
  'search',
  'previewExport',
];

/** What an allegation's own changes touch. */
const ALLEGATION: Read[] = [
  'listAllegations',
  'allegationRows',
  'allegationCounts',
  'getAllegation',
  'corroboration',
  'allegationElements',
  'search',
  'previewExport',
];

export const WRITES = {
  updateProfile: ['getProfile', 'previewExport', 'search'],
  addProfileAliases: ['getProfile', 'previewExport'],
  changePassphrase: [],
  // The title is in caseInfo (always refreshed) and on an export's cover.
  renameCase: ['previewExport'],
  // Verification writes nothing, but it is run on demand and its answer must never come from a cache.
  verify: [],
  addSource: ['listSources', 'search', 'previewExport'],
  // An import adds sources and pending suggestions (the review screen's groups and bulk previews too).
  importFiles: IMPORTS,
  importPaths: IMPORTS,
  importText: IMPORTS,
  correctSourceMetadata: ['listSources', 'getSourceText', 'listSuggestions', 'search', 'previewExport'],
  acceptSuggestion: RECORDS,
  rejectSuggestion: ['listSuggestions', 'listSuggestionGroups', 'lastDecision', 'previewAcceptAll'],
  acceptAllSuggestions: RECORDS,
  acceptSuggestionGroup: RECORDS,
  rejectSuggestionGroup: ['listSuggestions', 'listSuggestionGroups', 'lastDecision', 'previewAcceptAll'],
  // Undo removes or restores whatever the decision made: every record list.
  undoDecision: RECORDS,
  upsertPerson: ['listPeople', 'listStatements', 'listSuggestions', 'lastDecision', 'search', 'previewExport'],
  addStatement: ['listStatements', 'listPeople', 'allegationElements', 'search', 'previewExport'],
  updateStatement: ['listStatements', 'listPeople', 'allegationElements', 'search', 'previewExport'],
  addAllegation: ALLEGATION,
  updateAllegation: ALLEGATION,
  linkEvidence: ALLEGATION,
  // The reliability letter is the source's: every allegation citing it, and the sources list, change.
  updateEvidence: [...ALLEGATION, 'listSources'],
  gradeSource: [...ALLEGATION, 'listSources'],
  unlinkEvidence: ALLEGATION,
  addEvent: ['timeline', 'search', 'previewExport'],
  updateEvent: ['timeline', 'search', 'previewExport'],
  addAsylumStep: ['asylumOverview', 'previewExport'],
  updateAsylumStep: ['asylumOverview', 'previewExport'],
  recordDisclosure: ['asylumOverview', 'previewExport'],
  addAsylumGround: ['asylumOverview', 'previewExport'],
  updateAsylumGround: ['asylumOverview', 'previewExport'],
  updateDisclosure: ['asylumOverview', 'previewExport'],
  exportJson: [],
  // A backup or hand-over copy is written elsewhere; the open case only gains a custody entry.
  backupCase: [],
  handOverCase: [],
  // An export assigns pseudonyms to people who had none (and a pseudonym is searchable).
  exportPdf: ['listExports', 'listPeople', 'search'],
  linkElement: ['allegationElements', 'getAllegation'],
  // Deleting, merging, splitting and undoing can touch any record list (a deletion takes links with it).
  deleteRecord: RECORDS,
  undoLastChange: RECORDS,
  mergePeople: RECORDS,
  mergeAllegations: RECORDS,
  splitAllegation: RECORDS,
  changeDecision: RECORDS,
  renameOrigin: ALLEGATION,
} satisfies Partial<Record<OperationName, readonly Read[]>>;

/** Every write adds a custody entry: the counts, the log and what undo would reverse change with it. */
const ALWAYS: Read[] = ['caseInfo', 'custodyLog', 'lastChange'];

/** The reads a completed (or failed, possibly half-done) call of `name` makes stale. */
export function staleAfter(name: OperationName): readonly Read[] | 'all' {
  if ((READS as readonly string[]).includes(name) || (SESSION_CHANGES as readonly string[]).includes(name)) return [];
  const listed = (WRITES as Partial<Record<string, readonly Read[]>>)[name];
  return listed ? [...ALWAYS, ...listed] : 'all';
}
