/**
 * The case screen's address: a hash route (#/sources/…), which works under file:// and gives Back, links
 * from the overview's tiles and e2e specs that open a view directly. It is wouter's hash location with one
 * addition: leaving while a form has unsaved edits asks first (also when the change comes from Back).
 */
import { useSyncExternalStore } from 'react';
import { answerLeave, hasUnsavedChanges, requestLeave } from './unsaved';

const read = (): string => '/' + window.location.hash.replace(/^#?\/?/, '');

let committed = read();
/** Navigations committed so far, a navigation to the address already shown included. */
let navigations = 0;
const listeners = new Set<() => void>();

function commit(to: string, replace: boolean): void {
  const path = '/' + to.replace(/^#?\/?/, '');
  if (read() !== path) window.history[replace ? 'replaceState' : 'pushState'](null, '', `#${path}`);
  committed = path;
  navigations++;
  for (const l of listeners) l();
}

window.addEventListener('hashchange', () => {
  const next = read();
  if (next === committed) return;
  if (hasUnsavedChanges()) {
    // The address already changed (Back, or a typed hash): put it back until the user has answered.
    window.history.replaceState(null, '', `#${committed}`);
    requestLeave(next, false);
    return;
  }
  commit(next, true);
});

export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  if (hasUnsavedChanges() && '/' + to.replace(/^#?\/?/, '') !== committed) {
    requestLeave(to, replace);
    return;
  }
  commit(to, replace);
}

/** Called by the leave dialog with the user's answer. */
export function resolveLeave(discard: boolean): void {
  const go = answerLeave(discard);
  if (go) commit(go.to, go.replace);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A wouter location hook (pass to <Router hook={…}>). */
export function useCaseLocation(): [string, typeof navigate] {
  return [useSyncExternalStore(subscribe, () => committed), navigate];
}
useCaseLocation.hrefs = (href: string): string => `#${href}`;

/**
 * Changes on every navigation, also one to the address already shown (a search hit for the record on
 * screen), which the location itself does not: a view can bring its record back into focus.
 */
export function useNavigationCount(): number {
  return useSyncExternalStore(subscribe, () => navigations);
}
