import { type RefObject, useEffect, useRef } from 'react';
import { useNavigationCount } from '../navigation/location';

/**
 * A view opened at the address of one record (#/people/<id>, #/timeline/<id>, e.g. from Ctrl+K) brings
 * that record into view and moves the keyboard focus to it, once per navigation to the address (again
 * when the same record is opened again), as soon as it is on screen (its data may arrive after the view).
 * Attach the ref to the record's element and give it tabIndex -1.
 */
export function useLanding<T extends HTMLElement>(address: string | undefined): RefObject<T | null> {
  const ref = useRef<T>(null);
  const arrival = `${address}@${useNavigationCount()}`;
  const landed = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!address || landed.current === arrival || !ref.current) return;
    landed.current = arrival;
    ref.current.scrollIntoView({ block: 'center' });
    ref.current.focus({ preventScroll: true });
  });
  return ref;
}
