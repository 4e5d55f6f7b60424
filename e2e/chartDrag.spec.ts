import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

// During a drag the charts' marks are moved in the SVG directly (src/ui/plots/moveMarks.ts), not
// by Plotly: these check, mid-drag and after the release (Plotly's own draw), that the marks stand
// where the values put them on Plotly's axes, against values derived by hand.
test.describe.configure({ timeout: 60_000 });
// Tall enough that the editor and the charts are on screen together: a chart out of view does not
// redraw during a drag (Plot.tsx), and would catch up only on release.
test.use({ viewport: { width: 1920, height: 1400 } });

/** What `readTrace` returns: the marks' SVG, and the trace's axis maps (px = m·value + b). */
interface TraceMarks {
  /** Per element matching the selector: its `d`, its text, and the `d`s of the paths inside. */
  readonly marks: { d: string; text: string; inner: string }[];
  readonly x: { m: number; b: number };
  readonly y: { m: number; b: number };
  /** The levels Plotly drew a contour trace at. */
  readonly contours: { start: number; size: number } | null;
}

/**
 * The elements matching `selector` in trace `index`'s group of chart `chart` (Plotly binds each
 * group to its calcdata, whose first entry names the trace), read as the page shows them.
 */
const readTrace = (page: Page, chart: string, index: number, selector: string) =>
  page
    .getByTestId(chart)
    .locator('.js-plotly-plot')
    .evaluate(
      (gd, [t, sel]): TraceMarks => {
        const full = gd as unknown as {
          _fullData: { xaxis: string; yaxis: string; contours?: { start: number; size: number } }[];
          _fullLayout: Record<string, { _m: number; _b: number }>;
        };
        const group = [...gd.querySelectorAll('g.trace, g.contour')].find(
          (el) =>
            (el as unknown as { __data__?: { trace?: { index?: number } }[] }).__data__?.[0]?.trace
              ?.index === t,
        );
        const trace = full._fullData[t as number]!;
        const axis = (id: string) => {
          const a = full._fullLayout[`${id[0]}axis${id.slice(1)}`]!;
          return { m: a._m, b: a._b };
        };
        return {
          marks: [...(group?.querySelectorAll(sel as string) ?? [])].map((el) => ({
            d: el.getAttribute('d') ?? '',
            text: el.textContent ?? '',
            inner: [...el.querySelectorAll('path')].map((p) => p.getAttribute('d') ?? '').join(''),
          })),
          x: axis(trace.xaxis),
          y: axis(trace.yaxis),
          contours: trace.contours ?? null,
        };
      },
      [index, selector] as const,
    );

const toValue = (a: { m: number; b: number }, px: number) => (px - a.b) / a.m;
/** The "x,y" pairs of a path's d, in px. */
const vertices = (d: string) =>
  [...d.matchAll(/([-\d.e]+),([-\d.e]+)/g)].map((m): [number, number] => [
    Number(m[1]),
    Number(m[2]),
  ]);

/** A bar's height (path 'M x0,y0 V y1 H x1 V y0 Z') in data units of its y axis. */
async function barValue(page: Page, chart: string, trace: number, point: number) {
  const t = await readTrace(page, chart, trace, 'g.point > path');
  const m = /^M[-\d.e]+,([-\d.e]+)V([-\d.e]+)H/.exec(t.marks[point]?.d ?? '');
  return m ? toValue(t.y, Number(m[2])) - toValue(t.y, Number(m[1])) : NaN;
}

/** The value label of point `point` of text trace `trace`. */
const labelText = async (page: Page, chart: string, trace: number, point: number) =>
  (await readTrace(page, chart, trace, 'g.textpoint > text')).marks[point]?.text ?? '';

/** The highest point of the curve of trace `trace`, in data units. */
async function curvePeak(page: Page, chart: string, trace: number) {
  const t = await readTrace(page, chart, trace, 'path.js-line');
  const top = vertices(t.marks[0]?.d ?? '').reduce((a, b) => (b[1] < a[1] ? b : a));
  return { x: toValue(t.x, top[0]), y: toValue(t.y, top[1]) };
}

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
        .filter(
          (e) => ((e as PerformanceMeasure).detail as { direct?: boolean } | null)?.direct === true,
        ).length,
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
  const levelVertices = async () => {
    const t = await readTrace(page, 'chart-density2', 1, 'g.contourlevel');
    const { start, size } = t.contours!;
    return t.marks.flatMap(({ inner }, k) =>
      vertices(inner).map(([x, y]): [number, number, number] => [
        toValue(t.x, x),
        toValue(t.y, y),
        start + k * size,
      ]),
    );
  };
  // Wait for the chart to follow the slider: the vertices' mean x moves with μx.
  await expect
    .poll(async () => {
      const v = await levelVertices();
      return v.reduce((s, [x]) => s + x, 0) / Math.max(1, v.length);
    })
    .toBeCloseTo(mx, 0);
  const v = await levelVertices();
  expect(v.length).toBeGreaterThan(20);
  // Smoothed at rest or straight mid-drag, a line through the grid stays within a few % of the
  // peak of its level (linear interpolation inside 0.1-wide cells).
  for (const [x, y, level] of v)
    expect(Math.abs(density(x!, y!) - level!)).toBeLessThan(0.05 * peak);
  await page.mouse.up();
});
