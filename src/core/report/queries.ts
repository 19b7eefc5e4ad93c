/**
 * What the evidence summary reads, and from whom: each table's owner in src/core/ops (the custody log:
 * src/core/custody) holds the SQL; this module only names those reads for the report. Rows come in entry
 * order (created, then rowid) so references such as S1..Sn and A1..An are stable between exports.
 */
export { type AllegationForExport as AllegationRow, allegationsForExport as readAllegations } from '../ops/allegations';
export { type EvidenceForExport as EvidenceRow, evidenceForExport as readEvidence, statementEvidence } from '../ops/allegations';
export {
  type AsylumStepForExport as AsylumRow,
  asylumStepsForExport as readAsylum,
  asylumGroundsForExport as readAsylumGrounds,
} from '../ops/asylum';
export {
  type PersonForExport as PersonRow,
  peopleForExport as readPeople,
  pseudonymsInUse,
  personKinds as readPersonKinds,
  setPseudonymOnce,
} from '../ops/people';
export { type SourceForExport as SourceRow, sourcesForExport as readSources, recordedSha256 } from '../ops/sources';
import { originalOf } from '../ops/sources';
import type { ReadableDB } from '../store/handles';
export { selfIncriminatingSuggestions, sourcesWithSelfIncriminatingSuggestion } from '../ops/suggestions';
export { type StatementForExport as StatementRow, statementsForExport as readStatements } from '../ops/testimony';
export { type EventForExport as EventRow, eventsForExport as readEvents } from '../ops/timeline';
export { exportBySha256, recordExport } from '../ops/exports';
export { metaValue as readMetaValue, setMetaValueOnce } from '../store/case-meta';

/** The original bytes of one source (read one at a time while the PDF is built). */
export function readSourceBytes(db: ReadableDB, id: string): Buffer {
  return originalOf(db, id).bytes;
}
