/** Page helpers shared by the specs: one function per thing a person does on a screen. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from '@playwright/test';
import type { AppHarness } from './harness/types';

export const PASS = 'copper lantern orbit meadow 47';
const SCREENSHOTS = resolve(import.meta.dirname, '../docs/screenshots');

/** Screenshots for the README come from the Chromium project (the Electron window looks the same). */
export async function screenshot(app: AppHarness, name: string): Promise<void> {
  if (app.kind !== 'chromium') return;
  await app.page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    document.querySelectorAll('.content, .sidebar').forEach((e) => e.scrollTo(0, 0));
  });
  await app.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export async function createCase(app: AppHarness, opts: { title?: string; file?: string; passphrase?: string } = {}): Promise<string> {
  const { page } = app;
  const file = join(app.dir, opts.file ?? 'subject.casefile');
  await page.getByRole('button', { name: /New case file/ }).click();
  await expect(page.getByRole('heading', { name: 'New case file' })).toBeVisible();
  if (opts.title) await page.getByLabel('Case title').fill(opts.title);
  await app.answerSaveDialog(file);
  await page.getByRole('button', { name: 'Choose location…' }).click();
  await expect(page.getByTestId('location')).toHaveText(file);
  await page.getByLabel('Passphrase', { exact: true }).fill(opts.passphrase ?? PASS);
  await page.getByLabel('Repeat the passphrase').fill(opts.passphrase ?? PASS);
  await page.getByRole('button', { name: 'Create case file' }).click();
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  return file;
}

export async function lock(app: AppHarness): Promise<void> {
  await app.page.getByRole('button', { name: 'Lock case' }).click();
  await expect(app.page.getByRole('heading', { name: 'Unlock case file' })).toBeVisible();
}

export async function unlock(app: AppHarness, passphrase = PASS): Promise<void> {
  await app.page.getByLabel('Passphrase').fill(passphrase);
  await app.page.getByRole('button', { name: 'Unlock' }).click();
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
