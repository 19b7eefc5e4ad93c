/** The question asked before leaving a form with unsaved edits (an in-page dialog: nothing blocks the window). */
import { useEffect, useRef } from 'react';
import { resolveLeave } from './location';
import { pendingLeave, unsavedDescriptions, useUnsavedState } from './unsaved';

export function LeaveDialog() {
  useUnsavedState();
  const pending = pendingLeave();
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pending) stay.current?.focus();
  }, [pending]);
  if (!pending) return null;
  const what = unsavedDescriptions().join(', ') || 'this form';
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="leave-title"
        aria-describedby="leave-text"
        onKeyDown={(e) => {
          if (e.key === 'Escape') resolveLeave(false);
        }}
      >
        <h2 id="leave-title">Discard unsaved changes?</h2>
        <p id="leave-text">You have changed {what} without saving. Leaving now discards those changes.</p>
        <div className="buttons">
          <button type="button" className="secondary" ref={stay} onClick={() => resolveLeave(false)}>
            Keep editing
          </button>
          <button type="button" className="danger" onClick={() => resolveLeave(true)}>
            Discard changes
          </button>
        </div>
      </div>
    </div>
  );
}
