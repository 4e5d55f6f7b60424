import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Issue 15: a compute worker that is missing, crashes or goes silent never leaves the page without
 * its numbers. The worker script is replaced at the network level, so these run against the real
 * production build and the real client.
 */
const WORKER_SCRIPT = '**/assets/compute.worker-*.js';

// KL(Bern(0.3)‖Bern(0.6)) = 0.3 ln(1/2) + 0.7 ln(7/4), by hand (see client.test.ts).
const KL_03_06 = 0.1837868973868123;
const SCENARIO = '?p=Bern(0.3)&q=Bern(0.6)';

/** Serves `faulty` for the first `times` loads of the worker script, the real one after that. */
async function breakWorker(page: Page, faulty: (route: Route) => Promise<void>, times: number) {
  let loads = 0;
  await page.route(WORKER_SCRIPT, async (route) => {
    loads += 1;
    if (loads <= times) await faulty(route);
    else await route.continue();
  });
}

const missing = (route: Route) => route.fulfill({ status: 404, body: 'not found' });
const crashing = (route: Route) =>
  route.fulfill({
    contentType: 'text/javascript',
    body: "self.onmessage = () => { throw new Error('worker killed by the test'); };",
  });
const silent = (route: Route) =>
  route.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = () => {};' });
const malformed = (route: Route) =>
  route.fulfill({
    contentType: 'text/javascript',
    body: `self.onmessage = (e) => {
      if (e.data.type !== 'cancel')
        self.postMessage({ type: 'result', command: e.data.type, id: e.data.id, result: { ok: true } });
    };`,
  });

test.describe('worker faults', () => {
  // A failing worker logs its own errors to the console: they are what these tests provoke.
  test.use({ expectedConsoleErrors: /404|worker killed by the test|Failed to load/ });

  test('a missing worker script: the page computes the first analysis at once and says so', async ({
    page,
    explorer,
  }) => {
    await breakWorker(page, missing, Infinity);
    await page.goto(`/${SCENARIO}`);
    await explorer.expectValue('kl-pq', KL_03_06, 1e-12);
    await expect(explorer.messages().filter({ hasText: 'computing on the page' })).toHaveCount(1);
  });

  test('a worker that crashes is restarted, and the numbers arrive', async ({ page, explorer }) => {
    await breakWorker(page, crashing, 1);
    await page.goto(`/${SCENARIO}`);
    await explorer.expectValue('kl-pq', KL_03_06, 1e-12);
    await expect(explorer.messages().filter({ hasText: 'it was restarted' })).toHaveCount(1);
    // The message can be dismissed, and the page keeps working on the new worker.
    await explorer.messages().filter({ hasText: 'it was restarted' }).getByRole('button').click();
    await expect(explorer.messages().filter({ hasText: 'it was restarted' })).toHaveCount(0);
    await explorer.spec('q').fill('Bern(0.5)');
    // KL(Bern(0.3)‖Bern(0.5)) = 0.3 ln 0.6 + 0.7 ln 1.4, by hand.
    await explorer.expectValue('kl-pq', 0.3 * Math.log(0.6) + 0.7 * Math.log(1.4), 1e-12);
  });

  test('a worker that answers with garbage is replaced; no panel breaks', async ({
    page,
    explorer,
  }) => {
    await breakWorker(page, malformed, 1);
    await page.goto(`/${SCENARIO}`);
    await explorer.expectValue('kl-pq', KL_03_06, 1e-12);
    await expect(explorer.messages().filter({ hasText: 'malformed' })).toHaveCount(1);
  });

  test('a silent worker is taken for dead by the watchdog, and twice means the page computes', async ({
    page,
    explorer,
  }) => {
    await breakWorker(page, silent, Infinity);
    await page.goto(`/${SCENARIO}`);
    // Two watchdog periods of the analysis (5 s each) pass before the page computes.
    await expect
      .poll(async () => Math.abs((await explorer.value('kl-pq')) - KL_03_06), { timeout: 25_000 })
      .toBeLessThan(1e-12);
    await expect(explorer.messages().filter({ hasText: 'computing on the page' })).toHaveCount(1);
  });

  test('without a worker, the Monte Carlo lab and the fit still finish', async ({ page }) => {
    await breakWorker(page, missing, Infinity);
    await page.goto('/?view=mc&p=N(0,1)&q=N(1,2)&n=10000&seed=3');
    const pq = page.getByTestId('mc-kl-pq');
    await expect(pq).toHaveAttribute('data-state', 'done');
    await expect(pq).toHaveAttribute('data-n', '10000');
    // KL(N(0,1)‖N(1,2)) = ln 2 + (1 + 1)/8 − 1/2 = 0.4431…; 10⁴ samples: well within 0.05.
    const estimate = Number(await pq.getAttribute('data-value'));
    expect(Math.abs(estimate - (Math.log(2) + 2 / 8 - 0.5))).toBeLessThan(0.05);

    await page.goto('/?view=fit&p=Mix(0.5*N(-3,1),0.5*N(3,1))&q=N(0,2)');
    const reverse = page.getByTestId('fit-reverse');
    await expect(reverse).toHaveAttribute('data-state', 'done');
    // The reverse optimum locks onto one mode: |μ| near 3 (hand reasoning: the modes barely overlap).
    expect(Math.abs(Math.abs(Number(await reverse.getAttribute('data-mu'))) - 3)).toBeLessThan(0.1);
  });

  test.describe('a panel that cannot draw what it was given', () => {
    test.use({ expectedConsoleErrors: /^TypeError/ });

    test('says so in place, and the rest of the page keeps working', async ({ page, explorer }) => {
      // Well-formed numbers but plot data without its arrays: it passes the protocol's shallow
      // checks and breaks the chart, which is what the panel boundary is for.
      const measure = '{ value: 0.5, error: 0, method: "closed-form" }';
      await page.route(WORKER_SCRIPT, (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: `const m = ${measure};
          self.onmessage = (e) => {
            if (e.data.type !== 'analyse') return;
            self.postMessage({ type: 'result', command: 'analyse', id: e.data.id, result: {
              ok: true, notes: [], order: 0.5, view: { kind: 'continuous1' },
              measures: { klPQ: m, klQP: m, js: m, symKl: m, cePQ: m, hP: m, hQ: m, tv: m, hellinger: m, renyi: m } } });
          };`,
        }),
      );
      await page.goto('/?p=N(0,1)&q=N(1,2)');
      await expect(page.getByTestId('panel-failed')).toContainText('the charts');
      await expect(explorer.readout('kl-pq')).toHaveAttribute('data-value', '0.5');
      await expect(page.getByTestId('p.normal.mu.slider')).toBeVisible();
    });
  });
});
