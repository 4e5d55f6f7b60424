// Per-update cost of dragging, against a bare page driven the same way in the same run (issue 13's
// update budget). For each scenario: 120 pointer moves (or key presses), one per animation frame,
// on a slider or a plot handle; then
//   - main-thread CPU per update: Chromium's TaskDuration (CDP Performance.getMetrics) over the run
//     divided by the number of inputs, and its ratio to the bare page's;
//   - input → readout p50/p95: each change of the readout's data-value is attributed to the latest
//     input dispatched before it (an input whose answer was superseded by a newer one is unanswered);
//   - answered: the share of inputs with a readout attributed to them;
//   - longest main-thread task (PerformanceObserver 'longtask').
// Timings on a shared machine are noisy: read the ratio, run it a few times, and say the load.
// Usage: node scripts/drag-frames.mjs [base-url=http://127.0.0.1:4173] [scenario-substring]
//        [--repeat=N] [--profile=out.cpuprofile]
import { existsSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const positional = args.filter((a) => !a.startsWith('--'));
const base = positional[0] ?? 'http://127.0.0.1:4173';
const only = positional[1];
const repeat = Number(flag('repeat') ?? 1);
const profileOut = flag('profile');
const UPDATES = 120;

const MIX1_P = 'Mix(0.25*N(-3,1),0.25*N(-1,0.7),0.25*N(1,0.8),0.25*N(3,1))';
const MIX1_Q = 'Mix(0.25*N(-2.5,1.2),0.25*N(-0.5,1),0.25*N(1.5,0.9),0.25*N(3.5,1.1))';
const MIX2_P = 'Mix(0.34*N2(-2,0,1,1,0.3),0.33*N2(2,0,1,1,-0.3),0.33*N2(0,2,1,0.8,0))';
const MIX2_Q = 'Mix(0.34*N2(-1.5,0.5,1.2,1,0),0.33*N2(1.5,-0.5,1,1.2,0.2),0.33*N2(0,1.5,1.1,1,0))';

/** name, query, control, how to drive it ('slider' | 'handle' | 'keys'), readout test id. */
const SCENARIOS = [
  ['Bernoulli slider', '?p=Bern(0.3)&q=Bern(0.6)', 'p.bern.slider', 'slider', 'kl-pq'],
  ['Bernoulli keys', '?p=Bern(0.3)&q=Bern(0.6)', 'p.bern.slider', 'keys', 'kl-pq'],
  ['N(μ,σ) mean slider', '?p=N(0,1)&q=N(1,2)', 'p.normal.mu.slider', 'slider', 'kl-pq'],
  ['N peak handle drag', '?p=N(0,1)&q=N(1,2)', 'handle.p.0.peak', 'handle', 'kl-pq'],
  ['1-D mixture 4 vs 4 handle', `?p=${MIX1_P}&q=${MIX1_Q}`, 'handle.p.0.peak', 'handle', 'kl-pq'],
  [
    'N2 centre drag',
    '?p=N2(0,0,1,1,0.6)&q=N2(0.5,0,1.5,1,0)',
    'handle.p.0.centre',
    'handle',
    'kl-pq',
  ],
  ['2-D mixture 3 vs 3 centre', `?p=${MIX2_P}&q=${MIX2_Q}`, 'handle.p.0.centre', 'handle', 'kl-pq'],
  [
    'fit start μ drag',
    '?view=fit&p=Mix(0.5*N(-3,1),0.5*N(3,1))&q=N(0,2)',
    'fit.dragMu',
    'handle',
    null,
  ],
];

const BARE = `<!doctype html><html><body style="font:16px sans-serif">
<input id="s" type="range" min="0" max="1" step="0.001" value="0.3" style="width:600px;margin:40px">
<div id="h" tabindex="0" style="position:absolute;left:300px;top:200px;width:20px;height:20px;background:#08c"></div>
<output id="o" data-testid="out" data-value="0.3">0.3</output>
<script>
const s = document.getElementById('s'), o = document.getElementById('o'), h = document.getElementById('h');
const show = (v) => { o.dataset.value = String(v); o.textContent = Number(v).toFixed(3); };
s.addEventListener('input', () => show(s.value));
let down = false;
h.addEventListener('pointerdown', (e) => { down = true; h.setPointerCapture(e.pointerId); });
h.addEventListener('pointermove', (e) => { if (down) { h.style.left = e.clientX - 10 + 'px'; show(e.clientX); } });
h.addEventListener('pointerup', () => { down = false; });
h.addEventListener('keydown', (e) => { const x = parseFloat(h.style.left) + (e.key === 'ArrowLeft' ? -1 : 1); h.style.left = x + 'px'; show(x); });
</script></body></html>`;

const nextFrame = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));

