import { expect, type Page } from '@playwright/test';
import { scrollToCentre } from './explorer';

interface Axis {
  l2p(v: number): number;
  _offset: number;
}

export class FitPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  /** Opens the fit view for P; `extra` is appended to the query (e.g. '&units=bits'). */
  async open(p: string, extra = '') {
    // Reduced motion: the paths are shown whole at once instead of played (less work per test).
    await this.page.emulateMedia({ reducedMotion: 'reduce' });
    await this.page.goto(`/?view=fit&p=${encodeURIComponent(p)}${extra}`);
  }
  forward() {
    return this.page.getByTestId('fit-forward');
  }
  reverse() {
    return this.page.getByTestId('fit-reverse');
  }
  pathEnd() {
    return this.page.getByTestId('fit.pathEnd');
  }
  async num(which: 'forward' | 'reverse', attr: string) {
    return Number(await (which === 'forward' ? this.forward() : this.reverse()).getAttribute(attr));
  }
  async json(locator: ReturnType<Page['getByTestId']>, attr: string): Promise<unknown> {
    return JSON.parse((await locator.getAttribute(attr)) ?? 'null');
  }
  /** Page pixel of data point (x, y) in the Plotly chart `plotTestId`, from Plotly's own axes. */
  async pixel(plotTestId: string, x: number, y: number): Promise<{ x: number; y: number }> {
    return this.page.evaluate(
      ([id, dx, dy]) => {
        const gd = document.querySelector(`[data-testid="${id}"] .js-plotly-plot`) as
          (HTMLElement & { _fullLayout: { xaxis: Axis; yaxis: Axis } }) | null;
        if (!gd) throw new Error(`no plot ${id}`);
        const r = gd.getBoundingClientRect();
        const { xaxis, yaxis } = gd._fullLayout;
        return {
          x: r.left + xaxis._offset + xaxis.l2p(dx),
          y: r.top + yaxis._offset + yaxis.l2p(dy),
        };
      },
      [plotTestId, x, y] as const,
    );
  }
  /**
   * Mean and standard deviation of the curve a chart draws as its trace named `name`, from the
   * Plotly graph div's own `data` (what is on screen), by the trapezoidal rule on its grid; null
   * until the trace has points.
   */
  async drawnMoments(plotTestId: string, name = 'Q') {
    return this.page.evaluate(
      ([id, traceName]) => {
        const gd = document.querySelector(`[data-testid="${id}"] .js-plotly-plot`) as
          | (HTMLElement & {
              data?: { name?: string; x: (number | null)[]; y: (number | null)[] }[];
            })
          | null;
        const t = gd?.data?.find((d) => d.name === traceName);
        if (!t || t.x.length < 3 || t.x[0] === null) return null;
        const x = t.x as number[];
        const y = t.y as number[];
        let mass = 0;
        let m1 = 0;
        let m2 = 0;
        for (let i = 1; i < x.length; i++) {
          const h = x[i]! - x[i - 1]!;
          const f = (k: number) => [y[k]!, x[k]! * y[k]!, x[k]! * x[k]! * y[k]!] as const;
          const [a0, a1, a2] = f(i - 1);
          const [b0, b1, b2] = f(i);
          mass += (h * (a0 + b0)) / 2;
          m1 += (h * (a1 + b1)) / 2;
          m2 += (h * (a2 + b2)) / 2;
        }
        const mean = m1 / mass;
        return { mass, mean, sd: Math.sqrt(m2 / mass - mean * mean) };
      },
      [plotTestId, name] as const,
    );
  }

  /**
   * Waits until handle `handleTestId` sits over data x-coordinate `x` of chart `plotTestId` (the
   * overlay has caught up with the state and with Plotly's layout), and returns its box: a press
   * then lands on the handle, however loaded the machine is.
   */
  async handleAt(handleTestId: string, plotTestId: string, x: number) {
    const handle = this.page.getByTestId(handleTestId);
    await scrollToCentre(handle);
    await expect
      .poll(
        async () => {
          const box = await handle.boundingBox();
          const at = await this.pixel(plotTestId, x, 0);
          return box ? Math.abs(box.x + box.width / 2 - at.x) : Infinity;
        },
        { message: `${handleTestId} over x = ${x}` },
      )
      .toBeLessThan(1);
    return (await handle.boundingBox())!;
  }

  /** Drags handle `handleTestId`, found over data x = `from`, to data point (x, y) of `plotTestId`. */
  async dragFrom(handleTestId: string, plotTestId: string, from: number, x: number, y: number) {
    const box = await this.handleAt(handleTestId, plotTestId, from);
    const to = await this.pixel(plotTestId, x, y);
    const m = this.page.mouse;
    await m.move(box.x + box.width / 2, box.y + box.height / 2);
    await m.down();
    await m.move(to.x, to.y, { steps: 8 });
    await m.up();
  }

  /**
   * The handle's box once it has stopped moving: the overlay follows Plotly's relayout (a redraw
   * runs after the paint, and the overlay re-reads the axes a few times a second), so right after a
   * change a handle can still be on its way to its new place.
   */
  async settledBox(handleTestId: string) {
    const handle = this.page.getByTestId(handleTestId);
    await scrollToCentre(handle);
    let last = await handle.boundingBox();
    await expect
      .poll(
        async () => {
          const next = await handle.boundingBox();
          const settled =
            !!last && !!next && Math.abs(last.x - next.x) < 0.5 && Math.abs(last.y - next.y) < 0.5;
          last = next;
          return settled;
        },
        { message: `handle ${handleTestId} did not settle` },
      )
      .toBe(true);
    return last!;
  }

  /** Drags the element `handleTestId` to data point (x, y) of chart `plotTestId` with the mouse. */
  async drag(handleTestId: string, plotTestId: string, x: number, y: number) {
    const box = await this.settledBox(handleTestId);
    const to = await this.pixel(plotTestId, x, y);
    const m = this.page.mouse;
    await m.move(box.x + box.width / 2, box.y + box.height / 2);
    await m.down();
    await m.move(to.x, to.y, { steps: 8 });
    await m.up();
  }
}
