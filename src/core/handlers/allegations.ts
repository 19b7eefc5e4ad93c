/** Handlers for allegations: wiring onto core/ops/allegations and the taxonomy. */
import {
  addAllegation,
  getAllegation,
  linkEvidence,
  listAllegations,
  unlinkEvidence,
  updateAllegation,
  updateEvidence,
} from '../ops/allegations';
import { allegationCounts, allegationRows } from '../ops/allegation-rows';
import { undoable } from '../ops/records';
import { taxonomy } from '../ops/taxonomy';
import type { HandlersOf } from '../../shared/contract/define';
import type { allegationsContract } from '../../shared/contract/allegations';
import type { Session } from '../session';

export function allegationsHandlers(session: Session): HandlersOf<typeof allegationsContract> {
  const ctx = () => session.ctx();
  return {
    taxonomy: () => taxonomy(),
    listAllegations: (f) => listAllegations(ctx(), f),
    allegationRows: (q) => allegationRows(ctx(), q),
    allegationCounts: () => allegationCounts(ctx()),
    getAllegation: ({ id }) => getAllegation(ctx(), id),
    addAllegation: (input) => undoable(ctx(), () => addAllegation(ctx(), input)),
    updateAllegation: (input) => undoable(ctx(), () => updateAllegation(ctx(), input)),
    linkEvidence: (input) => undoable(ctx(), () => linkEvidence(ctx(), input)),
    updateEvidence: (input) => undoable(ctx(), () => updateEvidence(ctx(), input)),
    unlinkEvidence: ({ id }) => undoable(ctx(), () => unlinkEvidence(ctx(), id)),
    corroboration: ({ allegationId }) => getAllegation(ctx(), allegationId).corroboration,
  };
}
