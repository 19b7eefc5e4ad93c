/** Destroying the open case (Settings → Destroy this case file…). */
import type { Locator, Page } from '@playwright/test';

export class DestroyScreen {
  readonly open: Locator;
  readonly heading: Locator;
  readonly note: Locator;
  readonly chooseFile: Locator;
  readonly file: Locator;
  readonly fileProblem: Locator;
  readonly name: Locator;
  readonly passphrase: Locator;
  readonly destroy: Locator;

  constructor(readonly page: Page) {
    this.open = page.getByRole('link', { name: 'Destroy this case file…' });
    this.heading = page.getByRole('heading', { name: 'Destroy this case file', level: 1 });
    this.note = page.getByRole('note', { name: 'What this cannot reach' });
    this.chooseFile = page.getByRole('button', { name: /^Choose (the case file|again)…/ });
    this.file = page.getByTestId('destroy-file');
    this.fileProblem = page.locator('.field', { has: page.locator('.label', { hasText: /^Case file$/ }) }).locator('.field-error');
    this.name = page.getByLabel('Type the case’s name to confirm');
    this.passphrase = page.getByLabel('Passphrase of this case');
    this.destroy = page.getByRole('button', { name: 'Destroy the case file' });
  }
}
