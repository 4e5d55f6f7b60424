import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { VIEW_IDS } from '../src/state/views';
import { test, expect } from './fixtures';

const FAMILIES = ['bernoulli', 'categorical', 'normal', 'mixture', 'normal2', 'mixture2'] as const;

/** Axe's serious and critical violations, summarised so a failure says what and where. */
async function seriousViolations(page: Page): Promise<string[]> {
  // label-content-name-mismatch is experimental in axe (off by default): a visible label must be
  // part of the accessible name (issue 12), so it is on here.
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
}

/**
 * The page has settled: every chart is drawn (its plot area exists), every placeholder gone, and no
 * readout is still computing. State, not time: axe then sees the page a person would. A chart
 * redraws only near the viewport, so each is scrolled to as a reader would.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  for (const chart of await page.locator('figure.plot').all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).not.toHaveAttribute('aria-busy', 'true');
  }
  await page.waitForFunction(() => {
    const charts = [...document.querySelectorAll('figure.plot')];
    const drawn = charts.every((c) => c.querySelector('.main-svg .cartesianlayer') !== null);
    return drawn && document.querySelector('[aria-busy="true"]') === null;
  });
}

for (const view of VIEW_IDS) {
  test(`axe: no serious or critical violation on view ${view}`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/?view=${view}`);
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

for (const family of FAMILIES) {
  test(`axe: no serious or critical violation on the explorer with family ${family}`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/?view=explore');
    await page.getByTestId(`family.${family}`).check();
    await expect(page.getByTestId('kl-pq')).not.toHaveAttribute('data-value', '');
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('axe: large type with a continuous pair', async ({ page }) => {
  await page.goto('/?p=N(0,1)&q=N(1,2)&large=1');
  await expect(page.getByTestId('kl-pq')).not.toHaveAttribute('data-value', '');
  await settled(page);
  expect(await seriousViolations(page)).toEqual([]);
});
