import { chromium } from '@playwright/test';
const [url, sel] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.goto(url); await page.waitForLoadState('networkidle'); await page.waitForTimeout(1500);
const el = page.locator(`[data-testid="${sel}"]`).first(); await el.scrollIntoViewIfNeeded();
const b = await el.boundingBox(); const cx = b.x + b.width / 2, cy = b.y + b.height / 2;
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
await page.mouse.move(cx, cy); await page.mouse.down();
for (let i = 1; i <= 40; i++) { await page.mouse.move(cx + 50 * Math.sin(i / 6), cy); await page.evaluate(() => new Promise((r) => requestAnimationFrame(r))); }
await page.mouse.up();
const buf = await browser.stopTracing();
const ev = JSON.parse(buf.toString()).traceEvents;
const main = ev.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
const tid = main.tid, pid = main.pid;
const sum = new Map();
for (const e of ev) if (e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur) sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur);
console.log([...sum].sort((a, b) => b[1] - a[1]).slice(0, 22).map(([k, v]) => `${(v / 1000 / 40).toFixed(1).padStart(7)} ms/update ${k}`).join('\n'));
await browser.close();
