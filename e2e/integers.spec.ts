import { test, expect } from './fixtures';
import { ExplorerPage } from './pages/explorer';

// References: scripts/references/families_new.py (mpmath direct sums at 30 digits).
const KL_BIN_POIS = 0.00023038094969189359953; // KL(Bin(100, 0.03)‖Pois(3))
// KL(Pois(λ)‖Pois(μ)) = λ ln(λ/μ) + μ − λ, by hand.
const klPois = (l: number, m: number) => l * Math.log(l / m) + m - l;

test('Bin(100,0.03) vs Pois(3): the Poisson approximation, finite, to 1e-9, with bars 0…14', async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('?p=Bin(100,0.03)&q=Pois(3)');
  await explorer.expectValue('kl-pq', KL_BIN_POIS, 1e-9);
  await explorer.expectValue('kl-qp', Infinity);
  await expect(page.getByText('Outcomes 0–14,').first()).toBeVisible();
});

test('Pois(3) vs Bin(100,0.03): ∞, because a Poisson can exceed 100 (outcome 101)', async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('?p=Pois(3)&q=Bin(100,0.03)');
  await explorer.expectValue('kl-pq', Infinity);
  await explorer.expectValue('kl-qp', KL_BIN_POIS, 1e-9);
  await expect(explorer.readout('kl-pq')).toContainText('outcome 101');
});

test("typing λ and dragging λ's log slider update KL(Pois‖Pois)", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.open('?p=Pois(3)&q=Pois(5)');
  await explorer.expectValue('kl-pq', klPois(3, 5), 1e-12);
  const number = page.getByTestId('p.poisson.lambda.number');
  await number.fill('4');
  await number.press('Enter');
  await explorer.expectValue('kl-pq', klPois(4, 5), 1e-12);
  await expect(explorer.spec('p')).toHaveValue('Pois(4)');
  // The slider is on log₁₀ λ: 1 is λ = 10.
  const slider = page.getByTestId('p.poisson.lambda.slider');
  await slider.fill('1');
  await explorer.expectValue('kl-pq', klPois(10, 5), 1e-12);
  await expect(explorer.spec('p')).toHaveValue('Pois(10)');
  // Out of range is refused with the range, and the last good value stays.
  await number.fill('20000');
  await number.press('Enter');
  await expect(page.getByText('1e-9 to 1e4').first()).toBeVisible();
  await explorer.expectValue('kl-pq', klPois(10, 5), 1e-12);
});
