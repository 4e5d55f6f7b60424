import { expect, test } from './fixtures';
import { MonteCarloPage } from './pages/montecarlo';

/**
 * KL(N(μ₁,σ₁)‖N(μ₂,σ₂)) = log(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²)/(2σ₂²) − ½, from E_P[log p − log q] with
 * E_P[(x − μ₂)²] = σ₁² + (μ₁ − μ₂)² (derived by hand).
 * P = N(0,1), Q = N(1,1.5): log 1.5 + 2/4.5 − ½ = 0.405465… + 0.444444… − 0.5 = 0.349910…
 * Q‖P: log(1/1.5) + (2.25 + 1)/2 − ½ = −0.405465… + 1.625 − 0.5 = 0.719535…
 */
const klNormal = (m1: number, s1: number, m2: number, s2: number) =>
  Math.log(s2 / s1) + (s1 * s1 + (m1 - m2) ** 2) / (2 * s2 * s2) - 0.5;

const URL = '?view=mc&p=N(0,1)&q=N(1,1.5)&n=200000&seed=3';

test('an MC link runs at once and its k1 estimates are within 4 SE of the exact values', async ({
  page,
}) => {
  const mc = new MonteCarloPage(page);
  await mc.open(URL);
  await mc.waitForState('done');
  for (const [direction, exact] of [
    ['pq', klNormal(0, 1, 1, 1.5)],
    ['qp', klNormal(1, 1.5, 0, 1)],
  ] as const) {
    const value = await mc.attribute(direction, 'value');
    const se = await mc.attribute(direction, 'se');
    expect(await mc.attribute(direction, 'n')).toBe(200_000);
    expect(se).toBeGreaterThan(0);
    expect(Math.abs(value - exact)).toBeLessThan(4 * se);
    // k3 is never negative; k2 is ≥ 0 by construction.
    expect(await mc.attribute(direction, 'k3')).toBeGreaterThan(0);
    expect(await mc.attribute(direction, 'k2')).toBeGreaterThan(0);
  }
  // σ_Q² = 2.25 ≥ 2σ_P²: k3's variance is infinite for x ~ P, and the page says so.
  await expect(page.getByTestId('mc.pq.k3-warning')).toBeVisible();
  await expect(page.getByTestId('mc.qp.k3-warning')).toHaveCount(0);
  await expect(page.getByTestId('chart-mc-convergence')).toBeVisible();
  await expect(page.getByTestId('chart-mc-samples')).toBeVisible();
});

test('the same link gives the same numbers (seeded)', async ({ page }) => {
  const mc = new MonteCarloPage(page);
  await mc.open(URL);
  await mc.waitForState('done');
  const first = await mc.readout('pq').getAttribute('data-value');
  await page.reload();
  await mc.waitForState('done');
  expect(await mc.readout('pq').getAttribute('data-value')).toBe(first);
});

test('one worker and a pool of three give the same bits, and the status says how fast', async ({
  page,
}) => {
  // The pool starts one worker per navigator.hardwareConcurrency; each reload here sets it anew.
  const withWorkers = async (count: number) => {
    await page.addInitScript((c) => {
      Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => c, configurable: true });
    }, count);
    const mc = new MonteCarloPage(page);
    await mc.open('?view=mc&p=Mix(0.5*N(-2,1),0.5*N(2,1))&q=N(0,2)&n=3000000&seed=7');
    await mc.waitForState('done');
    await expect(mc.control('status')).toHaveText(
      new RegExp(
        `^Done: 6 M samples .* in [0-9.]+ s, [0-9.]+ [kM] samples/s on ${count} workers?\\.$`,
      ),
    );
    const values: (string | null)[] = [];
    for (const d of ['pq', 'qp'] as const)
      for (const name of ['value', 'se', 'k2', 'k3'])
        values.push(await mc.readout(d).getAttribute(`data-${name}`));
    return values;
  };
  const one = await withWorkers(1);
  expect(one.every((v) => v !== null && Number.isFinite(Number(v)))).toBe(true);
  expect(await withWorkers(3)).toEqual(one);
});

test('Cancel stops a long run part-way', async ({ page }) => {
  const mc = new MonteCarloPage(page);
  await mc.open('?view=mc&p=N(0,1)&q=N(1,1.5)&n=100000000&seed=1');
  await mc.waitForState('running');
  await expect.poll(() => mc.attribute('pq', 'n'), { timeout: 20_000 }).toBeGreaterThan(0);
  await mc.control('cancel').click();
  await mc.waitForState('cancelled', 5_000);
  const n = await mc.attribute('pq', 'n');
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(100_000_000);
  await expect(mc.control('cancel')).toBeDisabled();
});

test('a new run supersedes the one in flight', async ({ page }) => {
  const mc = new MonteCarloPage(page);
  await mc.open('?view=mc&p=N(0,1)&q=N(1,1.5)&n=100000000&seed=1');
  await mc.waitForState('running');
  await mc.control('n').fill('50000');
  await mc.waitForState('done', 20_000);
  expect(await mc.attribute('pq', 'n')).toBe(50_000);
  expect(await mc.attribute('qp', 'n')).toBe(50_000);
  await expect(page).toHaveURL(/n=50000/);
});

test('a discrete pair: estimates within 4 SE and a frequency chart', async ({ page }) => {
  const mc = new MonteCarloPage(page);
  await mc.open('?view=mc&p=Bern(0.3)&q=Bern(0.6)&n=100000&seed=5');
  await mc.waitForState('done');
  // KL(Bern(0.3)‖Bern(0.6)) = 0.3 ln(0.3/0.6) + 0.7 ln(0.7/0.4) (by hand).
  const exact = 0.3 * Math.log(0.5) + 0.7 * Math.log(0.7 / 0.4);
  const value = await mc.attribute('pq', 'value');
  expect(Math.abs(value - exact)).toBeLessThan(4 * (await mc.attribute('pq', 'se')));
  await expect(page.getByTestId('mc.pq.exact')).toContainText('0.1838');
  await expect(page.getByTestId('chart-mc-samples')).toBeVisible();
});

test('a sampled zero of Q makes the estimate ∞ and says why', async ({ page }) => {
  const mc = new MonteCarloPage(page);
  await mc.open('?view=mc&p=Cat(0.2,0.5,0.3)&q=Cat(0.4,0.4,0)&n=10000&seed=1');
  await mc.waitForState('done');
  await expect(mc.readout('pq')).toHaveAttribute('data-value', 'Infinity');
  await expect(page.getByTestId('mc.pq.infinite')).toContainText('Q gives probability 0');
  // Q never draws outcome 3, where P is positive: KL(Q‖P) is finite.
  expect(Number.isFinite(await mc.attribute('qp', 'value'))).toBe(true);
});

test("k3's warnings name the moment that is infinite, for a t against a Normal", async ({
  page,
}) => {
  const mc = new MonteCarloPage(page);
  await mc.open('?view=mc&p=T(3,0,1)&q=N(0,1)&n=20000&seed=3');
  await mc.waitForState('done');
  // x ~ T(3): log r ≈ −x²/2 and E[x⁴] = ∞ for ν ≤ 4. x ~ N: ∫ t²/φ = ∞ (t's tails are heavier).
  await expect(page.getByTestId('mc.pq.k3-warning')).toContainText('[(log r)²] = ∞');
  await expect(page.getByTestId('mc.qp.k3-warning')).toContainText('[r²] = ∞');
});
