/** Handlers for suggestions: wiring onto core/ops/suggestions. */
import { acceptAllSuggestions, acceptSuggestion, listSuggestions, rejectSuggestion } from '../ops/suggestions';
import type { HandlersOf } from '../../shared/contract/define';
import type { suggestionsContract } from '../../shared/contract/suggestions';
import type { Session } from '../session';

export function suggestionsHandlers(session: Session): HandlersOf<typeof suggestionsContract> {
  const ctx = () => session.ctx();
  return {
    listSuggestions: (f) => listSuggestions(ctx(), f),
    acceptSuggestion: ({ id, edit }) => acceptSuggestion(ctx(), id, edit),
    rejectSuggestion: ({ id, reason }) => rejectSuggestion(ctx(), id, reason),
    acceptAllSuggestions: ({ kind, sourceId }, options) => acceptAllSuggestions(ctx(), kind, sourceId, options),
  };
}
