import { chromium } from '@playwright/test';
const url = process.argv[2];
const reps = Number(process.argv[3] ?? 5);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.goto(url);
await page.waitForSelector('[data-testid="fit-reverse"][data-state="done"]', { timeout: 60000 });
await page.waitForSelector('[data-testid="fit.landscape"]', { timeout: 60000 });
await page.waitForTimeout(3000);
const out = [];
for (let i = 0; i < reps; i++) {
  const t = await page.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector('[data-testid="fit.start"]');
    let t0 = 0; let sawRunning = false;
    const check = () => {
      const r = document.querySelector('[data-testid="fit-reverse"]');
      const s = r?.getAttribute('data-state');
      if (s === 'running') sawRunning = true;
      if (sawRunning && s === 'done') { obs.disconnect(); resolve(performance.now() - t0); }
    };
    const obs = new MutationObserver(check);
    obs.observe(document.body, { subtree: true, attributes: true, childList: true });
    t0 = performance.now();
    el.click();
    check();
  }));
  out.push(t.toFixed(0));
  await page.waitForTimeout(4000);
}
console.log('click→done ms:', out.join(' '));
await browser.close();
