// Browser benchmark of the page (issue 13): what a person feels while dragging, and on first load.
//
//   npm run bench:ui                      builds into .dist-bench-ui, previews it on a free port, runs
//   npm run bench:ui -- --url=http://…    against a server you started (no build)
//   npm run bench:ui -- --only=bern,mix1  a subset of the scenarios (ids below); --loads=5 cold loads
//   npm run bench:ui -- --only=cat --profile=/tmp/cat   also a CPU profile of each scenario's drag
//                                         (/tmp/cat-<id>.cpuprofile, for DevTools) and its top functions
//   npm run bench:ui -- --dump=/tmp/run   also the recorded inputs, requests, results and readout
//                                         changes of each drag (/tmp/run-<id>.json)
//   npm run bench:ui -- --trace=/tmp/run  also each drag's performance trace (/tmp/run-<id>.json,
//                                         for DevTools' Performance panel)
//
// Per scenario: 120 updates, one per animation frame (real input through the DevTools protocol:
// pointer moves on a slider or a drag handle), with a performance trace (devtools.timeline) around
// them. Reported per update: main-thread CPU (sum of the renderer main thread's top-level tasks
// between the start and end markers / 120), the same for a bare page driven the same way in the same
// run and their ratio, worker CPU, input → readout p50/p95, the share of inputs answered, long tasks
// (> 50 ms). Then cold loads (fresh browser context each): JavaScript requested before the first
// readout appears (gzip, level 6, of each file's body) and time to the first readout (median).
//
// How an input is matched to its answer, exactly: the script wraps Worker.prototype.postMessage to
// note when each `analyse` request leaves; a readout change is caused by the latest worker result
// before it, hence by that result's request, which carries every input that arrived before it was
// sent. Input i is answered by the first readout change whose request left after input i; it counts
// as "answered" when that request left before input i + 1 (its own position was shown, not skipped).
// On a page without the worker (the bare page) a change answers the inputs before it.
//
// Timings are measured, never asserted: on a shared machine compare with the bare page of the same
// run and give the load average (printed).
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v = 'true'] = a.replace(/^--/, '').split('=');
    return [k, v];
  }),
);
const UPDATES = Number(args.updates ?? 120);
const LOADS = Number(args.loads ?? 5);
const DIST = args.dist ?? '.dist-bench-ui';

const MIX1_P = 'Mix(0.25*N(-3,0.8),0.25*N(-1,0.6),0.25*N(1,0.7),0.25*N(3,0.9))';
const MIX1_Q = 'Mix(0.3*N(-2.5,1),0.2*N(-0.5,0.5),0.3*N(1.5,0.9),0.2*N(3.5,0.6))';
const MIX2_P = 'Mix(0.4*N2(-2,0,1,1,0.3),0.3*N2(2,0,1,0.8,-0.3),0.3*N2(0,2,0.7,1,0))';
const MIX2_Q = 'Mix(0.3*N2(-1.5,0.5,1.2,1,0),0.4*N2(1.5,-0.5,1,1.1,0.2),0.3*N2(0,-2,0.8,0.8,0))';
const CAT_P = 'Cat(0.05,0.1,0.15,0.1,0.05,0.2,0.1,0.1,0.1,0.05)';
const CAT_Q = 'Cat(0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1)';

/**
 * kind: `slider` sweeps a range input left and right; `drag` moves a handle along `path(i)` (px
 * offsets from where it was picked up); `bar` draws a bar up and down.
 */
