// The new 1-D families in the explorer (issue 14): support mismatch for densities, and a Uniform's
// edge handle driving its parameters.
import { test, expect } from './fixtures';
import { ContinuousPage } from './pages/continuous';

// By hand: KL(U(−1,1)‖N(0,1)) = −ln 2 + ½ ln 2π + E[x²]/2 = −ln 2 + ½ ln 2π + 1/6.
const KL_U_N = -Math.log(2) + 0.5 * Math.log(2 * Math.PI) + 1 / 6;

test('U(−1,1) against N(0,1): KL(P‖Q) finite, KL(Q‖P) ∞ with the region where P has no density', async ({
  page,
}) => {
  await page.goto('/?p=U(-1,1)&q=N(0,1)');
  const pq = page.getByTestId('kl-pq');
  await expect.poll(async () => Number(await pq.getAttribute('data-value'))).toBeCloseTo(KL_U_N, 6);
  const qp = page.getByTestId('kl-qp');
  await expect(qp).toHaveAttribute('data-value', 'Infinity');
  await expect(qp).toContainText('P has density 0 where Q has mass');
  await expect(qp).toContainText('[1, ∞)');
});

test('N(0,1) against U(−1,1): KL(P‖Q) = ∞ with its reason, KL(Q‖P) finite', async ({ page }) => {
  await page.goto('/?p=N(0,1)&q=U(-1,1)');
  const pq = page.getByTestId('kl-pq');
  await expect(pq).toHaveAttribute('data-value', 'Infinity');
  await expect(pq).toContainText('Q has density 0 where P has mass');
  await expect
    .poll(async () => Number(await page.getByTestId('kl-qp').getAttribute('data-value')))
    .toBeCloseTo(KL_U_N, 6);
});

test("dragging a Uniform's upper edge sets b and the readout follows", async ({ page }) => {
  const cont = new ContinuousPage(page);
  await page.goto('/?p=U(-1,1)&q=U(-2,2)');
  const pq = page.getByTestId('kl-pq');
  // Nested: KL = ln(4/2) = ln 2.
  await expect
    .poll(async () => Number(await pq.getAttribute('data-value')))
    .toBeCloseTo(Math.log(2), 9);
  await cont.dragHandle('chart-density', 'p.0.upper', 0);
  const b = page.getByTestId('p.uniform.b.number');
  // The edge moves left (how far depends on the drag's steps being answered); a > b is refused.
  await expect.poll(async () => Number(await b.inputValue())).toBeLessThan(0.9);
  expect(Number(await b.inputValue())).toBeGreaterThan(-1);
  // KL(U(−1,b)‖U(−2,2)) = ln(4/(b + 1)) at the b the field shows: b and the readout are read
  // together, so a late step of the drag that moves b again is met by the readout it brings.
  await expect
    .poll(async () => {
      const [bNow, kl] = [
        Number(await b.inputValue()),
        Number(await pq.getAttribute('data-value')),
      ];
      return kl - Math.log(4 / (bNow + 1));
    })
    .toBeCloseTo(0, 6);
});
