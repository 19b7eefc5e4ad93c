/** Handlers for testimony: wiring onto core/ops/testimony. */
import { undoable } from '../ops/records';
import { addStatement, listStatements, updateStatement } from '../ops/testimony';
import type { HandlersOf } from '../../shared/contract/define';
import type { testimonyContract } from '../../shared/contract/testimony';
import type { Session } from '../session';

export function testimonyHandlers(session: Session): HandlersOf<typeof testimonyContract> {
  const ctx = () => session.ctx();
  return {
    listStatements: (f) => listStatements(ctx(), f),
    addStatement: (input) => undoable(ctx(), () => addStatement(ctx(), input)),
    updateStatement: (input) => undoable(ctx(), () => updateStatement(ctx(), input)),
  };
}
