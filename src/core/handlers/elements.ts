/** Handlers for elements of crimes: wiring onto core/ops/elements (links are undoable changes). */
import { allegationElements, elementsOfCrimes, linkElement } from '../ops/elements';
import { undoable } from '../ops/records';
import type { HandlersOf } from '../../shared/contract/define';
import type { elementsContract } from '../../shared/contract/elements';
import type { Session } from '../session';

export function elementsHandlers(session: Session): HandlersOf<typeof elementsContract> {
  const ctx = () => session.ctx();
  return {
    elementsOfCrimes: () => elementsOfCrimes(),
    allegationElements: ({ allegationId }) => allegationElements(ctx(), allegationId),
    linkElement: (input) => undoable(ctx(), () => linkElement(ctx(), input)),
  };
}
