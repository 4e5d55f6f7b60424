import { chromium } from '@playwright/test';
const url = process.argv[2];
const target = process.argv[3] ?? 'p.bern.slider';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.goto(url);
await page.waitForSelector('.js-plotly-plot');
await page.waitForTimeout(1500);
await page.evaluate(() => {
  window.__s = new Set();
  const card = document.querySelector('.readouts');
  new ResizeObserver(() => { window.__s.add(Math.round(card.getBoundingClientRect().height) + ' :: ' + card.innerText.replace(/\n/g, ' | ') + ' :: ' + [...card.querySelectorAll('dt')].map(d => d.getBoundingClientRect().width.toFixed(0)).join(',')); }).observe(card);
});
const el = page.getByTestId(target);
const box = await el.boundingBox();
const cy = box.y + box.height / 2;
await page.mouse.move(box.x + box.width * 0.5, cy);
await page.mouse.down();
for (let i = 0; i < 40; i++) {
  const t = (i % 40) / 40; const tri = t < 0.5 ? 2 * t : 2 - 2 * t;
  await page.mouse.move(box.x + box.width * (0.3 + 0.4 * tri), cy);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
}
await page.mouse.up();
console.log([...await page.evaluate(() => [...window.__s])].slice(0, 8).join('\n'));
await browser.close();
