/** Handlers for search: wiring onto core/ops/search. */
import { search } from '../ops/search';
import type { HandlersOf } from '../../shared/contract/define';
import type { searchContract } from '../../shared/contract/search';
import type { Session } from '../session';

export function searchHandlers(session: Session): HandlersOf<typeof searchContract> {
  const ctx = () => session.ctx();
  return {
    search: (input) => search(ctx(), input),
  };
}
