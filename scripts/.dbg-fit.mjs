import { chromium } from '@playwright/test';
const base = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (let i = 0; i < 3; i++) {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${base}/?view=fit&p=Mix(0.5*N(-3,1),0.5*N(3,1))`);
  await page.waitForSelector('.js-plotly-plot');
  await page.waitForTimeout(1500);
  await page.evaluate(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push(Math.round(e.duration)); }).observe({ type: 'longtask' }); performance.clearMeasures('chart-redraw'); });
  const t = await page.evaluate(() => new Promise((resolve) => {
    const rev = document.querySelector('[data-testid="fit-reverse"]');
    const t0 = performance.now();
    const mo = new MutationObserver(() => { if (rev.getAttribute('data-state') === 'done') { mo.disconnect(); resolve(performance.now() - t0); } });
    mo.observe(rev, { attributes: true });
    document.querySelector('[data-testid="fit.start"]').click();
  }));
  await page.waitForTimeout(500);
  console.log('click→done', t.toFixed(0), 'ms; long tasks', await page.evaluate(() => window.__lt), 'redraws', await page.evaluate(() => performance.getEntriesByName('chart-redraw').map(e => Math.round(e.startTime) + ':' + Math.round(e.duration)).join(' ')));
  await page.close();
}
await browser.close();
