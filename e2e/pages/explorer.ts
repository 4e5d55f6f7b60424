import { expect, type Locator, type Page } from '@playwright/test';

export const READOUT_IDS = [
  'kl-pq',
  'kl-qp',
  'js',
  'sym-kl',
  'ce-pq',
  'h-p',
  'h-q',
  'tv',
  'hellinger',
  'renyi',
] as const;
export type ReadoutId = (typeof READOUT_IDS)[number];

/**
 * Scrolls `target` to the middle of the viewport before a press: at the viewport's bottom edge the
 * sticky headline bar covers it and the press lands on the bar (seen at 1280×720 once the family
 * selector grew a row), and above the viewport (y < 0) a press reaches nothing (seen on CI).
 */
export async function scrollToCentre(target: Locator): Promise<void> {
  await target.evaluate((e) => e.scrollIntoView({ block: 'center' }));
}

/** The explorer screen: its panels, readouts, charts and messages. */
export class ExplorerPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(search = ''): Promise<void> {
    await this.page.goto(`/${search}`);
    await expect(this.readout('kl-pq')).not.toHaveAttribute('data-value', '');
  }

  readout(id: ReadoutId): Locator {
    return this.page.getByTestId(id);
  }

  /** The full-precision value in nats from the readout contract. */
  async value(id: ReadoutId): Promise<number> {
    return Number(await this.readout(id).getAttribute('data-value'));
  }

  /** Waits until a readout's value is within `tolerance` of `expected`. */
  async expectValue(id: ReadoutId, expected: number, tolerance = 1e-12): Promise<void> {
    await expect
      .poll(
        async () => {
          const v = await this.value(id);
          return Number.isFinite(expected)
            ? Math.abs(v - expected) <= tolerance * Math.max(1, Math.abs(expected))
            : v === expected;
        },
        { message: `${id} ≈ ${expected}` },
      )
      .toBe(true);
  }

  slider(which: 'p' | 'q'): Locator {
    return this.page.getByTestId(`${which}.bern.slider`);
  }

  number(which: 'p' | 'q'): Locator {
    return this.page.getByTestId(`${which}.bern.number`);
  }

  spec(which: 'p' | 'q'): Locator {
    return this.page.getByTestId(`${which}.spec`);
  }

  messages(): Locator {
    return this.page.getByTestId('message');
  }

  chart(testId: string): Locator {
    return this.page.getByTestId(testId).locator('.js-plotly-plot');
  }

  /**
   * The y values Plotly is drawing for a chart's traces (read from the graph div), once the chart
   * is in view (charts scrolled away do not redraw) and has drawn what it owed.
   */
  async chartY(testId: string): Promise<unknown[][]> {
    await this.chart(testId).scrollIntoViewIfNeeded();
    await expect(this.page.getByTestId(testId)).not.toHaveAttribute('aria-busy', 'true');
    return this.chart(testId).evaluate((el) =>
      (el as unknown as { data: { y: unknown[] }[] }).data.map((t) => Array.from(t.y ?? [])),
    );
  }
}
