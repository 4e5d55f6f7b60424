// The lessons on support mismatch for densities, heavy tails and the Poisson approximation (issue
// 14), the code panel for a pair without Gaussian components, and the band that shades where an
// infinite KL comes from.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Opens a lesson's question step, commits a guess and returns the revealed answer (nats). */
async function revealed(page: Page, id: string): Promise<number> {
  await page.goto(`/?v=1&lesson=${id}&step=1`);
  const panel = page.getByTestId('lesson.panel');
  await expect(panel).toHaveAttribute('data-lesson', id);
  const steps = panel.locator('.lesson-steps button');
  await steps.nth((await steps.count()) - 1).click();
  await expect(page.getByTestId('lesson.question')).toBeVisible();
  await expect(page.getByTestId('lesson.answer')).toHaveCount(0);
  await page.getByTestId('lesson.guess').fill('0.1');
  await page.getByTestId('lesson.reveal').click();
  const answer = page.getByTestId('lesson.answer');
  await expect(answer).not.toHaveAttribute('data-value', '');
  return Number(await answer.getAttribute('data-value'));
}

// References: by hand, and mpmath at 30 digits (the script is in each comment).
test('support mismatch lesson: KL(U(-1,1)‖N(0,1)) is revealed, finite', async ({ page }) => {
  // −ln 2 + ½ln 2π + E[x²]/2 with E[x²] = 1/3 under U(−1, 1).
  expect(await revealed(page, 'continuous-support')).toBeCloseTo(
    -Math.log(2) + 0.5 * Math.log(2 * Math.PI) + 1 / 6,
    9,
  );
});

test('heavy tails lesson: KL(N(0,1)‖T(2,0,1)) is revealed, finite', async ({ page }) => {
  // mpmath.quad(n·(ln n − ln t₂), [−inf, −5, 0, 5, inf]) at dps = 30.
  expect(await revealed(page, 'heavy-tails')).toBeCloseTo(0.117228517138649467, 9);
});

test('Poisson approximation lesson: KL(Bin(100,0.03)‖Pois(3)) is revealed', async ({ page }) => {
  // mpmath.nsum over k = 0…100 of b(k)·ln(b(k)/π(k)) at dps = 30.
  expect(await revealed(page, 'poisson-approximation')).toBeCloseTo(2.30380949691893617e-4, 12);
});

test('the code panel writes SciPy and PyTorch scripts for a Laplace against a Normal', async ({
  page,
}) => {
  await page.goto('/?p=Laplace(0,1)&q=N(0,1)');
  await page.getByTestId('code').locator('summary').click();
  for (const id of ['code-numpy', 'code-pytorch'])
    await expect(page.getByTestId(id)).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('code-numpy')).toContainText('P = stats.gennorm(1, 0.0, 1.0)');
  await expect(page.getByTestId('code-numpy')).toContainText('integrate.quad');
  await expect(page.getByTestId('code-pytorch')).toContainText('kl_pq = kl_divergence(P, Q)');
  await expect(page.getByTestId('code-numpy')).not.toContainText('No code');
});

test('N(0,1) against U(-1,1): the integrand chart shades where P has mass and Q none', async ({
  page,
}) => {
  await page.goto('/?p=N(0,1)&q=U(-1,1)');
  await expect(page.getByTestId('kl-pq')).toHaveAttribute('data-value', 'Infinity');
  const note = page.getByTestId('cont.mismatch');
  await expect(note).toContainText('where P has mass and Q has none');
  expect(JSON.parse((await note.getAttribute('data-region'))!)).toEqual([
    { lo: '-Infinity', hi: -1 },
    { lo: 1, hi: 'Infinity' },
  ]);
  // The figure's two bands, as Plotly holds them: from the chart's left edge to −1, and 1 to its right.
  const chart = page.getByTestId('chart-density').locator('.js-plotly-plot');
  const bands = () =>
    chart.evaluate((el) =>
      (
        (el as unknown as { layout: { shapes?: { x0: number; x1: number }[] } }).layout.shapes ?? []
      ).map((s) => [s.x0, s.x1]),
    );
  await expect.poll(async () => (await bands()).length).toBe(2);
  const [[, leftEnd], [rightStart]] = (await bands()) as [number[], number[]];
  expect([leftEnd, rightStart]).toEqual([-1, 1]);
  // The other direction is finite: no band.
  await page.getByTestId('cont.integrand.qp').click();
  await expect(note).toHaveCount(0);
});

test('a mixed pair marks P’s and Q’s families in the selector', async ({ page }) => {
  await page.goto('/?p=Laplace(0,1)&q=N(0,1)');
  await expect(page.getByTestId('family.laplace')).toBeChecked();
  await expect(page.getByTestId('family.laplace.mark')).toHaveText(/^P/);
  await expect(page.getByTestId('family.normal.mark')).toHaveText(/^Q/);
});
