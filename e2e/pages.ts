/**
 * Helpers shared by the specs. Screen actions live in the page objects in ./models (one per screen, as in
 * Joplin's integration tests); this file keeps what is not about one screen.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator } from '@playwright/test';
import type { AppHarness } from './harness/types';
import { CaseShell } from './models/CaseShell';
import { UnlockScreen } from './models/UnlockScreen';

export { createCase, PASS } from './models/NewCaseScreen';

/**
 * Where screenshots go: outside the tracked tree (test-results/screenshots) unless the run is asked to
 * refresh the README's, with CASEFILE_README_SCREENSHOTS=1 (then docs/screenshots).
 */
export const SCREENSHOTS = process.env.CASEFILE_README_SCREENSHOTS
  ? resolve(import.meta.dirname, '../docs/screenshots')
  : resolve(import.meta.dirname, '../test-results/screenshots');

/** Screenshots come from the Chromium project (the Electron window looks the same). */
export async function screenshot(app: AppHarness, name: string): Promise<void> {
  if (app.kind !== 'chromium') return;
  await app.page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    document.querySelectorAll('.content, .sidebar').forEach((e) => e.scrollTo(0, 0));
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  await app.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** A screenshot of the whole screen, however long: the window is made as tall as the content (at most 1800 px). */
export async function screenshotWhole(app: AppHarness, name: string): Promise<void> {
  if (app.kind !== 'chromium') return;
  const before = app.page.viewportSize();
  const height = await app.page.evaluate(() => Math.max(document.querySelector('.content')?.scrollHeight ?? 0, document.body.scrollHeight));
  await app.page.setViewportSize({ width: before?.width ?? 1200, height: Math.min(Math.max(height, 800), 1800) });
  await screenshot(app, name);
  if (before) await app.page.setViewportSize(before);
}

/** A screenshot of one part of a screen (e.g. a checklist further down than the viewport). */
export async function screenshotOf(app: AppHarness, part: Locator, name: string): Promise<void> {
  if (app.kind !== 'chromium') return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await part.scrollIntoViewIfNeeded();
  await part.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export async function lock(app: AppHarness): Promise<void> {
  await new CaseShell(app.page).lock();
}

export async function unlock(app: AppHarness, passphrase?: string): Promise<void> {
  await new UnlockScreen(app.page).unlock(passphrase);
}

/**
 * Requests for anything but the app's own files that got past the page's Content Security Policy. The
 * shell (or, in the Chromium project, the harness router) would cancel them too, but the point is that the
 * app never even tries: this list must stay empty.
 */
export function foreignRequests(app: AppHarness): string[] {
  return app.requests
    .filter((r) => !r.url.startsWith(app.appUrlPrefix) && !r.url.startsWith('data:') && !blockedByCsp(r.failure))
    .map((r) => `${r.url} (${r.failure ?? 'completed'})`);
}

/** Chromium reports a CSP refusal as "csp" (Playwright) or net::ERR_BLOCKED_BY_CSP (older builds, Electron). */
export function blockedByCsp(failure: string | null): boolean {
  return failure === 'csp' || failure === 'net::ERR_BLOCKED_BY_CSP';
}
