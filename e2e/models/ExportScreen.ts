/** The export screen: recipient profile, preview, the PDF through the save dialog, the ledger. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppHarness } from '../harness/types';

export class ExportScreen {
  readonly heading: Locator;
  readonly recipient: Locator;
  readonly preparedBy: Locator;
  readonly preview: Locator;
  readonly exportButton: Locator;
  readonly done: Locator;
  readonly sha256: Locator;
  readonly ledgerRows: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Export', level: 1 });
    this.recipient = page.getByRole('textbox', { name: 'Recipient', exact: true });
    this.preparedBy = page.getByRole('textbox', { name: 'Prepared by' });
    this.preview = page.getByTestId('export-preview');
    this.exportButton = page.getByRole('button', { name: 'Export PDF…' });
    this.done = page.getByRole('heading', { name: 'Exported' });
    this.sha256 = page.getByTestId('result-sha256');
    this.ledgerRows = page.locator('table.ledger tbody tr');
  }

  profile(title: string): Locator {
    return this.page.getByRole('radio', { name: title, exact: true });
  }

  /** Export to `path` (the save dialog answered with it) and wait until the screen says it is done. */
  async exportTo(app: AppHarness, path: string, recipient: string): Promise<void> {
    await this.recipient.fill(recipient);
    await app.answerSaveDialog(path);
    await this.exportButton.click();
    await expect(this.done).toBeVisible({ timeout: 180_000 });
  }
}
