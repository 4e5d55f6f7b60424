import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
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

test('a chart scrolled out of view owes its redraw until it comes into view, then shows the numbers', async ({
  page,
  explorer,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await explorer.open('?p=Bern(0.3)&q=Bern(0.6)');
  await expect.poll(() => drawnKl(page)).toBeCloseTo(klBern(0.3, 0.6), 12);
  await page.evaluate(() => window.scrollTo(0, 0));
  await explorer.number('p').fill('0.5');
  await explorer.number('p').press('Enter');
  await explorer.expectValue('kl-pq', klBern(0.5, 0.6));
  // On screen: drawn. Far below the fold: busy, still showing the old scenario.
  await expect(page.getByTestId('chart-measures')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.getByTestId(CURVE)).toHaveAttribute('aria-busy', 'true');
  expect(await drawnKl(page)).toBeCloseTo(klBern(0.3, 0.6), 12);
  await page.getByTestId(CURVE).scrollIntoViewIfNeeded();
  await expect(page.getByTestId(CURVE)).not.toHaveAttribute('aria-busy', 'true');
  expect(await drawnKl(page)).toBeCloseTo(klBern(0.5, 0.6), 12);
});

test('exporting a chart scrolled out of view exports the current figure', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const share = new SharePage(page);
  await share.open('?p=Bern(0.3)&q=Bern(0.6)');
  await expect.poll(() => drawnKl(page)).toBeCloseTo(klBern(0.3, 0.6), 12);
  await page.evaluate(() => window.scrollTo(0, 0));
  await share.number('p').fill('0.5');
  await share.number('p').press('Enter');
  await share.expectValue('kl-pq', klBern(0.5, 0.6));
  await expect(page.getByTestId(CURVE)).toHaveAttribute('aria-busy', 'true');
  const name = await page.getByTestId(CURVE).getAttribute('data-plot-name');
  const svg = await share.download(`export.svg.${name}`);
  expect(svg.text).toMatch(/^<svg/);
  // The export drew the owed figure first, where it stands.
  expect(await drawnKl(page)).toBeCloseTo(klBern(0.5, 0.6), 12);
});
