import type { Page } from '@playwright/test';
import { VIEW_IDS } from '../src/state/views';
import { test, expect } from './fixtures';

/**
 * Issue 12: every classroom mode fits the screen it is shown on. Projectors (present=1 at 1280×720
 * and 1920×1080), the README's 800×720 iframe (embed=1), and a 360 px phone.
 */

const PAIRS = {
  bernoulli: 'p=Bern(0.3)&q=Bern(0.6)',
  categorical: 'p=Cat(0.1,0.4,0.3,0.2)&q=Cat(0.25,0.25,0.25,0.25)',
  normal: 'p=N(0,1)&q=N(1,2)',
  mixture: 'p=Mix(0.5*N(-2,0.6),0.5*N(2,0.6))&q=N(0,2)',
  normal2: 'p=N2(0,0,1,1,0.6)&q=N2(0.5,0,1.5,1,0)',
  mixture2:
    'p=Mix(0.5*N2(-1.5,0,0.6,0.6,0.3),0.3*N2(1.5,1,0.6,0.6,-0.3),0.2*N2(0,-1.5,0.5,0.8,0))&q=N2(0,0,1.5,1.5,0)',
} as const;

/** The explorer's main chart for each family: the densities, or P and Q's bars. */
const MAIN_CHART = {
  bernoulli: 'chart-distributions',
  categorical: 'chart-distributions',
  normal: 'chart-density',
  mixture: 'chart-density',
  normal2: 'chart-density2',
  mixture2: 'chart-density2',
} as const;

/** Every element inside a readout whose text is wider than its box (cut off or spilling out). */
function clippedReadouts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.readout, .readout *')]
      .filter((el) => el.scrollWidth > el.clientWidth && el.clientWidth > 0)
      .map(
        (el) =>
          `${el.closest('.readout')?.getAttribute('data-testid')}: ${el.outerHTML.slice(0, 80)}`,
      ),
  );
}

/**
 * Waits until every readout shows a number (the analysis of the pair has arrived); a 2-D mixture's
 * quadrature on a loaded machine can take longer than expect's default 10 s.
 */
async function readoutsReady(page: Page) {
  const settled = { timeout: 30_000 };
  await expect(page.getByTestId('kl-pq')).not.toHaveAttribute('data-value', '', settled);
  await expect(page.getByTestId('kl-pq').locator('.value')).not.toHaveText('—', settled);
}

// Each of these loads a page and waits for its charts: on a machine shared with other runs that can
// take longer than the default 30 s, so they get Playwright's "slow" allowance (3×).
for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  for (const [family, pair] of Object.entries(PAIRS) as [keyof typeof PAIRS, string][]) {
    for (const units of ['nats', 'bits'] as const) {
      test(`present=1 at ${width}×${height}, ${family} in ${units}: readouts fit their cards, main chart on the first screen`, async ({
        page,
      }) => {
        test.slow();
        await page.setViewportSize({ width, height });
        await page.goto(`/?v=1&${pair}&present=1&units=${units}`);
        await readoutsReady(page);
        const chart = page.getByTestId(MAIN_CHART[family]);
        await expect(chart.locator('.main-svg').first()).toBeVisible();
        expect(await clippedReadouts(page)).toEqual([]);
        // The headline numbers and the whole main chart are on the first screen, without scrolling.
        const kl = await page.getByTestId('kl-qp').boundingBox();
        expect(kl!.y + kl!.height).toBeLessThanOrEqual(height);
        await expect
          .poll(async () => {
            const box = await chart.boundingBox();
            return box!.y + box!.height;
          })
          .toBeLessThanOrEqual(height);
      });
    }
  }
}

test("the README's embed (800×720 iframe, hide=formula,tools) shows P, Q and a chart", async ({
  page,
}) => {
  test.slow();
  await page.setViewportSize({ width: 800, height: 720 });
  await page.goto('/?v=1&p=Bern(0.3)&q=Bern(0.6)&embed=1&hide=formula,tools');
  await readoutsReady(page);
  await expect(page.locator('figure.plot .main-svg').first()).toBeVisible();
  // The highest chart on the page (embed moves the bar chart of the measures below the others).
  const tops = await page
    .locator('figure.plot')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
  const top = Math.min(...tops);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(720);
  for (const panel of ['panel.p', 'panel.q']) {
    const p = await page.getByTestId(panel).boundingBox();
    expect(p!.y + p!.height, panel).toBeLessThanOrEqual(720);
  }
});

/** Records the widest horizontal overflow seen on any animation frame from the first script on. */
const WATCH_OVERFLOW = () => {
  const w = window as unknown as { __maxOverflow: number };
  w.__maxOverflow = 0;
  const check = () => {
    const el = document.scrollingElement;
    if (el) w.__maxOverflow = Math.max(w.__maxOverflow, el.scrollWidth - window.innerWidth);
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

const PHONE_PAGES = [
  ...VIEW_IDS.map((view) => `view=${view}`),
  ...Object.values(PAIRS),
  'lesson=asymmetry&step=4',
  'view=fit&p=Mix(0.5*N2(-2,0,0.6,0.6,0),0.5*N2(2,0,0.6,0.6,0))',
];

for (const query of PHONE_PAGES) {
  test(`360 px: no horizontal overflow while ${query} loads and after`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.addInitScript(WATCH_OVERFLOW);
    await page.goto(`/?v=1&${query}`);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('main').first()).toBeVisible();
    const now = await page.evaluate(
      () => document.scrollingElement!.scrollWidth - window.innerWidth,
    );
    expect(now).toBeLessThanOrEqual(0);
    expect(
      await page.evaluate(() => (window as unknown as { __maxOverflow: number }).__maxOverflow),
    ).toBeLessThanOrEqual(0);
  });
}

