/** Handlers for suggestions: wiring onto core/ops/suggestions. */
import {
  acceptSuggestionGroup,
  lastDecision,
  listSuggestionGroups,
  previewAcceptAll,
  rejectSuggestionGroup,
  undoLastDecision,
} from '../ops/suggestion-review';
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
    listSuggestionGroups: (f) => listSuggestionGroups(ctx(), f),
    acceptSuggestionGroup: ({ ids, edit }) => acceptSuggestionGroup(ctx(), ids, edit),
    rejectSuggestionGroup: ({ ids, reason }) => rejectSuggestionGroup(ctx(), ids, reason),
    lastDecision: () => lastDecision(ctx()),
    undoDecision: ({ id }) => undoLastDecision(ctx(), id),
    previewAcceptAll: ({ kind, sourceId }) => previewAcceptAll(ctx(), kind, sourceId),
  };
}
