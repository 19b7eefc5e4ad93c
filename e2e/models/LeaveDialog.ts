/** The question before leaving a form with unsaved edits. */
import type { Locator, Page } from '@playwright/test';

export class LeaveDialog {
  readonly dialog: Locator;
  readonly keepEditing: Locator;
  readonly discard: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('alertdialog', { name: 'Discard unsaved changes?' });
    this.keepEditing = this.dialog.getByRole('button', { name: 'Keep editing' });
    this.discard = this.dialog.getByRole('button', { name: 'Discard changes' });
  }
}
