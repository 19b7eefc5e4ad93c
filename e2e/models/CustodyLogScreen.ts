/** The custody log: the shared table, filters by action and entity, Verify. */
import type { Locator, Page } from '@playwright/test';

export class CustodyLogScreen {
  readonly heading: Locator;
  readonly table: Locator;
  readonly action: Locator;
  readonly entity: Locator;
  readonly verify: Locator;
  readonly result: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Custody log', level: 1 });
    this.table = page.getByRole('grid', { name: 'Custody log' });
    this.action = page.getByLabel('Action', { exact: true });
    this.entity = page.getByLabel('Entity', { exact: true });
    this.verify = page.getByRole('button', { name: 'Verify' });
    this.result = page.getByTestId('verify-result');
  }

  rows(): Locator {
    return this.table.locator('tbody tr[data-row-id]');
  }
}
