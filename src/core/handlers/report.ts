import type { HandlersOf } from '../../shared/contract/define';
import type { reportContract } from '../../shared/contract/report';
import type { Session } from '../session';

export function reportHandlers(_session: Session): HandlersOf<typeof reportContract> {
  return {};
}
