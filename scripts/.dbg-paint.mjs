import { chromium } from '@playwright/test';
const url = process.argv[2];
const target = process.argv[3] ?? 'p.bern.slider';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.goto(url);
await page.waitForSelector('.js-plotly-plot');
await page.waitForTimeout(1500);
if (process.argv[4]) await page.addStyleTag({ content: process.argv[4] });
await page.waitForTimeout(300);
const el = page.getByTestId(target);
await el.scrollIntoViewIfNeeded();
const box = await el.boundingBox();
const cy = box.y + box.height / 2;
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
await page.mouse.move(box.x + box.width * 0.5, cy);
await page.mouse.down();
for (let i = 0; i < 60; i++) {
  const t = (i % 40) / 40; const tri = t < 0.5 ? 2 * t : 2 - 2 * t;
  await page.mouse.move(box.x + box.width * (0.3 + 0.4 * tri), cy);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
}
await page.mouse.up();
const buf = await browser.stopTracing();
console.log('redraws', await page.evaluate(() => { const e = performance.getEntriesByName('chart-redraw'); return e.length + ' mean ' + (e.reduce((s, x) => s + x.duration, 0) / e.length).toFixed(2) + ' ms; ' + e.slice(-12).map(x => x.duration.toFixed(1)).join(' '); }));
const events = JSON.parse(buf.toString()).traceEvents;
const startE = events.find((e) => e.name === 'TracingStartedInBrowser') ;
const mainTid = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some(x => x.name==='Paint' && x.pid===e.pid && x.tid===e.tid));
const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && mainTid && e.pid === mainTid.pid && e.tid === mainTid.tid).sort((a,b)=>a.ts-b.ts);
let endT = -Infinity, cpu = 0; for (const t of tasks) { if (t.ts < endT) continue; endT = t.ts + t.dur; cpu += t.tdur ?? t.dur; }
const byName = new Map(); for (const e of events) { if (e.ph !== 'X' || !mainTid || e.pid !== mainTid.pid || e.tid !== mainTid.tid) continue; byName.set(e.name, (byName.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0)); }
console.log([...byName].sort((a,b)=>b[1]-a[1]).slice(0,22).map(([k,v])=>k+' '+(v/1000/60).toFixed(2)).join('; '));
console.log('MAIN CPU/update', (cpu / 1000 / 60).toFixed(2), 'ms;', ['Paint','Layout','UpdateLayoutTree','Layerize','PrePaint','FunctionCall','Commit','EventDispatch'].map(k => k + ' ' + ((byName.get(k) ?? 0)/1000/60).toFixed(2)).join(', '));
const paints = events.filter((e) => e.name === 'Paint' && e.ph === 'X');
const agg = new Map();
for (const p of paints) {
  const d = p.args?.data ?? {};
  const c = d.clip ?? [];
  const w = c.length ? Math.round(Math.max(c[0],c[2],c[4],c[6]) - Math.min(c[0],c[2],c[4],c[6])) : 0;
  const h = c.length ? Math.round(Math.max(c[1],c[3],c[5],c[7]) - Math.min(c[1],c[3],c[5],c[7])) : 0;
  const key = `node ${d.nodeId} layer ${d.layerId} ${w}x${h} at ${c.length ? Math.round(c[0]) + ',' + Math.round(c[1]) : ''}`;
  const a = agg.get(key) ?? { n: 0, us: 0 };
  a.n++; a.us += p.tdur ?? p.dur; agg.set(key, a);
}
console.log([...agg].sort((a, b) => b[1].us - a[1].us).slice(0, 15).map(([k, v]) => `${(v.us / 1000 / 60).toFixed(2)} ms/upd  n=${v.n}  ${k}`).join('\n'));
// node names
const ids = [...new Set(paints.map((p) => p.args?.data?.nodeId))];
for (const id of ids.slice(0, 10)) {
  const desc = await page.evaluate(async (id) => id, id);
}
const layouts = events.filter((e) => e.name === 'Layout' && e.ph === 'X');
console.log('layouts', layouts.length, (layouts.reduce((s, e) => s + (e.tdur ?? e.dur), 0) / 1000 / 60).toFixed(2), 'ms/upd');
const lay = layouts.map(e => e.args?.endData?.layoutRoots?.length + ' roots ' + JSON.stringify(e.args?.beginData?.dirtyObjects)+'/'+e.args?.beginData?.totalObjects).slice(0,20);
console.log(lay.join('\n'));
const ult = events.filter((e) => e.name === 'UpdateLayoutTree' && e.ph === 'X');
console.log('ULT', ult.length, ult.slice(0,10).map(e => JSON.stringify(e.args?.elementCount ?? e.args?.beginData)).join(' '));
await browser.close();