const SCENARIOS = [
  {
    id: 'bern',
    name: 'Bernoulli slider',
    search: '?p=Bern(0.3)&q=Bern(0.6)',
    kind: 'slider',
    target: 'p.bern.slider',
  },
  {
    id: 'normal',
    name: 'N(μ,σ) mean slider',
    search: '?p=N(0,1)&q=N(1,2)',
    kind: 'slider',
    target: 'p.normal.mu.slider',
  },
  {
    id: 'mix1',
    name: '1-D mixture (4 vs 4) handle drag',
    search: `?p=${MIX1_P}&q=${MIX1_Q}`,
    kind: 'drag',
    target: 'handle.p.0.peak',
    path: (t) => [80 * tri(t), 0],
  },
  {
    id: 'mix2',
    name: '2-D mixture (3 vs 3) centre drag',
    search: `?p=${MIX2_P}&q=${MIX2_Q}`,
    kind: 'drag',
    target: 'handle.p.0.centre',
    path: (t) => [40 * Math.sin(2 * Math.PI * t), 40 * (1 - Math.cos(2 * Math.PI * t))],
  },
  {
    id: 'cat',
    name: 'Cat K=10 bar drag',
    search: `?p=${CAT_P}&q=${CAT_Q}`,
    kind: 'bar',
    target: 'p.cat.bar.5',
  },
  {
    id: 'nhandle',
    name: 'N handle drag',
    search: '?p=N(0,1)&q=N(1,2)',
    kind: 'drag',
    target: 'handle.p.0.peak',
    path: (t) => [80 * tri(t), 0],
  },
  {
    id: 'n2',
    name: 'N2 slider',
    search: '?p=N2(0,0,1,1,0.6)&q=N2(0.5,0,1.5,1,0)',
    kind: 'slider',
    target: 'p.n2.mx.slider',
  },
];
const BARE = {
  slider: { kind: 'slider', target: 'bare.slider' },
  drag: { kind: 'drag', target: 'bare.handle', path: (t) => [80 * tri(t), 0] },
  bar: { kind: 'bar', target: 'bare.bar' },
};
/** 0 → 1 → 0 → −1 → 0 over t ∈ [0, 1]: out and back on both sides of the start. */
function tri(t) {
  const u = (t * 4) % 4;
  return u < 1 ? u : u < 3 ? 2 - u : u - 4;
}

// The bare page: a range input, a drag handle and a bar, each writing a readout's data-value on the
// same events, so the cost of input, rAF pacing, tracing and a paint is what the app is compared to.
const BARE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>bare</title></head><body>
<input type="range" min="0" max="1" step="0.001" value="0.3" data-testid="bare.slider" style="width:320px;display:block;margin:40px">
<svg width="400" height="200" style="display:block;margin:40px;touch-action:none">
  <circle data-testid="bare.handle" cx="200" cy="100" r="8" fill="#0072B2"/>
  <rect data-testid="bare.bar" x="150" y="0" width="40" height="200" fill="#0072B2"/>
