import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
await page.goto(process.argv[2]);
await page.waitForSelector('[data-testid=chart-density2] .main-svg');
await page.waitForTimeout(1500);
console.log(await page.getByTestId('chart-density2').locator('.js-plotly-plot').evaluate((el) => JSON.stringify({
  lx: el.layout.xaxis.range, ly: el.layout.yaxis.range, fx: el._fullLayout.xaxis.range, fy: el._fullLayout.yaxis.range,
  dx: el._fullLayout.xaxis.domain, dy: el._fullLayout.yaxis.domain, w: el._fullLayout.width, h: el._fullLayout.height,
  gx: [el.data[0].x[0], el.data[0].x.at(-1)], gy: [el.data[0].y[0], el.data[0].y.at(-1)],
})));
await browser.close();
