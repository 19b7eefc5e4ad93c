/** Handlers for the timeline: wiring onto core/ops/timeline. */
import { addEvent, timeline, updateEvent } from '../ops/timeline';
import { undoable } from '../ops/records';
import type { HandlersOf } from '../../shared/contract/define';
import type { timelineContract } from '../../shared/contract/timeline';
import type { Session } from '../session';

export function timelineHandlers(session: Session): HandlersOf<typeof timelineContract> {
  const ctx = () => session.ctx();
  return {
    timeline: () => timeline(ctx()),
    addEvent: (input) => undoable(ctx(), () => addEvent(ctx(), input)),
    updateEvent: (input) => undoable(ctx(), () => updateEvent(ctx(), input)),
  };
}