async function instrument(page, readoutId, how) {
  // The event that carries one update: a slider's `input`, a handle's pointer move, a key press.
  const inputType = how === 'slider' ? 'input' : how === 'keys' ? 'keydown' : 'pointermove';
  await page.evaluate(
    ([id, type]) => {
      const w = window;
      w.__inputs = [];
      w.__answers = [];
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push(e.duration);
      }).observe({ type: 'longtask' });
      document.addEventListener(type, () => w.__inputs.push(performance.now()), true);
      const el = id && document.querySelector(`[data-testid="${id}"]`);
      if (el)
        new MutationObserver(() => w.__answers.push(performance.now())).observe(el, {
          attributes: true,
          attributeFilter: ['data-value'],
        });
    },
    [readoutId, inputType],
  );
}

async function drive(page, selector, how) {
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  const box = await el.boundingBox();
  if (!box) throw new Error(`no ${selector}`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  if (how === 'keys') {
    await el.focus();
    for (let i = 0; i < UPDATES; i++) {
      await page.keyboard.press(Math.floor(i / 20) % 2 ? 'ArrowLeft' : 'ArrowRight');
      await nextFrame(page);
    }
    return;
  }
  // A slider is pressed at 30% of its width and swept between 30% and 70%; a handle is pressed at
  // its centre and moved up to ±60 px sideways (and a little vertically, for 2-D handles).
  const start = how === 'slider' ? [box.x + box.width * 0.3, cy] : [cx, cy];
  const at = (i) => {
    const t = Math.sin((i / UPDATES) * 2 * Math.PI);
    return how === 'slider'
      ? [box.x + box.width * (0.5 - 0.2 * Math.cos((i / UPDATES) * 2 * Math.PI)), cy]
      : [cx + 60 * t, cy + 15 * Math.sin((i / UPDATES) * 4 * Math.PI)];
  };
  await page.mouse.move(start[0], start[1]);
  await page.mouse.down();
  await nextFrame(page);
  for (let i = 1; i <= UPDATES; i++) {
    const [x, y] = at(i);
    await page.mouse.move(x, y);
    await nextFrame(page);
  }
  await page.mouse.up();
}

const taskSeconds = async (cdp) =>
  (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;

async function measure(browser, url, selector, how, readoutId, profile) {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  if (url === 'bare') await page.setContent(BARE);
  else {
    await page.goto(url);
    if (readoutId)
      await page.locator(`[data-testid="${readoutId}"]:not([data-value=""])`).first().waitFor();
    await page.waitForLoadState('networkidle');
  }
  await page.locator(selector).first().waitFor();
  // Let the first paint's redraws settle: wait until a few frames pass without a long task.
  for (let i = 0; i < 30; i++) await nextFrame(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await instrument(page, readoutId, how);
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const before = await taskSeconds(cdp);
  await drive(page, selector, how);
  const after = await taskSeconds(cdp);
  if (profile) writeFileSync(profile, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  // Answers that arrive after the last input still count for it.
  await page.waitForTimeout(400);
  const { inputs, answers, long } = await page.evaluate(() => ({
    inputs: window.__inputs,
    answers: window.__answers,
    long: window.__long,
  }));
  await page.close();
  const latency = new Map();
  for (const a of answers) {
    let k = -1;
    for (let i = 0; i < inputs.length && inputs[i] < a; i++) k = i;
    if (k >= 0 && !latency.has(k)) latency.set(k, a - inputs[k]);
  }
  const lat = [...latency.values()].sort((a, b) => a - b);
  const q = (f) => (lat.length ? lat[Math.min(lat.length - 1, Math.floor(f * lat.length))] : NaN);
  return {
    cpu: ((after - before) * 1000) / UPDATES,
    p50: q(0.5),
    p95: q(0.95),
    answered: inputs.length ? latency.size / inputs.length : NaN,
    longest: long.length ? Math.max(...long) : 0,
  };
}

const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || '/usr/bin/chromium';
if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}`);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const rows = [];
const f0 = (x) => (Number.isFinite(x) ? x.toFixed(0) : '—');
for (const [name, search, testId, how, readoutId] of SCENARIOS) {
  if (only && !name.toLowerCase().includes(only.toLowerCase())) continue;
  for (let r = 0; r < repeat; r++) {
    const bareHow = how === 'handle' ? 'handle' : how;
    const bare = await measure(browser, 'bare', bareHow === 'handle' ? '#h' : '#s', bareHow, 'out');
    const app = await measure(
      browser,
      `${base}/${search}`,
      `[data-testid="${testId}"]`,
      how,
      readoutId,
      r === 0 ? profileOut : undefined,
    );
    rows.push([
      name,
      app.cpu.toFixed(1),
      bare.cpu.toFixed(1),
      `${(app.cpu / bare.cpu).toFixed(1)}×`,
      readoutId ? `${f0(app.p50)} / ${f0(app.p95)}` : '—',
      readoutId ? `${(app.answered * 100).toFixed(0)}%` : '—',
      f0(app.longest),
    ]);
  }
}
await browser.close();
console.log(
  '\n| scenario | CPU/update ms | bare ms | ratio | input→readout p50 / p95 ms | answered | longest task ms |\n| --- | --- | --- | --- | --- | --- | --- |',
);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
