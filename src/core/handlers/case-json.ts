/** Handlers for the case as JSON: wiring onto core/ops/case-json. */
import { caseInfo } from '../ops/case-info';
import { exportJson, importJson } from '../ops/case-json';
import type { HandlersOf } from '../../shared/contract/define';
import type { caseJsonContract } from '../../shared/contract/case-json';
import type { Session } from '../session';

export function caseJsonHandlers(session: Session): HandlersOf<typeof caseJsonContract> {
  const ctx = () => session.ctx();
  return {
    exportJson: (opts) => exportJson(ctx(), opts),
    importJson: (input) => caseInfo(importJson(session, input)),
  };
}