</svg>
<div class="readout" data-testid="kl-pq" data-value="0.3"></div>
<script>
const out = document.querySelector('[data-testid="kl-pq"]');
const show = (v) => { out.dataset.value = String(v); out.textContent = String(v); };
document.querySelector('input').addEventListener('input', (e) => show(e.target.value));
for (const el of document.querySelectorAll('circle, rect')) {
  el.addEventListener('pointerdown', (e) => { el.setPointerCapture(e.pointerId); show(e.clientX + ',' + e.clientY); });
  el.addEventListener('pointermove', (e) => { if (el.hasPointerCapture(e.pointerId)) show(e.clientX + ',' + e.clientY); });
}
</script></body></html>`;

// Installed before any page script: notes when analyse requests leave and results arrive.
function instrumentWorkers() {
  const bench = (window.__bench = { sent: new Map(), results: [] });
  // Request ids are per client, so a request is keyed by its worker too (the explorer's, the
  // refiner's and the D_α curve's each count from 1).
  const workerNumber = new WeakMap();
  const key = (worker, id) => `${workerNumber.get(worker)}:${id}`;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && message.type === 'analyse')
      bench.sent.set(key(this, message.id), performance.now());
    return post.call(this, message, ...rest);
  };
  const Native = window.Worker;
  let workers = 0;
  window.Worker = class extends Native {
    constructor(...a) {
      super(...a);
      workerNumber.set(this, ++workers);
      this.addEventListener('message', (e) => {
        const m = e.data;
        if (m && m.type === 'result' && bench.sent.has(key(this, m.id)))
          bench.results.push({ t: performance.now(), id: key(this, m.id) });
      });
    }
  };
}

/** Starts recording inputs (with the pointer event's own timestamp) and readout changes. */
function startRecording(kind) {
  const bench = window.__bench;
  bench.inputs = [];
  bench.changes = [];
  let lastPointer = 0;
  const pointer = (e) => {
    lastPointer = e.timeStamp;
    if (kind !== 'slider' && e.buttons & 1) bench.inputs.push(e.timeStamp);
  };
  window.addEventListener('pointerdown', pointer, true);
  window.addEventListener('pointermove', pointer, true);
  if (kind === 'slider')
    window.addEventListener('input', () => bench.inputs.push(lastPointer), true);
  let last = document.querySelector('[data-testid="kl-pq"]')?.getAttribute('data-value');
  new MutationObserver(() => {
    const v = document.querySelector('[data-testid="kl-pq"]')?.getAttribute('data-value');
    if (v !== last && v) bench.changes.push({ t: performance.now(), v });
    last = v;
  }).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-value'],
  });
}

/** Latencies and answered share from the recorded inputs, requests, results and readout changes. */
function analyseLatency({ inputs, changes, sent, results }) {
  const sentAt = new Map(sent);
  // Each change's request send time (the latest result before it), or the change time on the bare page.
  const causes = changes.map((c) => {
    let r = null;
    for (const x of results) if (x.t <= c.t) r = x;
    return { t: c.t, sentAt: r ? sentAt.get(r.id) : c.t };
  });
  const latencies = [];
  let answered = 0;
  inputs.forEach((t, i) => {
    const next = inputs[i + 1] ?? Infinity;
    const c = causes.find((x) => x.sentAt >= t);
    if (!c) return;
    latencies.push(c.t - t);
    if (c.sentAt < next) answered++;
  });
  latencies.sort((a, b) => a - b);
  const q = (p) =>
    latencies.length
      ? latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]
      : NaN;
  return {
    p50: q(0.5),
    p95: q(0.95),
    answered: inputs.length ? answered / inputs.length : NaN,
    inputs: inputs.length,
  };
}

/** Main-thread and worker CPU between the bench:start and bench:end markers of a trace. */
function analyseTrace(buffer) {
  const events = JSON.parse(buffer.toString()).traceEvents ?? [];
  const threadName = new Map();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args.name);
  const marks = events.filter(
    (e) => e.name === 'TimeStamp' && /^bench:/.test(e.args?.data?.message ?? ''),
  );
  const start = marks.find((e) => e.args.data.message === 'bench:start');
  const end = marks.find((e) => e.args.data.message === 'bench:end');
  if (!start || !end) throw new Error('trace markers missing');
  const main = `${start.pid}:${start.tid}`;
  let mainUs = 0;
  let workerUs = 0;
  let longestCpuUs = 0;
  const long = [];
  const longWall = [];
  // Top-level tasks only: a task run inside another (a nested run loop) is already in its parent.
  const endOf = new Map();
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.ts >= start.ts && e.ts <= end.ts)
    .sort((a, b) => a.ts - b.ts);
  for (const e of tasks) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ts < (endOf.get(thread) ?? -Infinity)) continue;
    endOf.set(thread, e.ts + e.dur);
    // tdur is the thread's CPU time, dur the wall time: CPU per update is robust to a loaded machine,
    // a long task is what a person waits through (as PerformanceObserver's 'longtask' counts it).
    const cpu = e.tdur ?? e.dur;
    if (thread === main) {
      mainUs += cpu;
      longestCpuUs = Math.max(longestCpuUs, cpu);
      if (cpu > 50_000) long.push(cpu / 1000);
      if (e.dur > 50_000) longWall.push(e.dur / 1000);
    } else if (e.pid === start.pid && /Worker/.test(threadName.get(thread) ?? '')) workerUs += cpu;
  }
  // Where the main thread's time went, by trace event (Layout, Paint, FunctionCall, …; events nest,
  // so the rows overlap): printed with --profile.
  const byName = new Map();
  const countOf = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || e.ts < start.ts || e.ts > end.ts || `${e.pid}:${e.tid}` !== main) continue;
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0));
    countOf.set(e.name, (countOf.get(e.name) ?? 0) + 1);
  }
  return {
    byName,
    countOf,
    mainMs: mainUs / 1000,
    workerMs: workerUs / 1000,
    long,
    longWall,
    longestCpu: longestCpuUs / 1000,
  };
}

const nextFrame = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));

async function settle(page) {
  // Until the readout has not changed for 300 ms (at most 5 s), so late answers are counted.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const t0 = performance.now();
        const check = () => {
          const c = window.__bench.changes;
          const lastChange = c.length ? c[c.length - 1].t : 0;
          if (performance.now() - Math.max(lastChange, t0) > 300 || performance.now() - t0 > 5000)
            resolve();
          else setTimeout(check, 50);
        };
        check();
      }),
  );
}

/** The functions with the most self time in a CPU profile, per update, with their URL's file. */
function topFunctions(profile, updates, n = 25) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, us]) => `  ${(us / 1000 / updates).toFixed(2).padStart(7)} ms/update  ${k}`)
    .join('\n');
}

async function drive(browser, page, scenario, profileTo, dumpTo, traceTo) {
  const target = page.getByTestId(scenario.target);
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${scenario.target} has no box`);
  await page.evaluate(startRecording, scenario.kind);
  // A bar is drawn inside its drawing's plot area; a slider is swept between 25% and 75%.
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const at = (i) => {
    const t = i / UPDATES;
    if (scenario.kind === 'slider') return [box.x + box.width * (0.5 + 0.25 * tri(t)), cy];
    if (scenario.kind === 'bar') return [cx, box.y + box.height * (0.5 - 0.3 * tri(t))];
    const [dx, dy] = scenario.path(t);
    return [cx + dx, cy + dy];
  };
  const cdp = profileTo ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'],
  });
  await page.evaluate(() => {
    console.timeStamp('bench:start');
    performance.clearMeasures('chart-redraw');
  });
  const [x0, y0] = at(0);
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  const driveStart = Date.now();
  for (let i = 1; i <= UPDATES; i++) {
    await nextFrame(page);
    const [x, y] = at(i);
    await page.mouse.move(x, y);
  }
  // How fast the inputs went (one per frame the page managed) and how often the charts followed
  // (Plot's redraw scheduler marks each redraw; a bare page has none).
  const drive = {
    msPerInput: (Date.now() - driveStart) / UPDATES,
    redraws: await page.evaluate(() => performance.getEntriesByName('chart-redraw').length),
  };
  await page.mouse.up();
  await settle(page);
  await page.evaluate(() => console.timeStamp('bench:end'));
  const traceBuffer = await browser.stopTracing();
  if (traceTo) writeFileSync(`${traceTo}.json`, traceBuffer);
  const trace = analyseTrace(traceBuffer);
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(`${profileTo}.cpuprofile`, JSON.stringify(profile));
    console.error(topFunctions(profile, UPDATES));
    console.error(
      [...trace.byName.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 15)
        .map(
          ([k, us]) =>
            `  ${(us / 1000 / UPDATES).toFixed(2).padStart(7)} ms/update  [trace] ${k} (${(trace.countOf.get(k) / UPDATES).toFixed(2)} per update)`,
        )
        .join('\n'),
    );
  }
  const recorded = await page.evaluate(() => {
    const b = window.__bench;
    return { inputs: b.inputs, changes: b.changes, sent: [...b.sent], results: b.results };
  });
  const latency = analyseLatency(recorded);
  if (dumpTo) writeFileSync(`${dumpTo}.json`, JSON.stringify(recorded));
  return {
    ...latency,
    cpu: trace.mainMs / UPDATES,
    drive,
    worker: trace.workerMs / UPDATES,
    long: trace.long,
    longWall: trace.longWall,
    longestCpu: trace.longestCpu,
  };
}

