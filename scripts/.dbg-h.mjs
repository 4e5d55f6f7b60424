import { chromium } from '@playwright/test';
const url = process.argv[2];
const target = process.argv[3] ?? 'p.bern.slider';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.goto(url);
await page.waitForSelector('.js-plotly-plot');
await page.waitForTimeout(1500);
await page.evaluate(() => {
  window.__h = new Map();
  const ro = new ResizeObserver((es) => { for (const e of es) { const el = e.target; const k = (el.className?.baseVal ?? el.className) + '|' + (el.getAttribute('data-testid') ?? '') + '|' + el.tagName; const s = window.__h.get(k) ?? new Set(); s.add(Math.round(e.contentRect.height)); window.__h.set(k, s); } });
  document.querySelectorAll('body *').forEach((el) => { if (!(el instanceof SVGElement) || el.tagName === 'svg') ro.observe(el); });
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
const out = await page.evaluate(() => [...window.__h].filter(([k, s]) => s.size > 1).map(([k, s]) => k + ' ' + [...s].join(',')));
console.log(out.join('\n'));
await browser.close();
