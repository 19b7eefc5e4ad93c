/**
 * Undo the last change (sidebar): names what it would reverse ("Undo: delete allegation"), and says why
 * not when it cannot (a change made before this case was opened: what a deletion removed is kept in
 * memory only while the case is open).
 */
import { useState } from 'react';
import { ErrorMessage } from '../components/ui';
import { useOp, useOpMutation } from '../data/operations';

/** "allegation.delete" → "delete allegation", "suggestion.accept" → "accept suggestion". */
export function changeWords(action: string): string {
  const [entity, verb] = action.split('.');
  if (!verb) return action;
  const v = { add: 'add', update: 'edit', delete: 'delete', link: 'link', unlink: 'unlink', merge: 'merge', split: 'split' }[verb] ?? verb;
  return `${v} ${entity.replace(/-/g, ' ')}`;
}

export function UndoButton() {
  const last = useOp('lastChange', {});
  const undo = useOpMutation('undoLastChange');
  const [error, setError] = useState<string | null>(null);
  const state = last.data;
  const can = !!state?.undoable;
  return (
    <div className="undo-box">
      <button
        type="button"
        className="undo-button"
        disabled={!can || undo.isPending}
        title={state && !can ? (state.reason ?? undefined) : undefined}
        onClick={async () => {
          setError(null);
          try {
            await undo.run({});
          } catch (e) {
            setError((e as Error).message);
          }
        }}
      >
        {can && state ? `Undo: ${changeWords(state.action)}` : 'Undo'}
      </button>
      <ErrorMessage>{error}</ErrorMessage>
    </div>
  );
}
