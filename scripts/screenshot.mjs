// Takes full-page screenshots of a running KL Explorer at phone and projector widths, so a change
// can be looked at as a person would see it, and prints any console error.
// Usage: node scripts/screenshot.mjs <url> <out-prefix> [widths=360,1920]
//   e.g. node scripts/screenshot.mjs "http://127.0.0.1:4173/?p=Bern(0.5)&q=Bern(0)" screenshots/infinite
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from '@playwright/test';

const [, , url, prefix = 'screenshots/page', widths = '360,1920'] = process.argv;
if (!url) {
  console.error('usage: node scripts/screenshot.mjs <url> <out-prefix> [widths]');
  process.exit(2);
}
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`No Chromium at ${executablePath}; see README.`);
  process.exit(1);
}
mkdirSync(dirname(prefix), { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
for (const width of widths.split(',').map(Number)) {
  const page = await browser.newPage({ viewport: { width, height: width < 600 ? 800 : 1080 } });
  page.on(
    'console',
    (m) => m.type() === 'error' && console.log(`[${width}px] console error: ${m.text()}`),
  );
  page.on('pageerror', (e) => console.log(`[${width}px] uncaught: ${e.message}`));
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(800);
  const out = `${prefix}-${width}.png`;
  await page.screenshot({ path: out, fullPage: true });
  console.log(out);
  await page.close();
}
await browser.close();