async function measureScenario(browser, base, scenario) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addInitScript(instrumentWorkers);
  const page = await context.newPage();
  await page.goto(`${base}/${scenario.search}`);
  await page.locator('[data-testid="kl-pq"]:not([data-value=""])').waitFor();
  // Every chart drawn and idle before the drag starts.
  await page.waitForLoadState('networkidle');
  await page.getByTestId(scenario.target).waitFor();
  await page.waitForTimeout(500);
  const app = await drive(
    browser,
    page,
    scenario,
    args.profile && `${args.profile}-${scenario.id}`,
    args.dump && `${args.dump}-${scenario.id}`,
    args.trace && `${args.trace}-${scenario.id}`,
  );
  await context.close();

  const bareContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await bareContext.addInitScript(instrumentWorkers);
  const bare = await bareContext.newPage();
  await bare.route(`${base}/__bench-bare.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: BARE_HTML }),
  );
  await bare.goto(`${base}/__bench-bare.html`);
  const bareResult = await drive(browser, bare, BARE[scenario.kind]);
  await bareContext.close();
  return { scenario, app, bare: bareResult };
}

async function coldLoad(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  // Every request (the page's and its workers'), with the wall-clock time it started: the same
  // clock as the page's timeOrigin + performance.now(), so the order does not depend on how late
  // the events reach this script.
  const requests = [];
  page.on('request', (r) => requests.push(r));
  await page.addInitScript(() => {
    const check = () => {
      const el = document.querySelector('[data-testid="kl-pq"]');
      if (el && el.getAttribute('data-value')) {
        window.__firstReadoutMs = performance.now();
        return true;
      }
      return false;
    };
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(`${base}/`);
  await page.waitForFunction(() => window.__firstReadoutMs !== undefined);
  const { ms, origin } = await page.evaluate(() => ({
    ms: window.__firstReadoutMs,
    origin: performance.timeOrigin,
  }));
  await page.waitForLoadState('networkidle');
  const js = requests
    .filter((r) => /\.m?js(\?|$)/.test(r.url()))
    .map((r) => ({ url: r.url(), t: r.timing().startTime }));
  const before = js.filter((r) => r.t <= origin + ms);
  const after = js.filter((r) => r.t > origin + ms);
  await context.close();
  return {
    ms,
    before: [...new Set(before.map((r) => r.url))],
    after: [...new Set(after.map((r) => r.url))],
  };
}

const gzipCache = new Map();
async function gzipBytes(url) {
  if (!gzipCache.has(url)) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    gzipCache.set(url, gzipSync(body).length);
  }
  return gzipCache.get(url);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(cmd, cmdArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, cmdArgs, { stdio: 'inherit' });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} exited ${code}`)),
    );
  });
}

