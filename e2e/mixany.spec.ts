// Mixtures of any 1-D families and the fit view for any 1-D P (issue 14). Reference values:
// scripts/references/mixtures_any.py (mpmath.quad at 30 digits; scipy.optimize for the fits).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ContinuousPage } from './pages/continuous';
import { FitPage } from './pages/fit';
import { MonteCarloPage } from './pages/montecarlo';

const MIXED = 'Mix(0.5*Laplace(-2,1),0.5*T(4,2,1))';
const KL_PQ = 0.16546845747204808962;
const KL_QP = 0.17769343980933588588;

const value = async (page: Page, id: string) =>
  Number(await page.getByTestId(id).getAttribute('data-value'));

test('a mixed-family mixture link opens with its KL readouts (mpmath)', async ({ page }) => {
  await page.goto(`/?p=${encodeURIComponent(MIXED)}&q=N(0,2)`);
  await expect.poll(() => value(page, 'kl-pq')).toBeCloseTo(KL_PQ, 9);
  await expect.poll(() => value(page, 'kl-qp')).toBeCloseTo(KL_QP, 9);
  // Each component has its own handles: the Laplace's peak and the t's peak.
  const cont = new ContinuousPage(page);
  await expect(cont.handle('p.0.peak')).toBeAttached();
  await expect(cont.handle('p.1.peak')).toBeAttached();
});

test("the mixture editor changes a component's family", async ({ page }) => {
  await page.goto('/?p=Mix(0.5*N(-2,0.6),0.5*N(2,0.6))&q=N(0,2)');
  await expect(page.getByTestId('kl-pq')).not.toHaveAttribute('data-value', '');
  await page.getByTestId('p.mix.1.family').selectOption('laplace');
  // The new Laplace starts where the Normal was (μ = 2), with its default scale b = 1.
  await expect(page.getByTestId('p.mix.1.laplace.b.number')).toBeVisible();
  await expect(page.getByTestId('p.mix.0.mu.number')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => new URLSearchParams(location.search).get('p')))
    .toBe('Mix(0.5*N(-2,0.6),0.5*Laplace(2,1))');
  // KL(Mix(½N(−2,0.6), ½Laplace(2,1))‖N(0,2)), mpmath.
  await expect.poll(() => value(page, 'kl-pq')).toBeCloseTo(0.34237827871897767216, 9);
});

test('the fit view fits a Gaussian to a Laplace P both ways', async ({ page }) => {
  const fit = new FitPage(page);
  await fit.open('Laplace(0,1)');
  await expect(fit.forward()).toHaveAttribute('data-state', 'done');
  // Moment matching by hand: Var Laplace(0, b) = 2b², so N(0, √2).
  expect(Math.abs(await fit.num('forward', 'data-mu'))).toBeLessThan(1e-9);
  expect(Math.abs((await fit.num('forward', 'data-sigma')) - Math.SQRT2)).toBeLessThan(1e-9);
  // Reverse, by hand (and scipy.optimize): σ = √(π/2), KL = −½ log(2πe·π/2) + log 2 + 1.
  await expect(fit.reverse()).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  expect(Math.abs(await fit.num('reverse', 'data-mu'))).toBeLessThan(1e-6);
  expect(Math.abs((await fit.num('reverse', 'data-sigma')) - Math.sqrt(Math.PI / 2))).toBeLessThan(
    1e-6,
  );
  expect(Math.abs((await fit.num('reverse', 'data-kl')) - 0.048417294710545135)).toBeLessThan(1e-9);
  await expect(page.getByTestId('fit.landscape')).toBeVisible({ timeout: 30_000 });
});

test('the fit view for a U P: the forward fit, and why the reverse KL is infinite', async ({
  page,
}) => {
  const fit = new FitPage(page);
  await fit.open('U(-1,1)');
  await expect(fit.forward()).toHaveAttribute('data-state', 'done');
  // Var U(−1, 1) = 4/12 = 1/3: N(0, 1/√3).
  expect(Math.abs((await fit.num('forward', 'data-sigma')) - 1 / Math.sqrt(3))).toBeLessThan(1e-9);
  await expect(fit.reverse()).toHaveAttribute('data-state', 'infinite');
  await expect(fit.reverse()).toHaveAttribute('data-kl', 'Infinity');
  await expect(page.getByTestId('fit.infinite.reverse')).toContainText(
    'KL(Q‖P) = ∞ for every Gaussian Q',
  );
  await expect(page.getByTestId('fit.infinite.reverse')).toContainText('outside [−1, 1]');
  // The reverse landscape says the same; the forward one is drawn on request.
  await expect(page.getByTestId('fit.landscapeInfinite')).toBeVisible();
  await page.getByTestId('fit.landscapeForward').check();
  await expect(page.getByTestId('fit.landscape')).toBeVisible({ timeout: 30_000 });
  // Play and Step walk the forward path alone: the reverse fit has no path, and Step is enabled
  // only while the path it walks is computed, so both being enabled means they walk the forward one.
  await expect(page.getByTestId('fit.pause')).toBeEnabled();
  await expect(page.getByTestId('fit.step')).toBeEnabled();
});

test('Monte Carlo runs for a mixed mixture, within 4 SE of the quadrature', async ({ page }) => {
  const mc = new MonteCarloPage(page);
  await mc.open(`?view=mc&p=${encodeURIComponent(MIXED)}&q=N(0,2)&n=100000&seed=3`);
  await mc.waitForState('done');
  for (const [direction, exact] of [
    ['pq', KL_PQ],
    ['qp', KL_QP],
  ] as const) {
    expect(await mc.attribute(direction, 'n')).toBe(100_000);
    const se = await mc.attribute(direction, 'se');
    expect(Math.abs((await mc.attribute(direction, 'value')) - exact)).toBeLessThan(4 * se);
  }
});
