/** What every view of an open case has: the sidebar (title, custody count, sections, lock) and the hash address. */
import { expect, type Locator, type Page } from '@playwright/test';
import { UnlockScreen } from './UnlockScreen';

export type Section =
  | 'Overview'
  | 'Sources'
  | 'Suggestions'
  | 'Testimony'
  | 'People'
  | 'Allegations'
  | 'Timeline'
  | 'Asylum'
  | 'Export'
  | 'Backup and hand-over'
  | 'Custody log'
  | 'Settings';

export class CaseShell {
  readonly nav: Locator;
  readonly title: Locator;
  readonly custodyCount: Locator;
  readonly lockButton: Locator;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Case sections' });
    this.title = page.locator('.case-title');
    this.custodyCount = page.getByTestId('custody-count');
    this.lockButton = page.getByRole('button', { name: 'Lock case' });
    this.main = page.getByRole('main');
  }

  section(name: Section): Locator {
    return this.nav.getByRole('link', { name, exact: true });
  }

  async goTo(name: Section): Promise<void> {
    await this.section(name).click();
    await expect(this.section(name)).toHaveAttribute('aria-current', 'page');
  }

  /** Open a view by its address, as a link from elsewhere (or a bookmark in a spec) would. */
  async open(path: string): Promise<void> {
    await this.page.evaluate((p) => {
      window.location.hash = p;
    }, `#${path}`);
  }

  /** The number in "N custody entries". */
  async custodyEntries(): Promise<number> {
    // The count shows once the case's info is in; read it then, not before.
    await expect(this.custodyCount).toHaveText(/^\d+ custody entr(y|ies)$/);
    const text = (await this.custodyCount.textContent()) ?? '';
    return Number(/\d+/.exec(text)?.[0] ?? NaN);
  }

  async lock(): Promise<void> {
    await this.lockButton.click();
    await new UnlockScreen(this.page).waitFor();
  }
}
