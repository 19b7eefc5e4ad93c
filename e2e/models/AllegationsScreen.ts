/** The allegations list (#/allegations): chart, table, filters, grouping, column choice. */
import { expect, type Locator, type Page } from '@playwright/test';

export class AllegationsScreen {
  readonly heading: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly category: Locator;
  readonly status: Locator;
  readonly groupByCategory: Locator;
  readonly columns: Locator;
  readonly newAllegation: Locator;
  readonly chart: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Allegations', level: 1 });
    this.table = page.getByRole('grid', { name: 'Allegations' });
    this.search = page.getByLabel('Search allegations');
    this.category = page.getByRole('combobox', { name: 'Category', exact: true });
    this.status = page.getByRole('combobox', { name: 'Status', exact: true });
    this.groupByCategory = page.getByRole('checkbox', { name: 'Group by category' });
    this.columns = page.locator('.column-choice summary');
    this.newAllegation = page.getByRole('button', { name: 'New allegation' });
    this.chart = page.getByTestId('chart-by-category');
  }

  async waitFor(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.table).toBeVisible();
  }

  /** Data rows (not group headings) that contain `text`. */
  row(text: string | RegExp): Locator {
    return this.table.locator('tbody tr[data-row-id]').filter({ hasText: text });
  }

  groupRows(): Locator {
    return this.table.locator('tbody tr.group-row');
  }

  header(label: string): Locator {
    return this.table.getByRole('columnheader', { name: label });
  }

  async showColumn(label: string, shown: boolean): Promise<void> {
    await this.columns.click();
    await this.page.locator('.column-choice').getByRole('checkbox', { name: label, exact: true }).setChecked(shown);
    await this.columns.click();
  }
}
