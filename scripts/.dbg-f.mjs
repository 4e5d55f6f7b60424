import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
for (const p of ['0.3', '0.6', '0.05', '0.001', '0.9']) {
  await page.goto(`http://localhost:4600/?p=Bern(${p})&q=Bern(0.6)`);
  await page.waitForSelector('.katex');
  await page.waitForTimeout(500);
  console.log(p, await page.evaluate(() => [...document.querySelectorAll('section.card')].map(s => (s.querySelector('h2')?.textContent ?? '?').slice(0, 18) + ':' + Math.round(s.getBoundingClientRect().height)).join('  ')));
}
await browser.close();
