import { chromium } from '@playwright/test';
const base = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.goto(`${base}/?view=mc&p=N(0,1)&q=N(1,2)&n=20000000&seed=1`);
await page.waitForSelector('.js-plotly-plot');
await page.waitForTimeout(1000);
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
await page.getByRole('button', { name: /^run/i }).first().click();
await page.waitForFunction(() => [...document.querySelectorAll('[data-state]')].some(e => e.getAttribute('data-state') === 'done'), null, { timeout: 120000 });
await page.waitForTimeout(300);
const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
const main = ev.find(e => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && ev.some(x => x.name === 'Paint' && x.pid === e.pid && x.tid === e.tid));
const on = (e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X';
const tasks = ev.filter(e => on(e) && e.name === "RunTask" && (e.tdur ?? e.dur) > 30000);
for (const t of tasks) {
  const kids = ev.filter(e => on(e) && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e.name !== 'RunTask');
  const by = new Map(); for (const k of kids) { const nm = k.name + (k.args?.data?.functionName ? ':' + k.args.data.functionName : '') + (k.args?.data?.type ? ':' + k.args.data.type : ''); by.set(nm, (by.get(nm) ?? 0) + k.dur); }
  console.log("TASK wall", (t.dur/1000).toFixed(0), "cpu", ((t.tdur ?? 0)/1000).toFixed(0), 'ms', [...by].sort((a,b)=>b[1]-a[1]).slice(0,8).map(([k,v]) => k + ' ' + (v/1000).toFixed(0)).join(' | '));
}
await browser.close();
