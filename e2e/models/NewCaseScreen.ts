/** The new-case form: title, location (native Save dialog), passphrase twice. */
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppHarness } from '../harness/types';
import { StartScreen } from './StartScreen';

export const PASS = 'copper lantern orbit meadow 47';

export class NewCaseScreen {
  readonly heading: Locator;
  readonly title: Locator;
  readonly passphrase: Locator;
  readonly repeat: Locator;
  readonly chooseLocation: Locator;
  readonly location: Locator;
  readonly create: Locator;
  readonly cancel: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'New case file' });
    this.title = page.getByLabel('Case title');
    this.passphrase = page.getByLabel('Passphrase', { exact: true });
    this.repeat = page.getByLabel('Repeat the passphrase');
    this.chooseLocation = page.getByRole('button', { name: 'Choose location…' });
    this.location = page.getByTestId('location');
    this.create = page.getByRole('button', { name: 'Create case file' });
    this.cancel = page.getByRole('button', { name: 'Cancel' });
  }
}

/** From the start screen: create a case file in the test's folder and wait for its overview. */
export async function createCase(app: AppHarness, opts: { title?: string; file?: string; passphrase?: string } = {}): Promise<string> {
  const file = join(app.dir, opts.file ?? 'subject.casefile');
  await new StartScreen(app.page).newCaseButton.click();
  const form = new NewCaseScreen(app.page);
  await expect(form.heading).toBeVisible();
  if (opts.title) await form.title.fill(opts.title);
  await app.answerSaveDialog(file);
  await form.chooseLocation.click();
  await expect(form.location).toHaveText(file);
  await form.passphrase.fill(opts.passphrase ?? PASS);
  await form.repeat.fill(opts.passphrase ?? PASS);
  await form.create.click();
  // Creating derives the key and makes the case's signing key: seconds on a loaded machine. Wait for the
  // overview as long as the form still says it is creating (an error would show and fail the expect).
  await expect(app.page.getByRole('heading', { name: 'Overview' }).or(app.page.getByRole('alert'))).toBeVisible({ timeout: 120_000 });
  await expect(app.page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  return file;
}
