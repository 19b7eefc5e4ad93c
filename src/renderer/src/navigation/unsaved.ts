/**
 * Unsaved edits, across the case screen. A form with changes registers itself here (useUnsavedChanges);
 * navigation asks before leaving it (./location.ts + <LeaveDialog>), and a lock, which never waits for the
 * user, discards them and leaves a note that the case screen shows after the next unlock.
 */
import { useEffect, useSyncExternalStore } from 'react';

/** Form id → what it is, in words ("the profile"). */
const dirty = new Map<string, string>();
let discardedAtLock: string[] = [];
/** A navigation waiting for the user's answer. */
let pending: { to: string; replace: boolean } | null = null;
const listeners = new Set<() => void>();
let version = 0;

function changed(): void {
  version++;
  for (const l of listeners) l();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function hasUnsavedChanges(): boolean {
  return dirty.size > 0;
}

export function unsavedDescriptions(): string[] {
  return [...new Set(dirty.values())];
}

/** Register `description` as having unsaved changes while `isDirty` is true. */
export function useUnsavedChanges(id: string, description: string, isDirty: boolean): void {
  useEffect(() => {
    if (!isDirty) return;
    dirty.set(id, description);
    changed();
    return () => {
      dirty.delete(id);
      changed();
    };
  }, [id, description, isDirty]);
}

/** A form that just saved (or handed its content on) is no longer unsaved, at once, before it navigates. */
export function forgetUnsaved(id: string): void {
  if (dirty.delete(id)) changed();
}

export function requestLeave(to: string, replace: boolean): void {
  pending = { to, replace };
  changed();
}

export function pendingLeave(): { to: string; replace: boolean } | null {
  return pending;
}

/** The user chose: discard the edits and go (returns where to), or stay (returns null). */
export function answerLeave(discard: boolean): { to: string; replace: boolean } | null {
  const p = pending;
  pending = null;
  if (discard) dirty.clear();
  changed();
  return discard ? p : null;
}

/** Called by the lock: forget every edit at once, remember what they were for the next unlock. */
export function discardForLock(): void {
  discardedAtLock = unsavedDescriptions();
  dirty.clear();
  pending = null;
  changed();
}

/** What the last lock discarded (once: the note is shown after one unlock). */
export function takeDiscardedAtLock(): string[] {
  const d = discardedAtLock;
  discardedAtLock = [];
  return d;
}

/** Re-render when the set of unsaved forms or the pending question changes. */
export function useUnsavedState(): number {
  return useSyncExternalStore(subscribe, () => version);
}
