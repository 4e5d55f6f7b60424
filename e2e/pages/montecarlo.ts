import { expect, type Locator, type Page } from '@playwright/test';

export type McDirection = 'pq' | 'qp';

/** The Monte Carlo lab: its controls and the mc-kl-pq / mc-kl-qp readout contract. */
export class MonteCarloPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(search: string): Promise<void> {
    await this.page.goto(`/${search}`);
    await expect(this.readout('pq')).toBeVisible();
  }

  readout(direction: McDirection): Locator {
    return this.page.getByTestId(`mc-kl-${direction}`);
  }

  async attribute(direction: McDirection, name: string): Promise<number> {
    return Number(await this.readout(direction).getAttribute(`data-${name}`));
  }

  async waitForState(state: string, timeout = 60_000): Promise<void> {
    await expect(this.readout('pq')).toHaveAttribute('data-state', state, { timeout });
    await expect(this.readout('qp')).toHaveAttribute('data-state', state, { timeout });
  }

  control(id: 'run' | 'cancel' | 'n' | 'seed' | 'progress' | 'status'): Locator {
    return this.page.getByTestId(`mc.${id}`);
  }
}
