/** The whole custody log as one cached read (the contract pages it 10,000 entries at a time). */
import { useQuery } from '@tanstack/react-query';
import type { CustodyEntry } from '../../../shared/contract/case';
import { casefile, toUiError, type UiError } from '../api';
import { opKey } from './operations';

const PAGE = 10_000;

async function wholeLog(): Promise<CustodyEntry[]> {
  const all: CustodyEntry[] = [];
  for (;;) {
    const page = await casefile().custodyLog({ afterSeq: all.at(-1)?.seq ?? 0, limit: PAGE });
    all.push(...page);
    if (page.length < PAGE) return all;
  }
}

/** Keyed under custodyLog, so every write (which adds an entry) makes it stale. */
export function useCustodyLog() {
  return useQuery<CustodyEntry[], UiError>({
    queryKey: [...opKey('custodyLog'), 'all'],
    queryFn: () => wholeLog().catch((e: unknown) => Promise.reject(toUiError(e))),
  });
}

/** Whether an entry concerns a source: the source itself, or a record made from it. */
export function concernsSource(e: CustodyEntry, sourceId: string): boolean {
  return e.entityId === sourceId || e.details.sourceId === sourceId;
}
