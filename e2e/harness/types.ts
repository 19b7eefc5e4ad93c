import type { BrowserContext, Page, Request } from '@playwright/test';

export interface RecordedRequest {
  url: string;
  /** Chromium's error text when the request did not complete, e.g. net::ERR_BLOCKED_BY_CSP. */
  failure: string | null;
}

/** Record every request in a context (all pages, popups included), and how each one ended. */
export function recordRequests(context: BrowserContext): RecordedRequest[] {
  const list: RecordedRequest[] = [];
  const byRequest = new Map<Request, RecordedRequest>();
  context.on('request', (r) => {
    const rec = { url: r.url(), failure: null };
    byRequest.set(r, rec);
    list.push(rec);
  });
  context.on('requestfailed', (r) => {
    const rec = byRequest.get(r);
    if (rec) rec.failure = r.failure()?.errorText ?? 'failed';
  });
  return list;
}

/** What a spec gets, whichever way the app runs (Chromium + harness, or Electron). */
export interface AppHarness {
  kind: 'chromium' | 'electron';
  page: Page;
  /** A fresh temp folder for this test's case files (removed afterwards). */
  dir: string;
  /** The next native Save dialog answers with this path. */
  answerSaveDialog(path: string): Promise<void>;
  /** The next native Open dialog answers with these paths (a multi-select when more than one). */
  answerOpenDialog(...paths: string[]): Promise<void>;
  /** The files the next drop on the window carries come from these paths (what the OS tells the shell). */
  answerDrop(paths: string[]): Promise<void>;
  /** Every request the app's pages made, in order. */
  requests: RecordedRequest[];
  /** The origin the app's own files are served from. */
  appUrlPrefix: string;
  /** Make the shell lock the case as on system suspend. */
  systemLock(): Promise<void>;
}
