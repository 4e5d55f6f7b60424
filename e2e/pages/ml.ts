import { expect, type Locator, type Page } from '@playwright/test';

/** The ML recipes lab's views (torch, distill, vae, rl, calibration): readouts, inputs, messages. */
export class MlPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(search: string, readyTestId: string): Promise<void> {
    await this.page.goto(`/${search}`);
    await expect(this.page.getByTestId(readyTestId)).not.toHaveAttribute('data-value', '');
  }

  readout(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  async raw(testId: string): Promise<string> {
    return (await this.readout(testId).getAttribute('data-value')) ?? '';
  }

  async value(testId: string): Promise<number> {
    return Number(await this.raw(testId));
  }

  /** Waits until a readout's data-value is within a relative `tolerance` of `expected`. */
  async expectValue(testId: string, expected: number, tolerance = 1e-12): Promise<void> {
    await expect
      .poll(
        async () => {
          const v = await this.value(testId);
          return Number.isFinite(expected)
            ? Math.abs(v - expected) <= tolerance * Math.max(1, Math.abs(expected))
            : v === expected;
        },
        { message: `${testId} ≈ ${expected}` },
      )
      .toBe(true);
  }

  cell(which: 'student' | 'teacher', row: number, col: number): Locator {
    return this.page.getByTestId(`ml.${which}.${row}.${col}`);
  }

  messages(): Locator {
    return this.page.getByTestId('message');
  }

  chart(testId: string): Locator {
    return this.page.getByTestId(testId).locator('.js-plotly-plot');
  }
}
