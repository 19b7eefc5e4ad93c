import type { HandlersOf } from '../../shared/contract/define';
import type { caseOpsContract } from '../../shared/contract/caseops';
import type { Session } from '../session';

export function caseOpsHandlers(_session: Session): HandlersOf<typeof caseOpsContract> {
  return {};
}
