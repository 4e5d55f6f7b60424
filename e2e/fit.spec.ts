import { expect, test } from './fixtures';
import { FitPage } from './pages/fit';

// References: scripts/references/fit_reverse.py (mpmath, 30 digits), P = ½N(−3,1) + ½N(3,1):
// reverse optimum N(±2.984305987835742, 1.023368559661197), KL(Q‖P) = 0.688768995854964;
// at the forward fit N(0, √10), KL(P‖Q) = 0.461994613467945.
const MODE_MU = 2.984305987835742;
const MODE_SIGMA = 1.023368559661197;
const MODE_KL = 0.688768995854964;
const CENTRED_SIGMA = 2.743769309091214;

test('fit view: forward and reverse readouts for ½N(−3,1)+½N(3,1)', async ({ page }) => {
  const fit = new FitPage(page);
  await fit.open('Mix(0.5*N(-3,1),0.5*N(3,1))');
  await expect(fit.forward()).toBeVisible();
  // Moment matching by hand: μ = 0, σ² = ½(1 + 9) + ½(1 + 9) = 10.
  expect(Math.abs(await fit.num('forward', 'data-mu'))).toBeLessThan(1e-9);
  expect(Math.abs((await fit.num('forward', 'data-sigma')) - Math.sqrt(10))).toBeLessThan(1e-9);
  expect(Math.abs((await fit.num('forward', 'data-kl')) - 0.461994613467945)).toBeLessThan(1e-4);
  await page.getByTestId('fit.start').click();
  await expect(fit.reverse()).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  expect(Math.abs(Math.abs(await fit.num('reverse', 'data-mu')) - MODE_MU)).toBeLessThan(1e-4);
  expect(Math.abs((await fit.num('reverse', 'data-sigma')) - MODE_SIGMA)).toBeLessThan(1e-4);
  expect(Math.abs((await fit.num('reverse', 'data-kl')) - MODE_KL)).toBeLessThan(1e-4);
  await expect(page.getByTestId('fit.minima')).toContainText('of 12 restarts');
});

test('dragging Q’s start to the other side makes the path reach the other mode (1-D)', async ({
  page,
}) => {
  // Three drags and two fits: on a machine shared with other jobs this needs more than the default
  // budget (a budget, not a timing assertion: every step waits on state).
  test.slow();
  const fit = new FitPage(page);
  await fit.open('Mix(0.5*N(-3,1),0.5*N(3,1))', '&q=N(0,2)');
  // The default start N(−4.5, 1) lies beyond the left mode (src/core/fit/start1.ts): the path the
  // view runs at once ends on that mode, N(−2.984…, 1.023…) (fit_reverse.py).
  await expect(fit.pathEnd()).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  expect(Math.abs(Number(await fit.pathEnd().getAttribute('data-mu')) + MODE_MU)).toBeLessThan(
    1e-4,
  );
  await expect(page.getByTestId('fit.startMu')).toHaveValue('-4.5');
  // Drag the peak to μ = 3.5, then the shoulder to μ + 0.8 (σ = 0.8): a narrow start on the right.
  // Each drag first waits until its handle is over the start's current x (state, not time).
  await fit.dragFrom('fit.dragMu', 'fit.reversePlot', -4.5, 3.5, 0.1);
  await expect(fit.pathEnd()).toHaveAttribute('data-state', 'idle');
  await expect(page.getByTestId('fit.startMu')).not.toHaveValue('-4.5');
  const mu = Number(await page.getByTestId('fit.startMu').inputValue());
  expect(Math.abs(mu - 3.5)).toBeLessThan(0.2);
  await fit.dragFrom('fit.dragSigma', 'fit.reversePlot', mu + 1, mu + 0.8, 0.1);
  await expect(page.getByTestId('fit.startSigma')).not.toHaveValue('1');
  const sigma = Number(await page.getByTestId('fit.startSigma').inputValue());
  expect(Math.abs(sigma - 0.8)).toBeLessThan(0.15);
  // The start is in the link.
  await expect.poll(() => page.evaluate(() => location.search)).toContain(`start=${mu},${sigma}`);
  await page.getByTestId('fit.start').click();
  await expect(fit.pathEnd()).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  expect(Math.abs(Number(await fit.pathEnd().getAttribute('data-mu')) - MODE_MU)).toBeLessThan(
    1e-4,
  );
  expect(
    Math.abs(Number(await fit.pathEnd().getAttribute('data-sigma')) - MODE_SIGMA),
  ).toBeLessThan(1e-4);
});

