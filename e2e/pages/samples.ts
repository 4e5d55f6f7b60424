import { expect, type Locator, type Page } from '@playwright/test';

export type SamplesReadout = 'samples-mle' | 'samples-knn' | 'samples-hist' | 'samples-exact';

/** The samples lab: its readouts (samples-mle, samples-knn, samples-hist) and the file inputs. */
export class SamplesPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(search: string): Promise<void> {
    await this.page.goto(`/${search}`);
    await expect(this.readout('samples-mle')).toBeVisible();
  }

  readout(id: SamplesReadout): Locator {
    return this.page.getByTestId(id);
  }

  async attribute(id: SamplesReadout, name: string): Promise<number> {
    return Number(await this.readout(id).getAttribute(`data-${name}`));
  }

  async json(id: SamplesReadout, name: string): Promise<unknown> {
    return JSON.parse((await this.readout(id).getAttribute(`data-${name}`)) ?? 'null');
  }

  /** Waits until both the fit and the estimates are done for n samples. */
  async waitForDone(n: number, timeout = 60_000): Promise<void> {
    await expect(this.readout('samples-mle')).toHaveAttribute('data-state', 'done', { timeout });
    await expect(this.readout('samples-mle')).toHaveAttribute('data-n', String(n), { timeout });
    await expect(this.readout('samples-knn')).toHaveAttribute('data-state', 'done', { timeout });
    await expect(this.readout('samples-knn')).toHaveAttribute('data-n', String(n), { timeout });
  }

  async upload(which: 'p' | 'q', name: string, text: string): Promise<void> {
    await this.page
      .getByTestId(`samples.upload.${which}`)
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  }
}
