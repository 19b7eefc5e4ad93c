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
import { taxonomy } from '../ops/taxonomy';
import type { HandlersOf } from '../../shared/contract/define';
import type { allegationsContract } from '../../shared/contract/allegations';
import type { Session } from '../session';

export function allegationsHandlers(session: Session): HandlersOf<typeof allegationsContract> {
  const ctx = () => session.ctx();
  return {
    taxonomy: () => taxonomy(),
    listAllegations: (f) => listAllegations(ctx(), f),
    getAllegation: ({ id }) => getAllegation(ctx(), id),
    addAllegation: (input) => addAllegation(ctx(), input),
    updateAllegation: (input) => updateAllegation(ctx(), input),
    linkEvidence: (input) => linkEvidence(ctx(), input),
    updateEvidence: (input) => updateEvidence(ctx(), input),
    unlinkEvidence: ({ id }) => unlinkEvidence(ctx(), id),
    corroboration: ({ allegationId }) => getAllegation(ctx(), allegationId).corroboration,
  };
}
