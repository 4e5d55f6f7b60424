import { expect, type Locator, type Page } from '@playwright/test';
import { ExplorerPage, scrollToCentre } from './explorer';

interface AxesBox {
  xOffset: number;
  xLength: number;
  yOffset: number;
  yLength: number;
  xRange: [number, number];
  yRange: [number, number];
}

/** The explorer with a continuous pair: parameter fields, drag handles on the density plots. */
export class ContinuousPage extends ExplorerPage {
  constructor(page: Page) {
    super(page);
  }

  family(id: 'normal' | 'mixture' | 'normal2' | 'mixture2'): Locator {
    return this.page.getByTestId(`family.${id}`);
  }

  /** A parameter's control: prefix like `p.normal`, `q.n2`, `p.mix.0`; field mu, sigma, mx, weight… */
  slider(which: 'p' | 'q', prefix?: string, field?: string): Locator {
    return prefix && field
      ? this.page.getByTestId(`${which}.${prefix}.${field}.slider`)
      : super.slider(which);
  }

  field(which: 'p' | 'q', prefix: string, field: string): Locator {
    return this.page.getByTestId(`${which}.${prefix}.${field}.number`);
  }

  async fieldValue(which: 'p' | 'q', prefix: string, field: string): Promise<number> {
    return Number(await this.field(which, prefix, field).inputValue());
  }

  handle(id: string): Locator {
    return this.page.getByTestId(`handle.${id}`);
  }

  /** The plot area of a density chart, from Plotly's own layout (px relative to the graph div). */
  async axes(chart: string): Promise<AxesBox> {
    return this.page
      .getByTestId(chart)
      .locator('.js-plotly-plot')
      .evaluate((el) => {
        const full = (
          el as unknown as {
            _fullLayout: Record<
              string,
              { _offset: number; _length: number; range: [number, number] }
            >;
          }
        )._fullLayout;
        const xa = full.xaxis!;
        const ya = full.yaxis!;
        return {
          xOffset: xa._offset,
          xLength: xa._length,
          yOffset: ya._offset,
          yLength: ya._length,
          xRange: [xa.range[0], xa.range[1]] as [number, number],
          yRange: [ya.range[0], ya.range[1]] as [number, number],
        };
      });
  }

  /**
   * Drags a handle with the mouse (pointer events) to data coordinates (x, y), in several moves as a
   * person would. y defaults to the handle's own height; `whileHeld` runs before the button is
   * released.
   */
  async dragHandle(
    chart: string,
    id: string,
    x: number,
    y?: number,
    whileHeld?: () => Promise<void>,
  ): Promise<void> {
    const handle = this.handle(id);
    await scrollToCentre(handle);
    await expect(handle).toBeVisible();
    // Not while numbers are on their way: the chart redraws when they land (its axes may change),
    // and until then two reads of a handle agree although it is about to move.
    // Not while keys still step a control (their interaction ends 500 ms after the last press, and
    // its release redraw may change the axes).
    await expect(this.page.locator('html')).not.toHaveAttribute('data-interacting');
    // (Charts scrolled away stay busy until they come into view: only this one's state matters.)
    await expect(this.page.locator('[aria-busy="true"]:not(figure)')).toHaveCount(0);
    await expect(this.page.getByTestId(chart)).not.toHaveAttribute('aria-busy', 'true');
    const box = await this.axes(chart);
    const graph = await this.page.getByTestId(chart).locator('.js-plotly-plot').boundingBox();
    // Once it has stopped moving: the overlay follows Plotly's relayout, which runs after a paint.
    // Polled until two reads agree; a handle that never settles fails the test here, by name.
    let start = await handle.boundingBox();
    await expect
      .poll(
        async () => {
          const next = await handle.boundingBox();
          const settled =
            !!start &&
            !!next &&
            Math.abs(start.x - next.x) < 0.5 &&
            Math.abs(start.y - next.y) < 0.5;
          start = next;
          return settled;
        },
        { message: `handle ${id} on ${chart} did not stop moving` },
      )
      .toBe(true);
    if (!graph || !start) throw new Error(`chart ${chart} or handle ${id} not laid out`);
    const [x0, x1] = box.xRange;
    const [y0, y1] = box.yRange;
    const sx = start.x + start.width / 2;
    const sy = start.y + start.height / 2;
    const tx = graph.x + box.xOffset + ((x - x0) / (x1 - x0)) * box.xLength;
    const ty = y === undefined ? sy : graph.y + box.yOffset + ((y1 - y) / (y1 - y0)) * box.yLength;
    await this.page.mouse.move(sx, sy);
    await this.page.mouse.down();
    await this.page.mouse.move(tx, ty, { steps: 8 });
    await whileHeld?.();
    await this.page.mouse.up();
  }
}
