import { expect, test } from './fixtures';

// Bern(0.3) vs Bern(0.6) by hand: TV = ½(|0.7 − 0.4| + |0.3 − 0.6|) = 0.3,
// H² = 1 − (√(0.7·0.4) + √(0.3·0.6)), D_½ = −2 ln(1 − H²), D₂ = ln(0.7²/0.4 + 0.3²/0.6).
const bc = Math.sqrt(0.28) + Math.sqrt(0.18);
const d2 = Math.log(0.49 / 0.4 + 0.09 / 0.6);
const klBern = 0.7 * Math.log(0.7 / 0.4) + 0.3 * Math.log(0.3 / 0.6);

test('TV, H² and D_α readouts carry the hand-derived values, unitless ones the same in bits', async ({
  explorer,
  page,
}) => {
  await explorer.open('?p=Bern(0.3)&q=Bern(0.6)&units=bits');
  await explorer.expectValue('tv', 0.3);
  await explorer.expectValue('hellinger', 1 - bc);
  await explorer.expectValue('renyi', -2 * Math.log(bc));
  await expect(explorer.readout('renyi')).toContainText('D₀.₅(P‖Q)');
  // Shown as the plain number, not divided by ln 2.
  await expect(explorer.readout('tv').locator('.value')).toHaveText('0.3');
  await expect(explorer.readout('tv')).toContainText('no unit');
  await expect(page.getByTestId('fdiv-panel')).toBeVisible();
  await expect(page.getByTestId('fdiv.pinsker')).toContainText('✓');
  await expect(page.getByTestId('fdiv.hellinger')).toContainText('✓');
  await expect(explorer.chart('chart-fdiv-chain')).toBeVisible();
  await expect(explorer.chart('chart-renyi-curve')).toBeVisible();
});

test('order= sets α, round-trips through the URL, and α = 1 is KL', async ({ explorer, page }) => {
  await explorer.open('?p=Bern(0.3)&q=Bern(0.6)&order=2');
  await explorer.expectValue('renyi', d2);
  await expect(explorer.readout('renyi')).toContainText('D₂(P‖Q)');
  await expect(page.getByTestId('order.number')).toHaveValue('2');
  const field = page.getByTestId('order.number');
  await field.fill('1');
  await field.press('Enter');
  await explorer.expectValue('renyi', klBern);
  await expect.poll(() => new URL(page.url()).searchParams.get('order')).toBe('1');
  await page.reload();
  await explorer.expectValue('renyi', klBern);
  await expect(page.getByTestId('order.number')).toHaveValue('1');
});

for (const bad of ['-1', 'abc', '1000']) {
  test(`a bad order=${bad} is reported and reads as 0.5, never NaN`, async ({ explorer, page }) => {
    await explorer.open(`?p=Bern(0.3)&q=Bern(0.6)&order=${bad}`);
    await expect(explorer.messages()).toContainText('Rényi order');
    await explorer.expectValue('renyi', -2 * Math.log(bc));
    await expect(page.locator('main')).not.toContainText('NaN');
  });
}

test('an infinite D_α says why: N(0, 2) against N(0, 1) at α = 2', async ({ explorer }) => {
  await explorer.open('?p=N(0,2)&q=N(0,1)&order=2');
  await explorer.expectValue('renyi', Infinity);
  await expect(explorer.readout('renyi')).toContainText('too narrow');
});
