import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

// During a drag the charts' marks are moved in the SVG directly (src/ui/plots/moveMarks.ts), not
// by Plotly: these check, mid-drag and after the release (Plotly's own draw), that the marks stand
// where the values put them on Plotly's axes, against values derived by hand.
test.describe.configure({ timeout: 60_000 });
// Tall enough that the editor and the charts are on screen together: a chart out of view does not
// redraw during a drag (Plot.tsx), and would catch up only on release.
test.use({ viewport: { width: 1920, height: 1400 } });

/** A bar's base and top (path 'M x0,y0 V y1 H x1 V y0 Z') in data units of its y axis. */
async function barValue(page: Page, chart: string, trace: number, point: number) {
  return page
    .getByTestId(chart)
    .locator('.js-plotly-plot')
    .evaluate(
      (gd, [t, i]) => {
        const g = [...gd.querySelectorAll('g.trace')].find(
          (el) =>
            (el as unknown as { __data__: { trace: { index: number } }[] }).__data__?.[0]?.trace
              ?.index === t,
        );
        const d = g?.querySelectorAll('g.point > path')[i!]?.getAttribute('d') ?? '';
        const m = /^M[-\d.e]+,([-\d.e]+)V([-\d.e]+)H/.exec(d);
        const full = gd as unknown as {
          _fullData: { yaxis: string }[];
          _fullLayout: Record<string, { p2l(px: number): number }>;
        };
        const axis = full._fullLayout[`yaxis${full._fullData[t!]!.yaxis.slice(1)}`]!;
        return m ? axis.p2l(Number(m[2])) - axis.p2l(Number(m[1])) : NaN;
      },
      [trace, point],
    );
}

/** The value label of point `point` of text trace `trace`. */
const labelText = (page: Page, chart: string, trace: number, point: number) =>
  page
    .getByTestId(chart)
    .locator('.js-plotly-plot')
    .evaluate(
      (gd, [t, i]) => {
        const g = [...gd.querySelectorAll('g.trace')].find(
          (el) =>
            (el as unknown as { __data__: { trace: { index: number } }[] }).__data__?.[0]?.trace
              ?.index === t,
        );
        return g?.querySelectorAll('g.textpoint > text')[i!]?.textContent ?? '';
      },
      [trace, point],
    );

/** The highest point of the curve of trace `trace` (path 'M x,y L x,y …') in data units. */
const curvePeak = (page: Page, chart: string, trace: number) =>
  page
    .getByTestId(chart)
    .locator('.js-plotly-plot')
    .evaluate((gd, t) => {
      const g = [...gd.querySelectorAll('g.trace')].find(
        (el) =>
          (el as unknown as { __data__: { trace: { index: number } }[] }).__data__?.[0]?.trace
            ?.index === t,
      );
      const d = g?.querySelector('path.js-line')?.getAttribute('d') ?? '';
      const pts = d
        .slice(1)
        .split('L')
        .map((p) => p.split(',').map(Number) as [number, number]);
      const full = gd as unknown as {
        _fullData: { xaxis: string; yaxis: string }[];
        _fullLayout: Record<string, { p2l(px: number): number }>;
      };
      const key = (id: string) => `${id[0]}axis${id.slice(1)}`;
      const xa = full._fullLayout[key(full._fullData[t]!.xaxis)]!;
      const ya = full._fullLayout[key(full._fullData[t]!.yaxis)]!;
      const top = pts.reduce((a, b) => (b[1] < a[1] ? b : a));
      return { x: xa.p2l(top[0]), y: ya.p2l(top[1]) };
    }, trace);