for (const [what, url] of [
  ['the bimodal fit link', '/?view=fit&p=Mix(0.5*N(-3,1),0.5*N(3,1))&q=N(0,2)'],
  ['the mode-seeking lesson', '/?v=1&lesson=mode-seeking&step=1'],
] as const) {
  test(`${what}: the reverse chart draws fit-reverse’s optimum, at a mode; the forward chart the moment match`, async ({
    page,
  }) => {
    const fit = new FitPage(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(url);
    await expect(fit.reverse()).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    const mu = await fit.num('reverse', 'data-mu');
    const sigma = await fit.num('reverse', 'data-sigma');
    // The drawn curve's own moments (trapezoidal rule on its 400 points over ±8.7: > 5.6 σ from
    // the mode, so the truncation and the rule are far below 1e-4).
    await expect
      .poll(async () => {
        const m = await fit.drawnMoments('fit.reversePlot');
        return m ? Math.abs(m.mean - mu) + Math.abs(m.sd - sigma) : Infinity;
      })
      .toBeLessThan(1e-4);
    // At a mode: the mpmath optimum N(±2.9843…, 1.0233…), not the centred N(0, 2.74).
    const m = (await fit.drawnMoments('fit.reversePlot'))!;
    expect(Math.abs(Math.abs(m.mean) - MODE_MU)).toBeLessThan(1e-3);
    expect(Math.abs(m.sd - MODE_SIGMA)).toBeLessThan(1e-3);
    // The forward chart's Q: N(0, √10) by moment matching (hand derivation in the first test).
    // Its tails beyond ±8.7 (2.75 σ) hold 0.6 % of the mass: the drawn sd is a little smaller.
    const f = (await fit.drawnMoments('fit.forwardPlot'))!;
    expect(Math.abs(f.mean)).toBeLessThan(1e-6);
    expect(f.sd).toBeGreaterThan(2.9);
    expect(f.sd).toBeLessThan(Math.sqrt(10));
    // The path from the default start ends on the mode too: no local-minimum note.
    await expect(page.getByTestId('fit.pathNote.reverse')).toHaveAttribute('data-local', 'false');
  });
}

test('a start in the middle: the path ends in the centred local minimum and the chart says so', async ({
  page,
}) => {
  const fit = new FitPage(page);
  // start=-1.6,1.9: the old default start, whose path ends at N(0, 2.7437…) (fit_reverse.py).
  await fit.open('Mix(0.5*N(-3,1),0.5*N(3,1))', '&q=N(0,2)&start=-1.6,1.9');
  await expect(fit.pathEnd()).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  expect(Math.abs(Number(await fit.pathEnd().getAttribute('data-mu')))).toBeLessThan(1e-4);
  expect(
    Math.abs(Number(await fit.pathEnd().getAttribute('data-sigma')) - CENTRED_SIGMA),
  ).toBeLessThan(1e-4);
  const note = page.getByTestId('fit.pathNote.reverse');
  await expect(note).toHaveAttribute('data-local', 'true');
  await expect(note).toContainText('local minimum');
  // The solid Q is still the global optimum, at a mode.
  await expect(fit.reverse()).toHaveAttribute('data-state', 'done');
  await expect
    .poll(async () =>
      Math.abs(Math.abs((await fit.drawnMoments('fit.reversePlot'))?.mean ?? 0) - MODE_MU),
    )
    .toBeLessThan(1e-3);
});

test('2-D: forward by hand, reverse mode-locked; dragging the start reaches the right mode', async ({
  page,
}) => {
  const fit = new FitPage(page);
  await fit.open('Mix(0.5*N2(-3,0,1,1,0),0.5*N2(3,0,1,1,0))');
  // Forward by hand: mean (0, 0); cov = ½(I + d₁d₁ᵀ) + ½(I + d₂d₂ᵀ) with d = (∓3, 0): [[10, 0], [0, 1]].
  const fm = (await fit.json(fit.forward(), 'data-mean')) as number[];
  const fc = (await fit.json(fit.forward(), 'data-cov')) as number[][];
  expect(Math.hypot(fm[0]!, fm[1]!)).toBeLessThan(1e-12);
  expect(Math.abs(fc[0]![0]! - 10) + Math.abs(fc[0]![1]!) + Math.abs(fc[1]![1]! - 1)).toBeLessThan(
    1e-12,
  );
  // Reverse: P = p₁(x)·N(0,1)(y), so the optimum is the 1-D one in x times N(0, 1) in y
  // (src/core/fit/__tests__/reverse2.test.ts derives it); σ_x² = 1.023368559661197².
  await expect(fit.reverse()).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  const m = (await fit.json(fit.reverse(), 'data-mean')) as number[];
  const c = (await fit.json(fit.reverse(), 'data-cov')) as number[][];
  expect(Math.abs(Math.abs(m[0]!) - MODE_MU)).toBeLessThan(1e-4);
  expect(Math.abs(m[1]!)).toBeLessThan(1e-4);
  expect(Math.abs(c[0]![0]! - MODE_SIGMA ** 2)).toBeLessThan(1e-4);
  expect(Math.abs(c[0]![1]!)).toBeLessThan(1e-4);
  expect(Math.abs(c[1]![1]! - 1)).toBeLessThan(1e-4);
  expect(Math.abs((await fit.num('reverse', 'data-kl')) - MODE_KL)).toBeLessThan(1e-4);
  // The default start, (−4.5, 0) beside the left mode (core/fit/start2.ts), is in that mode's
  // basin: its path locks onto it.
  await expect(fit.pathEnd()).toHaveAttribute('data-state', 'done');
  const first = (await fit.json(fit.pathEnd(), 'data-mean')) as number[];
  expect(Math.abs(first[0]! + MODE_MU)).toBeLessThan(1e-4);

  await fit.drag('fit.dragMean', 'fit.plot2d', 2.5, 0.5);
  await page.getByTestId('fit.start').click();
  await expect(fit.pathEnd()).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  const end = (await fit.json(fit.pathEnd(), 'data-mean')) as number[];
  expect(Math.abs(end[0]! - MODE_MU)).toBeLessThan(1e-4);
  expect(Math.abs(end[1]!)).toBeLessThan(1e-4);
});

test('in bits, the fit readouts divide by ln 2 and data-kl stays in nats', async ({ page }) => {
  const fit = new FitPage(page);
  await fit.open('Mix(0.5*N(-3,1),0.5*N(3,1))', '&units=bits');
  await expect(fit.forward()).toBeVisible();
  // KL(P‖Q) at the forward fit: 0.461994613467945 nats (mpmath, above) = 0.66652… bits.
  expect(Math.abs((await fit.num('forward', 'data-kl')) - 0.461994613467945)).toBeLessThan(1e-4);
  await expect(fit.forward()).toContainText(`${(0.461994613467945 / Math.LN2).toFixed(4)}`);
  await expect(fit.forward()).toContainText('bits (minimised)');
  await expect(fit.forward()).not.toContainText('nats');
});

test('2-D: the ends of the start ellipse’s axes reshape it', async ({ page }) => {
  const fit = new FitPage(page);
  await fit.open('Mix(0.5*N2(-3,0,1,1,0),0.5*N2(3,0,1,1,0))');
  const start = page.getByTestId('fit.start2');
  // The default start: the left mode's covariance I, its centre 1.5σ beyond it at (−4.5, 0)
  // (core/fit/start2.ts).
  await expect(start).toHaveAttribute('data-mean', JSON.stringify([-4.5, 0]));
  await expect(start).toHaveAttribute(
    'data-cov',
    JSON.stringify([
      [1, 0],
      [0, 1],
    ]),
  );
  // Long axis turned up to (−4.5, 2): a = 2 along y, b = 1 along x, so cov ≈ [[1, 0], [0, 4]].
  // The straight path from (−3.5, 0) passes 0.89 from the centre, nearer than the other axis's
  // length 1: the drag must keep its axis (useGestureOrigin.ts), not hand over to the other one.
  await fit.drag('fit.drag-major', 'fit.plot2d', -4.5, 2);
  await expect
    .poll(async () => ((await fit.json(start, 'data-cov')) as number[][])[1]![1]!)
    .toBeGreaterThan(3.5);
  let cov = (await fit.json(start, 'data-cov')) as number[][];
  expect(Math.abs(cov[0]![0]! - 1)).toBeLessThan(0.1);
  expect(Math.abs(cov[1]![1]! - 4)).toBeLessThan(0.3);
  expect(Math.abs(cov[0]![1]!)).toBeLessThan(0.15);
  // The short axis now ends at (−4.5 ± 1, 0); its left end pulled in to (−5, 0): b = 0.5, so
  // cov[0][0] ≈ 0.25. Both ends have handles; which one is canonical depends on the sign of ρ.
  // The end on the left, once the overlay has caught up with the relayout.
  const ends = ['fit.drag-minor', 'fit.drag-minor-opposite'];
  const boxes = await Promise.all(ends.map((id) => fit.settledBox(id)));
  await fit.drag(boxes[0]!.x < boxes[1]!.x ? ends[0]! : ends[1]!, 'fit.plot2d', -5, 0);
  await expect
    .poll(async () => ((await fit.json(start, 'data-cov')) as number[][])[0]![0]!)
    .toBeLessThan(0.4);
  cov = (await fit.json(start, 'data-cov')) as number[][];
  expect(Math.abs(cov[0]![0]! - 0.25)).toBeLessThan(0.06);
  expect(Math.abs(cov[1]![1]! - 4)).toBeLessThan(0.4);
  expect((await fit.json(start, 'data-mean')) as number[]).toEqual([-4.5, 0]);
});