async function startPreview() {
  await run('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn']);
  const port = await freePort();
  const child = spawn(
    'npx',
    ['vite', 'preview', '--outDir', DIST, '--port', String(port), '--strictPort'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return { base, stop: () => process.kill(-child.pid, 'SIGTERM') };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(-child.pid, 'SIGTERM');
  throw new Error('vite preview did not start');
}

const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || '/usr/bin/chromium';
if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}`);
const server = args.url
  ? { base: args.url.replace(/\/$/, ''), stop: () => {} }
  : await startPreview();
// The launch arguments of playwright.config.ts (kept in step by hand: that file is TypeScript).
const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const browser = await chromium.launch({ executablePath, args: launchArgs });
try {
  const only = args.only?.split(',');
  const load = [loadavg()[0]];
  const rows = [];
  for (const scenario of SCENARIOS.filter((s) => !only || only.includes(s.id))) {
    const r = await measureScenario(browser, server.base, scenario);
    rows.push(r);
    console.error(`measured ${scenario.name}`);
  }
  const loads = [];
  for (let i = 0; i < LOADS; i++) loads.push(await coldLoad(browser, server.base));
  load.push(loadavg()[0]);

  console.log(
    `\nbench:ui, ${UPDATES} updates per scenario, Chromium headless, 1920 × 1080, load average ${load.map((l) => l.toFixed(1)).join(' → ')}\n`,
  );
  console.log(
    '| scenario | main-thread CPU / update | bare page | ratio | worker CPU / update | input → readout p50 / p95 | answered | long tasks > 50 ms: CPU / wall | ms per input / chart redraws per input |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const { scenario, app, bare } of rows) {
    const long = `${app.long.length} / ${app.longWall.length} (longest: ${fmt(app.longestCpu, 0)} ms CPU${app.longWall.length ? `, ${fmt(Math.max(...app.longWall), 0)} ms wall` : ''})`;
    console.log(
      `| ${scenario.name} | ${fmt(app.cpu)} ms | ${fmt(bare.cpu)} ms | ${fmt(app.cpu / bare.cpu)}× | ${fmt(app.worker)} ms | ${fmt(app.p50, 0)} / ${fmt(app.p95, 0)} ms | ${fmt(100 * app.answered, 0)}% of ${app.inputs} | ${long} | ${fmt(app.drive.msPerInput)} / ${fmt(app.drive.redraws / UPDATES, 2)} |`,
    );
  }
  if (loads.length) {
    const sizes = [];
    for (const l of loads) {
      let bytes = 0;
      for (const url of l.before) bytes += await gzipBytes(url);
      sizes.push(bytes);
    }
    const first = loads[0];
    console.log(`\ncold load of ${server.base}/ (${LOADS}×, fresh context each)\n`);
    console.log(
      '| JS before the first readout (gzip) | files | time to first readout, median (min–max) | JS fetched after it |',
    );
    console.log('| --- | --- | --- | --- |');
    const afterBytes = (await Promise.all(first.after.map(gzipBytes))).reduce((a, b) => a + b, 0);
    const ms = loads.map((l) => l.ms);
    console.log(
      `| ${fmt(median(sizes) / 1024, 0)} KB | ${first.before.length} | ${fmt(median(ms), 0)} ms (${fmt(Math.min(...ms), 0)}–${fmt(Math.max(...ms), 0)}) | ${fmt(afterBytes / 1024, 0)} KB in ${first.after.length} files |`,
    );
    if (args.files) {
      for (const url of first.before)
        console.log(`  before: ${url} ${fmt((await gzipBytes(url)) / 1024, 1)} KB`);
      for (const url of first.after)
        console.log(`  after:  ${url} ${fmt((await gzipBytes(url)) / 1024, 1)} KB`);
    }
  }
} finally {
  await browser.close();
  server.stop();
}
