/** Handlers for deleting, merging and undoing: wiring onto core/ops/records. */
import { getAllegation } from '../ops/allegations';
import { getPerson } from '../ops/people';
import {
  changeDecision,
  deleteRecord,
  lastChange,
  mergeAllegations,
  mergePeople,
  renameOrigin,
  splitAllegation,
  undoLastChange,
} from '../ops/records';
import type { HandlersOf } from '../../shared/contract/define';
import type { recordsContract } from '../../shared/contract/records';
import type { Session } from '../session';

export function recordsHandlers(session: Session): HandlersOf<typeof recordsContract> {
  const ctx = () => session.ctx();
  return {
    deleteRecord: ({ kind, id, groupIds }) => deleteRecord(ctx(), kind, id, groupIds),
    lastChange: () => lastChange(ctx()),
    undoLastChange: () => undoLastChange(ctx()),
    mergePeople: ({ keepId, mergeId }) => getPerson(ctx(), mergePeople(ctx(), keepId, mergeId)),
    mergeAllegations: ({ keepId, mergeIds }) => getAllegation(ctx(), mergeAllegations(ctx(), keepId, mergeIds)),
    splitAllegation: ({ id, evidenceIds, description }) => {
      const nid = splitAllegation(ctx(), id, evidenceIds, description);
      return { original: getAllegation(ctx(), id), split: getAllegation(ctx(), nid) };
    },
    renameOrigin: ({ from, to }) => renameOrigin(ctx(), from, to),
    changeDecision: (input) => changeDecision(ctx(), input),
  };
}
