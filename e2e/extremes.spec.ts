import { test, expect } from './fixtures';
import { ExplorerPage } from './pages/explorer';

// Issue #15, numbers at the extremes: each readout is finite or ∞ with a note, never NaN, and no
// chart logs a console error (the fixture fails the test on one). Values derived by hand:
// JS of numerically disjoint distributions is ln 2; KL(N(1e100,1)‖N(0,1)) = ½(1e100)² = 5e199.
test.describe.configure({ timeout: 60_000 });

test('far-apart Gaussians: JS = ln 2 and KL = 5e199', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('?p=N(1e100,1)&q=N(0,1)');
  await explorer.expectValue('js', Math.LN2);
  expect(await explorer.value('kl-pq')).toBe(5e199);
});

test('a KL beyond the largest double shows ∞ with a note', async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('?p=N2(1,-1,2,1e308,-0.3)&q=N2(0,0,1,1,0.5)');
  await expect(explorer.readout('kl-pq')).toHaveAttribute('data-value', 'Infinity');
  await expect(explorer.readout('kl-pq')).toContainText('larger than the largest double');
  await explorer.expectValue('js', Math.LN2);
});

test('a mixture with a far spike: H(P) = ½(h(1e-300) + h(1)) + ln 2', async ({ page }) => {
  // The components do not overlap: H(P) = Σ wᵢ(hᵢ − log wᵢ), h(σ) = ½(1 + log 2π) + log σ.
  const h = (s: number) => 0.5 * (1 + Math.log(2 * Math.PI)) + Math.log(s);
  const explorer = new ExplorerPage(page);
  await explorer.open('?p=Mix(0.5*N(1e6,1e-300),0.5*N(0,1))&q=N(0,1)');
  await explorer.expectValue('h-p', 0.5 * (h(1e-300) + h(1)) + Math.LN2, 1e-8);
  for (const id of ['kl-pq', 'kl-qp', 'js', 'sym-kl', 'ce-pq', 'h-p', 'h-q'] as const)
    expect(Number.isFinite(await explorer.value(id))).toBe(true);
});