for (const view of ['calibration', 'distill', 'torch', 'vae']) {
  test(`360 px: every formula of view=${view} fits its card (wrapped or shrunk, not cut)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/?v=1&view=${view}`);
    const formulas = page.locator('.tex:not(.tex-loading)');
    await expect(formulas.first()).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    // A formula is fitted when the browser first lays it out, as it scrolls into view (a card
    // below the fold is content-visibility: auto): scrolled to, as a reader would.
    for (const formula of await formulas.all()) await formula.scrollIntoViewIfNeeded();
    // Each formula's box shows all of it: nothing scrolls out of sight. Polled: a formula is
    // re-rendered wrapped, then shrunk, in the frames after it first appears.
    await expect
      .poll(() =>
        formulas.evaluateAll((els) =>
          els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent),
        ),
      )
      .toEqual([]);
  });
}

test('360 px: the two KLs stay in view while the density chart is dragged', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/?v=1&p=N(0,1)&q=N(1,2)');
  await readoutsReady(page);
  const bar = page.getByTestId('headline-bar');
  // Only while the readouts card is off screen.
  await page.getByTestId('kl-pq').scrollIntoViewIfNeeded();
  await expect(bar).toHaveCount(0);
  await page.getByTestId('chart-density').scrollIntoViewIfNeeded();
  await expect(bar).toBeInViewport();
  // 0.4431 nats: ln 2 + (1 + 1)/8 − ½ for N(0,1) against N(1,2).
  await expect(bar).toContainText('0.4431');
  const handle = page.getByTestId('handle.q.0.peak');
  const h = await handle.boundingBox();
  await page.mouse.move(h!.x + h!.width / 2, h!.y + h!.height / 2);
  await page.mouse.down();
  await page.mouse.move(h!.x + h!.width / 2 - 40, h!.y + h!.height / 2, { steps: 4 });
  await expect(bar).toBeInViewport();
  await expect(bar).not.toContainText('0.4431');
  await page.mouse.up();
  const value = Number(await page.getByTestId('kl-pq').getAttribute('data-value'));
  await expect(bar).toContainText(value.toPrecision(4).replace(/0+$/, ''));
});

test('the formula follows the integrand toggle', async ({ page }) => {
  await page.goto('/?v=1&p=N(0,1)&q=N(1,2)');
  await readoutsReady(page);
  const formula = page.getByTestId('formula');
  // What is typeset: its TeX source (data-tex) and its glyphs (the text).
  const typeset = formula.locator('.tex:not(.tex-loading)');
  await expect(typeset).toHaveAttribute('data-tex', /\\mathrm\{KL\}\(P\\,\\\|\\,Q\)/);
  await page.getByTestId('cont.integrand.qp').click();
  await expect(typeset).toHaveAttribute('data-tex', /\\mathrm\{KL\}\(Q\\,\\\|\\,P\)/);
  await expect(typeset).not.toHaveAttribute('data-tex', /\\mathrm\{KL\}\(P\\,\\\|\\,Q\)/);
  // KL(N(1,2)‖N(0,1)) = ln ½ + (4 + 1)/2 − ½ = 1.3069 nats
  await expect(typeset).toContainText('1.307');
  await expect(page).toHaveURL(/integrand=qp/);
});

test('the integrand has its own axis below the densities', async ({ page }) => {
  await page.goto('/?v=1&p=N(0,1)&q=N(1,2)');
  await readoutsReady(page);
  const axes = () =>
    page
      .getByTestId('chart-density')
      .locator('.js-plotly-plot')
      .evaluate((el) => {
        const full = (
          el as unknown as {
            _fullLayout: Record<string, { domain: number[]; overlaying?: string }>;
          }
        )._fullLayout;
        return {
          density: full.yaxis!.domain,
          integrand: full.yaxis2!.domain,
          over: full.yaxis2!.overlaying,
        };
      });
  await expect
    .poll(async () => (await axes()).integrand[1]! < (await axes()).density[0]!)
    .toBe(true);
  expect((await axes()).over).toBeFalsy();
});

test('log temperature axes are labelled with real values', async ({ page }) => {
  await page.goto('/?v=1&view=distill');
  const ticks = () =>
    page.getByTestId('chart-distill-gradient').locator('.xtick text').allTextContents();
  // T runs from 0.5 to 50.
  await expect.poll(ticks).toEqual(['0.5', '1', '2', '5', '10', '20', '50']);
});

test('during a lesson question, concealed panels say so', async ({ page }) => {
  await page.goto('/?v=1&lesson=asymmetry&step=4');
  await expect(page.locator('html')).toHaveAttribute('data-conceal', /charts/);
  const note = await page
    .getByTestId('chart-distributions')
    .locator('xpath=ancestor::section[1]')
    .evaluate((el) => getComputedStyle(el, '::after').content);
  expect(note).toBe('"Hidden until you answer"');
});
