import { expect, test } from './fixtures';
import { FitPage } from './pages/fit';

// Forward: moment matching by hand, μ = 0, σ = √10; KL(P‖Q) from scripts/references/fit_reverse.py.
// Reverse: scripts/references/fit_reverse.py (mpmath): N(±2.984305987835742, 1.023368559661197), KL 0.688768995854964.
test('fit view: forward and reverse readouts for ½N(−3,1)+½N(3,1)', async ({ page }) => {
  const fit = new FitPage(page);
  await fit.open('Mix(0.5*N(-3,1),0.5*N(3,1))');
  await expect(fit.forward()).toBeVisible();
  expect(Math.abs(await fit.num('forward', 'data-mu'))).toBeLessThan(1e-9);
  expect(Math.abs((await fit.num('forward', 'data-sigma')) - Math.sqrt(10))).toBeLessThan(1e-9);
  expect(Math.abs((await fit.num('forward', 'data-kl')) - 0.461994613467945)).toBeLessThan(1e-4);
  await page.getByTestId('fit.start').click();
  await expect(fit.reverse()).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  expect(Math.abs(Math.abs(await fit.num('reverse', 'data-mu')) - 2.984305987835742)).toBeLessThan(
    1e-4,
  );
  expect(Math.abs((await fit.num('reverse', 'data-sigma')) - 1.023368559661197)).toBeLessThan(1e-4);
  expect(Math.abs((await fit.num('reverse', 'data-kl')) - 0.688768995854964)).toBeLessThan(1e-4);
  await expect(page.getByTestId('fit.minima')).toContainText('of 12 restarts');
});
