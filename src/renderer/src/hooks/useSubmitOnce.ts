import { type FormEvent, useRef, useState } from 'react';

/**
 * A form's submit that runs one save at a time: a second press (a double click, Enter pressed twice)
 * while the first save is on its way is dropped, not sent again, so it cannot add the record twice.
 * `busy` is for the submit button's `disabled`. A mutation's `isPending` is not enough on its own: it
 * turns true only at the next render, and two clicks handled before that render both see it false; the
 * ref is set in the first click's own handler.
 *
 * `save` reports its own errors (the forms show them next to the button); it is not called with the event.
 */
export function useSubmitOnce(save: () => Promise<void>): { busy: boolean; onSubmit(e: FormEvent): void } {
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    void save().finally(() => {
      inFlight.current = false;
      setBusy(false);
    });
  };
  return { busy, onSubmit };
}
