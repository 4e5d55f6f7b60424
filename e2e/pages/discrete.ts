import type { Locator, Page } from '@playwright/test';
import { ExplorerPage } from './explorer';

/** The discrete parts of the explorer: the categorical editors, smoothing and import. */
export class DiscretePage extends ExplorerPage {
  constructor(page: Page) {
    super(page);
  }

  family(id: string): Locator {
    return this.page.getByTestId(`family.${id}`);
  }

  bar(which: 'p' | 'q', k: number): Locator {
    return this.page.getByTestId(`${which}.cat.bar.${k}`);
  }

  catNumber(which: 'p' | 'q', k: number): Locator {
    return this.page.getByTestId(`${which}.cat.number.${k}`);
  }

  /** The probabilities the editor holds, read from the bars' aria-valuenow. */
  async probs(which: 'p' | 'q'): Promise<number[]> {
    const bars = this.page.locator(`[data-testid^="${which}.cat.bar."]`);
    const n = await bars.count();
    const out: number[] = [];
    for (let k = 0; k < n; k++)
      out.push(Number(await this.bar(which, k).getAttribute('aria-valuenow')));
    return out;
  }

  async openImport(): Promise<void> {
    const details = this.page.getByTestId('import');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  }
}
