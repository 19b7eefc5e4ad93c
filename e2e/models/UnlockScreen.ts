/** The unlock screen of a chosen case file. */
import { expect, type Locator, type Page } from '@playwright/test';
import { PASS } from './NewCaseScreen';

export class UnlockScreen {
  readonly heading: Locator;
  readonly passphrase: Locator;
  readonly unlockButton: Locator;
  readonly back: Locator;
  readonly fileName: Locator;
  readonly failures: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Unlock case file' });
    this.passphrase = page.getByLabel('Passphrase');
    this.unlockButton = page.getByRole('button', { name: 'Unlock' });
    this.back = page.getByRole('button', { name: 'Back' });
    this.fileName = page.locator('.file-name');
    this.failures = page.getByTestId('failures');
  }

  async waitFor(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async unlock(passphrase = PASS): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.unlockButton.click();
  }
}