/** Presses the slider's thumb and moves it `dx` px, keeping the pointer down. */
async function holdSlider(page: Page, testId: string, dx: number) {
  const box = (await page.getByTestId(testId).boundingBox())!;
  const value = Number(await page.getByTestId(testId).inputValue());
  const min = Number(await page.getByTestId(testId).getAttribute('min'));
  const max = Number(await page.getByTestId(testId).getAttribute('max'));
  // The thumb's centre, approximately: where the value sits along the track.
  const x = box.x + ((value - min) / (max - min)) * box.width;
  await page.mouse.move(x, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(x + (dx * i) / 5, box.y + box.height / 2);
}

test('mid-drag, the Bernoulli bars and labels stand at the slider’s value; released, the same', async ({
  page,
}) => {
  await page.goto('/?p=Bern(0.3)&q=Bern(0.6)');
  await expect(page.getByTestId('chart-distributions').locator('.main-svg').first()).toBeVisible();
  await expect.poll(() => barValue(page, 'chart-distributions', 0, 1)).toBeCloseTo(0.3, 2);
  await holdSlider(page, 'p.bern.slider', 120);
  const p = Number(await page.getByTestId('p.bern.number').inputValue());
  expect(p).toBeGreaterThan(0.35);
  // P's bars are 1 − p and p, Q's stay 0.4 and 0.6; the labels say so.
  await expect.poll(() => barValue(page, 'chart-distributions', 0, 1)).toBeCloseTo(p, 2);
  expect(await barValue(page, 'chart-distributions', 0, 0)).toBeCloseTo(1 - p, 2);
  expect(await barValue(page, 'chart-distributions', 1, 1)).toBeCloseTo(0.6, 2);
  await expect
    .poll(async () => Number(await labelText(page, 'chart-distributions', 2, 1)))
    .toBeCloseTo(p, 2);
  // The measures chart's KL(P‖Q) bar: KL(Bern(p)‖Bern(0.6)) = p ln(p/0.6) + (1 − p) ln((1 − p)/0.4).
  const kl = p * Math.log(p / 0.6) + (1 - p) * Math.log((1 - p) / 0.4);
  await expect.poll(() => barValue(page, 'chart-measures', 0, 0)).toBeCloseTo(kl, 2);
  // …and they were moved directly, not redrawn by Plotly (the redraw scheduler's measures).
  const direct = await page.evaluate(
    () =>
      performance
        .getEntriesByName('chart-redraw')
        .filter((e) => (e as PerformanceMeasure).detail === 'direct').length,
  );
  expect(direct).toBeGreaterThan(0);
  await page.mouse.up();
  // Released: Plotly draws the settled figure (autorange) with the same values.
  await expect.poll(() => barValue(page, 'chart-distributions', 0, 1)).toBeCloseTo(p, 2);
  expect(await barValue(page, 'chart-measures', 0, 0)).toBeCloseTo(kl, 2);
});

test('mid-drag, the density curve of N(μ, 1) peaks at μ with height 1/√(2π)', async ({ page }) => {
  await page.goto('/?p=N(0,1)&q=N(1,2)');
  await expect(page.getByTestId('chart-density').locator('.main-svg').first()).toBeVisible();
  await holdSlider(page, 'p.normal.mu.slider', 60);
  const mu = Number(await page.getByTestId('p.normal.mu.number').inputValue());
  expect(mu).toBeGreaterThan(0.2);
  // p(x) is the second trace (after the integrand); its grid may miss the peak by half a step.
  await expect.poll(async () => (await curvePeak(page, 'chart-density', 1)).x).toBeCloseTo(mu, 1);
  const peak = await curvePeak(page, 'chart-density', 1);
  expect(peak.y).toBeGreaterThan(0.99 / Math.sqrt(2 * Math.PI));
  expect(peak.y).toBeLessThan(1.001 / Math.sqrt(2 * Math.PI));
  await page.mouse.up();
  await expect.poll(async () => (await curvePeak(page, 'chart-density', 1)).x).toBeCloseTo(mu, 1);
});

test('mid-drag, the p(x, y) contours of N2(μx, 0, 1, 1, 0.6) lie on its level sets', async ({
  page,
}) => {
  await page.goto('/?p=N2(0,0,1,1,0.6)&q=N2(0.5,0,1.5,1,0)');
  await expect(page.getByTestId('chart-density2').locator('.main-svg').first()).toBeVisible();
  await holdSlider(page, 'p.n2.mx.slider', 60);
  const mx = Number(await page.getByTestId('p.n2.mx.number').inputValue());
  expect(mx).toBeGreaterThan(0.2);
  // The density by hand: exp(−(u² − 2ρuv + v²)/(2(1 − ρ²))) / (2π√(1 − ρ²)), u = x − μx, v = y.
  const rho = 0.6;
  const density = (x: number, y: number) =>
    Math.exp(-((x - mx) ** 2 - 2 * rho * (x - mx) * y + y * y) / (2 * (1 - rho * rho))) /
    (2 * Math.PI * Math.sqrt(1 - rho * rho));
  const peak = density(mx, 0);
  // Every vertex of every level line of trace 1 (p's contours), in data units, with its level.
  const vertices = () =>
    page
      .getByTestId('chart-density2')
      .locator('.js-plotly-plot')
      .evaluate((gd) => {
        const full = gd as unknown as {
          _fullData: { contours?: { start: number; size: number } }[];
          _fullLayout: Record<string, { p2l(px: number): number }>;
        };
        const g = [...gd.querySelectorAll('g.contour')].find(
          (el) =>
            (el as unknown as { __data__: { trace: { index: number } }[] }).__data__?.[0]?.trace
              ?.index === 1,
        );
        const { start, size } = full._fullData[1]!.contours!;
        const out: [number, number, number][] = [];
        g?.querySelectorAll('g.contourlevel').forEach((level, k) =>
          level.querySelectorAll('path').forEach((p) => {
            for (const m of (p.getAttribute('d') ?? '').matchAll(/([-\d.]+),([-\d.]+)/g))
              out.push([
                full._fullLayout.xaxis!.p2l(Number(m[1])),
                full._fullLayout.yaxis!.p2l(Number(m[2])),
                start + k * size,
              ]);
          }),
        );
        return out;
      });
  // Wait for the chart to follow the slider: the vertices' mean x moves with μx.
  await expect
    .poll(async () => {
      const v = await vertices();
      return v.reduce((s, [x]) => s + x, 0) / Math.max(1, v.length);
    })
    .toBeCloseTo(mx, 0);
  const v = await vertices();
  expect(v.length).toBeGreaterThan(20);
  // Smoothed at rest or straight mid-drag, a line through the grid stays within a few % of the
  // peak of its level (linear interpolation inside 0.1-wide cells).
  for (const [x, y, level] of v) expect(Math.abs(density(x, y) - level)).toBeLessThan(0.05 * peak);
  await page.mouse.up();
});
