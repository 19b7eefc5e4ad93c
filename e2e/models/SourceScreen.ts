/** One source: clean text with highlighted spans, the original as text, its details and custody entries. */
import type { Locator, Page } from '@playwright/test';

export class SourceScreen {
  readonly title: Locator;
  readonly cleanText: Locator;
  readonly original: Locator;
  readonly custody: Locator;
  readonly sha256: Locator;
  readonly target: Locator;
  readonly correctDetails: Locator;
  readonly saveCorrections: Locator;

  constructor(readonly page: Page) {
    this.title = page.locator('#source-title');
    this.cleanText = page.getByTestId('clean-text');
    this.original = page.getByTestId('original-text');
    this.custody = page.getByTestId('source-custody');
    this.sha256 = page.getByTestId('source-sha256');
    this.target = page.getByTestId('target-span');
    this.correctDetails = page.getByRole('button', { name: 'Correct details' });
    this.saveCorrections = page.getByRole('button', { name: 'Save corrections' });
  }

  tab(name: 'Clean text' | 'Original as received' | 'Custody entries'): Locator {
    return this.page.getByRole('tab', { name });
  }

  spans(kind?: string): Locator {
    return this.cleanText.locator(kind ? `mark.span[data-kind="${kind}"]` : 'mark.span');
  }

  field(label: 'Title' | 'Publisher' | 'URL' | 'Publication date'): Locator {
    return this.page.getByLabel(label, { exact: true });
  }
}
