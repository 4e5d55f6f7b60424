import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { ExplorerPage } from './pages/explorer';
import { SharePage } from './pages/share';

/** KL(Bern(p) ‖ Bern(q)) in nats, by hand. */
const klBern = (p: number, q: number) =>
  p * Math.log(p / q) + (1 - p) * Math.log((1 - p) / (1 - q));

const CURVE = 'chart-renyi-curve';

/** The point the Rényi chart draws at α = 1, KL(P‖Q), as the graph div holds it (no scrolling). */
const drawnKl = (page: Page) =>
  page
    .getByTestId(CURVE)
    .locator('.js-plotly-plot')
    .evaluate((el) => {
      const data = (el as unknown as { data: { name?: string; y: number[] }[] }).data;
      return data.find((t) => t.name?.startsWith('KL(P‖Q)'))!.y[0]!;
    });

/**
 * Bern(0.3) ‖ Bern(0.6) drawn everywhere, then P retyped as Bern(0.5) with the page at its top:
 * the D_α chart, far below the fold, owes its redraw.
 */
async function retypedFarFromTheCurve(page: Page, explorer: ExplorerPage): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await explorer.open('?p=Bern(0.3)&q=Bern(0.6)');
  await expect.poll(() => drawnKl(page)).toBeCloseTo(klBern(0.3, 0.6), 12);
  await page.evaluate(() => window.scrollTo(0, 0));
  await explorer.number('p').fill('0.5');
  await explorer.number('p').press('Enter');
  await explorer.expectValue('kl-pq', klBern(0.5, 0.6));
}

test('a chart scrolled out of view owes its redraw until it comes into view, then shows the numbers', async ({
  page,
  explorer,
}) => {
  await retypedFarFromTheCurve(page, explorer);
  // On screen: drawn. Far below the fold: busy, still showing the old scenario.
  await expect(page.getByTestId('chart-measures')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.getByTestId(CURVE)).toHaveAttribute('aria-busy', 'true');
  expect(await drawnKl(page)).toBeCloseTo(klBern(0.3, 0.6), 12);
  await page.getByTestId(CURVE).scrollIntoViewIfNeeded();
  await expect(page.getByTestId(CURVE)).not.toHaveAttribute('aria-busy', 'true');
  expect(await drawnKl(page)).toBeCloseTo(klBern(0.5, 0.6), 12);
});

test('exporting a chart scrolled out of view exports the current figure', async ({ page }) => {
  const share = new SharePage(page);
  await retypedFarFromTheCurve(page, share);
  await expect(page.getByTestId(CURVE)).toHaveAttribute('aria-busy', 'true');
  const name = await page.getByTestId(CURVE).getAttribute('data-plot-name');
  const svg = await share.download(`export.svg.${name}`);
  expect(svg.text).toMatch(/^<svg/);
  // The export drew the owed figure first, where it stands.
  expect(await drawnKl(page)).toBeCloseTo(klBern(0.5, 0.6), 12);
});
