/** Case settings: passphrase, auto-lock. */
import type { Locator, Page } from '@playwright/test';

export class SettingsScreen {
  readonly heading: Locator;
  readonly current: Locator;
  readonly next: Locator;
  readonly repeat: Locator;
  readonly change: Locator;
  readonly autoLock: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Case settings' });
    this.current = page.getByLabel('Current passphrase');
    this.next = page.getByLabel('New passphrase', { exact: true });
    this.repeat = page.getByLabel('Repeat the new passphrase');
    this.change = page.getByRole('button', { name: 'Change passphrase' });
    this.autoLock = page.getByLabel('Lock when idle for');
  }
}
