/** Handlers for asylum: wiring onto core/ops/asylum. */
import {
  addAsylumGround,
  addAsylumStep,
  asylumOverview,
  recordDisclosure,
  updateAsylumGround,
  updateAsylumStep,
  updateDisclosure,
} from '../ops/asylum';
import { undoable } from '../ops/records';
import type { HandlersOf } from '../../shared/contract/define';
import type { asylumContract } from '../../shared/contract/asylum';
import type { Session } from '../session';

export function asylumHandlers(session: Session): HandlersOf<typeof asylumContract> {
  const ctx = () => session.ctx();
  return {
    asylumOverview: () => asylumOverview(ctx()),
    addAsylumStep: (input) => undoable(ctx(), () => addAsylumStep(ctx(), input)),
    updateAsylumStep: (input) => undoable(ctx(), () => updateAsylumStep(ctx(), input)),
    addAsylumGround: (input) => undoable(ctx(), () => addAsylumGround(ctx(), input)),
    updateAsylumGround: (input) => undoable(ctx(), () => updateAsylumGround(ctx(), input)),
    recordDisclosure: (input) => undoable(ctx(), () => recordDisclosure(ctx(), input)),
    updateDisclosure: (input) => undoable(ctx(), () => updateDisclosure(ctx(), input)),
  };
}
