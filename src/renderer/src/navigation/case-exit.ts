/**
 * Leaving the case screen for the start screen with a message, for what ends the case from inside it
 * (destroying it). Provided by CaseScreen; locking has its own path (App's lock).
 */
import { createContext, useContext } from 'react';

export const CaseExitContext = createContext<(notice: string) => void>(() => undefined);

export function useCaseExit(): (notice: string) => void {
  return useContext(CaseExitContext);
}
