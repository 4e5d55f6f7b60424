import { test, expect } from './fixtures';

// Plot handles from the keyboard and under a finger (issue 12's Keyboard and Phones sections).
test.describe.configure({ timeout: 60_000 });

test('the Bernoulli slider steps 0.01 per arrow press, 0.001 with Shift', async ({ page }) => {
  await page.goto('/?p=Bern(0.3)&q=Bern(0.6)');
  const slider = page.getByTestId('p.bern.slider');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('p.bern.number')).toHaveValue('0.31');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByTestId('p.bern.number')).toHaveValue('0.311');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('p.bern.number')).toHaveValue('0.31');
  // KL(Bern(0.31)‖Bern(0.6)) = 0.31 ln(0.31/0.6) + 0.69 ln(0.69/0.4), by hand.
  const kl = 0.31 * Math.log(0.31 / 0.6) + 0.69 * Math.log(0.69 / 0.4);
  await expect
    .poll(async () => Number(await page.getByTestId('kl-pq').getAttribute('data-value')))
    .toBeCloseTo(kl, 12);
});

test('a plot handle is reached by Tab, shows a focus ring and moves with the arrow keys', async ({
  page,
}) => {
  await page.goto('/?p=N(0,1)&q=N(1,2)');
  const peak = page.getByTestId('handle.p.0.peak');
  await expect(peak).toBeVisible();
  await expect(peak).toHaveAccessibleName(/P peak: mean μ = 0/);
  // Q's handles come first in the overlay; Tab from Q's last one reaches P's peak.
  await page.getByTestId('handle.q.0.shoulder-r').focus();
  await page.keyboard.press('Tab');
  await expect(peak).toBeFocused();
  const ring = await peak.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(ring).toBe('solid');
  // 1% of the x axis's range per press: read the range from the drawn chart.
  const span = await page
    .getByTestId('chart-density')
    .locator('.js-plotly-plot')
    .evaluate((el) => {
      const r = (el as unknown as { _fullLayout: { xaxis: { range: number[] } } })._fullLayout.xaxis
        .range;
      return r[1]! - r[0]!;
    });
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect
    .poll(async () => Number(await page.getByTestId('p.normal.mu.number').inputValue()))
    .toBeCloseTo(0.03 * span, 2);
  await expect(peak).toBeFocused();
  // KL(N(μ,1)‖N(1,2)) = ln 2 + (1 + (μ − 1)²)/8 − ½ at the μ the field shows.
  const mu = Number(await page.getByTestId('p.normal.mu.number').inputValue());
  await expect
    .poll(async () => Number(await page.getByTestId('kl-pq').getAttribute('data-value')))
    .toBeCloseTo(Math.log(2) + (1 + (mu - 1) ** 2) / 8 - 0.5, 3);
});

test('handles that would sit on each other are spread apart, and a press grabs the nearest', async ({
  page,
}) => {
  // P = Q: every handle of P sits on Q's.
  await page.goto('/?p=N(0,1)&q=N(0,1)');
  const p = page.getByTestId('handle.p.0.peak');
  const q = page.getByTestId('handle.q.0.peak');
  await expect(p).toBeVisible();
  await p.scrollIntoViewIfNeeded();
  const [bp, bq] = [await p.boundingBox(), await q.boundingBox()];
  const apart = Math.hypot(bp!.x - bq!.x, bp!.y - bq!.y);
  expect(apart).toBeGreaterThanOrEqual(10);
  // Each handle is a 44 px target.
  expect(bp!.width).toBeGreaterThanOrEqual(44);
  expect(bp!.height).toBeGreaterThanOrEqual(44);
  // Press at P's drawn centre and drag right: P moves, Q stays.
  const cx = bp!.x + bp!.width / 2;
  const cy = bp!.y + bp!.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx + 60, cy, { steps: 6 });
  await page.mouse.up();
  await expect
    .poll(async () => Number(await page.getByTestId('p.normal.mu.number').inputValue()))
    .toBeGreaterThan(0.2);
  expect(Number(await page.getByTestId('q.normal.mu.number').inputValue())).toBe(0);
});

test('an N2 centre moves with the arrow keys in both directions', async ({ page }) => {
  await page.goto('/?p=N2(0,0,1,1,0)&q=N2(1,0,1.5,1,0)');
  const centre = page.getByTestId('handle.p.0.centre');
  await expect(centre).toBeVisible();
  await centre.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await expect
    .poll(async () => Number(await page.getByTestId('p.n2.my.number').inputValue()))
    .toBeGreaterThan(0);
  await expect
    .poll(async () => Number(await page.getByTestId('p.n2.mx.number').inputValue()))
    .toBeLessThan(0);
});

test('a dragged peak rising above the axes pinned for the drag stays on the plot edge and keeps following the pointer', async ({
  page,
}) => {
  // Component 0's peak moves towards component 1: the mixture's density at it rises above the y
  // range of the last full draw, which the drag keeps. The handle's button used to leave the DOM
  // there, taking the pointer capture with it, and the drag stalled.
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.goto(
    '/?p=Mix(0.25*N(-3,0.8),0.25*N(-1,0.6),0.25*N(1,0.7),0.25*N(3,0.9))&q=Mix(0.3*N(-2.5,1),0.2*N(-0.5,0.5),0.3*N(1.5,0.9),0.2*N(3.5,0.6))',
  );
  const peak = page.getByTestId('handle.p.0.peak');
  await expect(peak).toBeVisible();
  const plot = page.getByTestId('chart-density').locator('.js-plotly-plot');
  const axis = () =>
    plot.evaluate((gd) => {
      const { xaxis, yaxis } = (
        gd as unknown as {
          _fullLayout: { xaxis: { _m: number }; yaxis: { range: number[] } };
        }
      )._fullLayout;
      return { m: xaxis._m, top: yaxis.range[1]! };
    });
  const { m, top } = await axis();
  // Where the drag ends, μ₀ = −3 + 80/m: the density there is well above the y axis's top.
  const muEnd = -3 + 80 / m;
  const phi = (x: number, mu: number, s: number) =>
    Math.exp(-0.5 * ((x - mu) / s) ** 2) / (s * Math.sqrt(2 * Math.PI));
  const densityAtEnd = 0.25 * (phi(muEnd, muEnd, 0.8) + phi(muEnd, -1, 0.6));
  expect(densityAtEnd).toBeGreaterThan(top);

  const box = (await peak.boundingBox())!;
  const [x0, y0] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let dx = 8; dx <= 80; dx += 8) {
    await page.mouse.move(x0 + dx, y0);
    // The peak snaps to 0.01: the handle shows μ₀ = −3 + dx/m to that step.
    await expect
      .poll(async () => Number(await peak.getAttribute('data-x')))
      .toBeCloseTo(-3 + dx / m, 1);
  }
  // Mid-drag, the axes are still the pinned ones, and the handle sits on their top edge.
  expect((await axis()).top).toBe(top);
  const overlay = (await page.getByTestId('chart-density.overlay').boundingBox())!;
  const edge = (await peak.boundingBox())!;
  expect(edge.y + edge.height / 2).toBeGreaterThanOrEqual(overlay.y);
  await page.mouse.up();
  await expect
    .poll(async () => Number(await page.getByTestId('p.mix.0.mu.number').inputValue()))
    .toBeCloseTo(muEnd, 1);
});
