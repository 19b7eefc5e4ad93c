import type { HandlersOf } from '../../shared/contract/define';
import type { ingestContract } from '../../shared/contract/ingest';
import type { Session } from '../session';

export function ingestHandlers(_session: Session): HandlersOf<typeof ingestContract> {
  return {};
}
