// Measures the Monte Carlo lab's pool scaling in the browser: the wall time of a run of N samples per
// direction (2N in all) with the pool forced to 1, 2, 4 … workers (navigator.hardwareConcurrency is
// overridden before the app starts; the pool uses min(that, 8)). Prints a Markdown table.
// Usage: node scripts/mc-pool-scaling.mjs <base-url> [N=10000000] [workers=1,2,4] [repeats=3]
//   e.g. node scripts/mc-pool-scaling.mjs http://127.0.0.1:4211 10000000 1,2,4
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';

const [, , base, n = '10000000', workerList = '1,2,4', repeats = '3'] = process.argv;
if (!base) {
  console.error('usage: node scripts/mc-pool-scaling.mjs <base-url> [N] [workers] [repeats]');
  process.exit(2);
}
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`No Chromium at ${executablePath}`);
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const rows = [];
for (const k of workerList.split(',').map(Number)) {
  const times = [];
  for (let r = 0; r < Number(repeats); r++) {
    const page = await browser.newPage();
    await page.addInitScript((w) => {
      Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => w });
    }, k);
    // Warm up: a small run starts the workers and compiles the kernel.
    await page.goto(`${base}/?view=mc&p=N(0,1)&q=N(1,2)&n=1000000&seed=1`);
    await page.waitForSelector('[data-testid="mc-kl-pq"][data-state="done"]', { timeout: 120_000 });
    const t0 = Date.now();
    await page.getByTestId('mc.n').fill(n);
    // Wait for this run's answer: the previous run's `done` is still on the page until the new run
    // starts on the next animation frame.
    await page.waitForSelector(`[data-testid="mc-kl-qp"][data-state="done"][data-n="${n}"]`, {
      timeout: 600_000,
    });
    times.push(Date.now() - t0);
    await page.close();
  }
  times.sort((a, b) => a - b);
  const ms = times[times.length >> 1];
  rows.push({ k, ms, rate: (2 * Number(n)) / (ms / 1000) });
}
await browser.close();
console.log(
  `N = ${n} per direction (2N samples), ${cpus().length} cores, load ${loadavg()[0].toFixed(1)}`,
);
console.log('| workers | median wall time | samples/s | speed-up |');
console.log('| ------- | ---------------- | --------- | -------- |');
for (const { k, ms, rate } of rows)
  console.log(
    `| ${k} | ${ms} ms | ${(rate / 1e6).toFixed(1)} M | ${(rows[0].ms / ms).toFixed(2)}× |`,
  );
