/** The profile card on the overview: read view with masked sensitive fields, and the edit form. */
import { expect, type Locator, type Page } from '@playwright/test';

export class ProfileCard {
  readonly edit: Locator;
  readonly save: Locator;
  readonly cancel: Locator;
  readonly addAlias: Locator;
  readonly hideSensitive: Locator;

  constructor(readonly page: Page) {
    this.edit = page.getByRole('button', { name: 'Edit profile' });
    this.save = page.getByRole('button', { name: 'Save profile' });
    this.cancel = page.getByRole('button', { name: 'Cancel' });
    this.addAlias = page.getByRole('button', { name: 'Add alias' });
    this.hideSensitive = page.getByRole('button', { name: 'Hide sensitive' });
  }

  /**
   * Save the form and wait until the profile is shown again. Until the save has gone through the form still
   * holds unsaved edits: a section link clicked before then asks whether to discard them.
   */
  async saveAndWait(): Promise<void> {
    await this.save.click();
    await expect(this.save).toHaveCount(0);
    await expect(this.edit).toBeVisible();
  }

  /** A field of the edit form by its label ("Unit", not "Sensitive: Unit"). */
  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** The checkbox that marks a field sensitive: each has its own name ("Sensitive: Unit"). */
  sensitive(label: string): Locator {
    return this.page.getByRole('checkbox', { name: `Sensitive: ${label}`, exact: true });
  }

  reveal(label: string, toEdit = false): Locator {
    return this.page.getByRole('button', { name: toEdit ? `Reveal ${label} to edit` : `Reveal ${label}`, exact: true });
  }

  hidden(label: string): Locator {
    return this.page.getByLabel(`${label} is hidden`);
  }

  alias(n: number): Locator {
    return this.page.getByLabel(`Alias ${n}`, { exact: true });
  }

  aliasKind(n: number): Locator {
    return this.page.getByLabel(`Kind of alias ${n}`);
  }
}
