// npm run verify:code: runs every code snippet the app offers, for the scenarios in
// verify-code/scenarios.mjs, under the Python, NumPy, SciPy and PyTorch installed here, and compares
// what each prints with the app's readouts. It drives the production build in Chromium, so both the
// code and the numbers are exactly what a person sees on the page. Installs nothing: it says what is
// missing and how to get it.
//
// Tolerances: a closed form, an exact sum or adaptive quadrature (scipy's quad, epsrel 1e-12) must
// agree to 1e-9 relative, a fixed grid (trapezoid rule) to 1e-6; differences below 1e-12 nats count
// as equal (a readout of exactly 0 has no relative scale). NaN must meet NaN, ±∞ the same ±∞.
//
// Each library's snippets run in one Python process (importing PyTorch takes seconds), each in a
// fresh namespace after resetting the library's global defaults, and each is also compiled as if
// pasted at the interactive >>> prompt, where a blank line inside a block breaks it (run_snippets.py).
// `--fresh` runs every snippet as its own `python snippet.py` instead.
//
// Usage: npm run verify:code [-- --fresh]      PYTHON=/path/to/python picks the interpreter.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { EXPLORER, LABS, REJECTED } from './verify-code/scenarios.mjs';

const run = promisify(execFile);
const fresh = process.argv.includes('--fresh');
const RUNNER = join(import.meta.dirname, 'verify-code', 'run_snippets.py');
const CLOSED = 1e-9;
const GRID = 1e-6;
// TV's integrand |p − q| has a kink where the densities cross, which costs the trapezoid rule its
// second order: on the 2-D snippets' 1201² grid TV of N2(0,0,1,1,0) vs N2(1,-1,2,0.5,0.8) was 5e-7
// off (0.75151993; 2401² gave 0.75152040 and 4801² 0.75152033, converging on the app's 0.75152030).
const GRID_KINK = 1e-5;
const ABSOLUTE = 1e-12;
/**
 * Warnings a snippet may print: PyTorch's own about reduction='mean', which the KLDivLoss lab's
 * snippet calls on purpose (it is the pitfall the lab shows) and comments on. Any other warning fails.
 */
const EXPECTED_WARNINGS = [
  { code: "reduction='mean'", warning: /^UserWarning: reduction: 'mean' divides the total loss/ },
];

// ---------------------------------------------------------------- Python and its libraries
const NEEDED = ['numpy', 'scipy', 'torch'];
const PROBE = `import importlib.util as u, json, sys
print(json.dumps({"exe": sys.executable, "version": sys.version.split()[0], "missing": [m for m in ${JSON.stringify(NEEDED)} if u.find_spec(m) is None]}))`;

function findPython() {
  const candidates = [
    ...new Set([process.env.PYTHON, '/usr/bin/python3', 'python3'].filter(Boolean)),
  ];
  const seen = [];
  for (const exe of candidates) {
    let probe;
    try {
      probe = JSON.parse(execFileSync(exe, ['-c', PROBE], { encoding: 'utf8' }));
    } catch {
      seen.push(`  ${exe}: not found or does not run`);
      if (exe === process.env.PYTHON) break; // asked for this one: do not quietly use another
      continue;
    }
    if (probe.missing.length === 0) return { exe, ...probe };
    seen.push(`  ${exe} (Python ${probe.version}): lacks ${probe.missing.join(', ')}`);
    if (exe === process.env.PYTHON) break; // asked for this one: do not quietly use another
  }
  console.error(`verify:code needs a Python with NumPy, SciPy and PyTorch; tried
${seen.join('\n')}
Install them, then run again (this script installs nothing):
  Debian/Ubuntu, for /usr/bin/python3:  sudo apt-get install -y python3-numpy python3-scipy python3-torch
  any Python:  python -m pip install "numpy>=1.22" "scipy>=1.8" "torch>=1.13"
               and PYTHON=/path/to/that/python npm run verify:code`);
  process.exit(1);
}

// ---------------------------------------------------------------- the app, read in Chromium
const MEASURES = {
  'KL(P||Q)': 'kl-pq',
  'KL(Q||P)': 'kl-qp',
  'JS(P||Q)': 'js',
  'KL(P||Q) + KL(Q||P)': 'sym-kl',
  'H(P,Q)': 'ce-pq',
  'H(P)': 'h-p',
  'H(Q)': 'h-q',
  'TV(P,Q)': 'tv',
  'H^2(P,Q)': 'hellinger',
  'D_alpha(P||Q)': 'renyi',
  'F.kl_div batchmean': 'kl-pq',
};
const TORCH_LAB = {
  sum: 'kldiv-sum',
  mean: 'kldiv-mean',
  batchmean: 'kldiv-batchmean',
  'batchmean-log-target': 'kldiv-batchmean-logtarget',
  distill: 'distill-loss',
  'probs-input': 'kldiv-probs-input',
  swapped: 'kldiv-swapped',
  unnormalised: 'kldiv-unnormalised',
};
const DISTILL_LAB = {
  'KL(p_T||q_T) batchmean': 'distill-kl',
  'T^2 KL': 'distill-t2kl',
  '|dloss/ds| with T^2': 'distill-grad',
  '|dKL/ds| without T^2': 'distill-grad-unscaled',
};

const readValues = (page, ids) =>
  page.evaluate(
    (ids) =>
      Object.fromEntries(
        ids.map((id) => [
          id,
          document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-value') ?? null,
        ]),
      ),
    ids,
  );

async function readExplorer(page, base, [p, q, extra, options = {}], expected) {
  const url = `${base}/?p=${p}&q=${q}${extra}`;
  if (expected === 'rejected') {
    // A link with an incompatible pair gets a Q on P's space (issue 12); typing one in Q's field
    // is how a person still reaches a pair the explorer rejects.
    await page.goto(`${base}/?p=${p}${extra}`);
    await page.getByTestId('q.spec').fill(q);
  } else await page.goto(url);
  // The scripts are written while the panel is open (CodePanel).
  await page.getByTestId('code').locator('summary').click();
  await page
    .waitForFunction(
      (state) =>
        ['code-pytorch', 'code-numpy'].every(
          (id) => document.querySelector(`[data-testid="${id}"]`)?.dataset.state === state,
        ),
      expected,
    )
    .catch((e) => {
      throw new Error(`${url}: the code blocks never reached data-state="${expected}" (${e})`);
    });
  // The code panel is on the first screen; the view with the readouts is its own chunk.
  if (expected === 'ready')
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="kl-pq"]')?.getAttribute('data-value') ?? '') !== '',
    );
  const text = (id) => page.getByTestId(id).textContent();
  return {
    title: `${p} vs ${q}${extra.replaceAll('&', ' ')}`,
    options,
    url,
    code: { pytorch: await text('code-pytorch'), numpy: await text('code-numpy') },
    readouts: await readValues(page, [...new Set(Object.values(MEASURES))]),
  };
}

async function readLab(page, base, [view, query]) {
  const url = `${base}/?view=${view}&${query}`;
  await page.goto(url);
  const codeId = view === 'torch' ? 'torch-code' : 'distill-code';
  await page.getByTestId(codeId).waitFor();
  const labels = view === 'torch' ? TORCH_LAB : DISTILL_LAB;
  return {
    title: `${view} ${query}`,
    url,
    labels,
    code: { pytorch: await page.getByTestId(codeId).textContent() },
    readouts: await readValues(page, Object.values(labels)),
  };
}

async function readApp() {
  const outDir = join('node_modules', '.cache', 'verify-code-dist');
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', open: false },
  });
  const base = server.resolvedUrls.local[0].replace(/\/$/, '');
  const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.error(
      `No Chromium at ${executablePath}; see README (or set PLAYWRIGHT_CHROMIUM_EXECUTABLE).`,
    );
    process.exit(1);
  }
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  // No service worker: each scenario is read from the build just made, never from a cache.
  const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(`console: ${m.text()}`));
  try {
    const explorer = [];
    for (const s of EXPLORER) explorer.push(await readExplorer(page, base, s, 'ready'));
    const rejected = [];
    for (const [p, q] of REJECTED)
      rejected.push(await readExplorer(page, base, [p, q, ''], 'rejected'));
    const labs = [];
    for (const s of LABS) labs.push(await readLab(page, base, s));
    return { explorer, rejected, labs, pageErrors };
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---------------------------------------------------------------- running the snippets
async function runSet(python, library, snippets, dir) {
  if (fresh) {
    const results = [];
    for (const [i, s] of snippets.entries()) {
      const file = join(dir, `${library}-${i}.py`);
      writeFileSync(file, s.code);
      try {
        const { stdout, stderr } = await run(python, [file], { maxBuffer: 1 << 24 });
        results.push({ name: s.name, stdout, warnings: stderr ? [stderr] : [], error: null });
      } catch (e) {
        results.push({
          name: s.name,
          stdout: e.stdout ?? '',
          warnings: [],
          error: e.stderr || String(e),
        });
      }
    }
    return { versions: {}, results };
  }
  const file = join(dir, `${library}.json`);
  writeFileSync(file, JSON.stringify(snippets));
  const { stdout } = await run(python, [RUNNER, library, file], { maxBuffer: 1 << 26 });
  const [head, ...rest] = stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  return { versions: head.versions, results: rest };
}

// ---------------------------------------------------------------- comparing
const pyNumber = (s) =>
  s === 'nan' ? NaN : s === 'inf' ? Infinity : s === '-inf' ? -Infinity : Number(s);

/** "label = 0.123 nats" (explorer) or "label 0.123" (labs) → Map(label → number). */
function parseOutput(stdout) {
  const values = new Map();
  for (const line of stdout.split('\n')) {
    const m =
      /^(.+?)\s+= (\S+) nats$/.exec(line) ??
      /^(.+?)\s+= (\S+)$/.exec(line) ??
      /^(.+) (\S+)$/.exec(line);
    if (m) values.set(m[1].trim(), pyNumber(m[2]));
  }
  return values;
}

/**
 * How a snippet computes each printed measure decides how closely it must agree. The generic 1-D
 * script (a family without Gaussian components on either side) uses quad (SciPy) or Gauss–Legendre
 * on every smooth piece between the explorer's split points (PyTorch), both far below 1e-9.
 */
function tolerance(library, p, q, label) {
  const kind = (s) =>
    s.startsWith('Bern') || s.startsWith('Cat') ? 'discrete' : s.includes('N2(') ? '2-D' : '1-D';
  if (kind(p) === 'discrete' || /^(Pois|Bin)\(/.test(p)) return CLOSED;
  const generic = [p, q].some((s) =>
    /^(U|Exp|Laplace|Gamma|Beta|T)\(|\*(U|Exp|Laplace|Gamma|Beta|T)\(/.test(s),
  );
  if (generic) return CLOSED;
  const gaussians = !p.startsWith('Mix') && !q.startsWith('Mix');
  if (library === 'numpy' && kind(p) === '1-D') return CLOSED; // quad everywhere
  // TV, H² and D_α are integrated on the grid even for two Gaussians.
  if (label === 'TV(P,Q)') return GRID_KINK;
  if (label === 'H^2(P,Q)' || label === 'D_alpha(P||Q)') return GRID;
  // PyTorch in 1-D and 2-D, NumPy in 2-D: closed forms for two Gaussians, except JS; a grid otherwise.
  return gaussians && label !== 'JS(P||Q)' ? CLOSED : GRID;
}

function agrees(a, b, tol) {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  const diff = Math.abs(a - b);
  return diff <= ABSOLUTE || diff <= tol * Math.max(Math.abs(a), Math.abs(b));
}

function check(name, code, result, expected, failures) {
  const problems = [];
  if (result.error) problems.push(`raised:\n${result.error}`);
  if (result.paste?.length) problems.push(`pasted at the >>> prompt: ${result.paste.join('; ')}`);
  const unexpected = result.warnings.filter(
    (w) => !EXPECTED_WARNINGS.some((e) => code.includes(e.code) && e.warning.test(w)),
  );
  if (unexpected.length) problems.push(`warned: ${unexpected.join('; ')}`);
  const printed = parseOutput(result.stdout);
  const rows = [];
  for (const { label, app, tol } of expected) {
    const got = printed.get(label);
    const ok = got !== undefined && app !== null && agrees(got, app, tol);
    const rel =
      got === undefined || !Number.isFinite(got - app) || app === got
        ? 0
        : Math.abs(got - app) / Math.max(Math.abs(app), 1e-300);
    rows.push(
      `  ${ok ? 'ok  ' : 'FAIL'} ${label.padEnd(24)} python ${String(got).padEnd(22)} app ${String(app).padEnd(22)} rel ${rel.toExponential(1)} (tol ${tol})`,
    );
    if (!ok) problems.push(`${label}: printed ${got}, app ${app}`);
  }
  for (const label of printed.keys())
    if (!expected.some((e) => e.label === label))
      problems.push(`printed an unexpected line: ${label}`);
  const took = result.seconds === undefined ? '' : ` (${result.seconds.toFixed(2)} s)`;
  console.log(`\n${problems.length ? 'FAIL' : 'ok  '} ${name}${took}\n${rows.join('\n')}`);
  if (problems.length) failures.push(`${name}: ${problems.join('\n    ')}`);
}

const appValue = (s) => (s === null || s === '' ? null : Number(s)); // Number('NaN') is NaN

// ---------------------------------------------------------------- main
const started = performance.now();
const python = findPython();
console.log(`Python: ${python.exe} (${python.version})`);
const app = await readApp();
const readMs = performance.now() - started;

const sets = { pytorch: [], numpy: [] };
const expectations = new Map();
for (const s of app.explorer) {
  const [p, q] = s.title.split(' vs ');
  if (s.options.why)
    console.log(`${s.title}: agreement to ${s.options.tolerance}: ${s.options.why}`);
  for (const library of ['pytorch', 'numpy']) {
    const name = `${library}: ${s.title}`;
    sets[library].push({ name, code: s.code[library] });
    const labels = Object.keys(MEASURES).filter(
      (l) =>
        l !== 'F.kl_div batchmean' ||
        (library === 'pytorch' && s.code.pytorch.includes('F.kl_div(')),
    );
    expectations.set(
      name,
      labels.map((label) => ({
        label,
        // The snippet says where F.kl_div prints nan (P and Q share a zero); hold it to that.
        app:
          label === 'F.kl_div batchmean' && s.code.pytorch.includes('this line prints nan')
            ? NaN
            : appValue(s.readouts[MEASURES[label]]),
        tol: Math.max(tolerance(library, p, q.split(' ')[0], label), s.options.tolerance ?? 0),
      })),
    );
  }
}
for (const s of app.rejected)
  for (const library of ['pytorch', 'numpy']) {
    const name = `${library}: rejected ${s.title}`;
    sets[library].push({ name, code: s.code[library] });
    expectations.set(name, []);
  }
for (const s of app.labs) {
  const name = `pytorch: ${s.title}`;
  sets.pytorch.push({ name, code: s.code.pytorch });
  expectations.set(
    name,
    Object.entries(s.labels).map(([label, id]) => ({
      label,
      app: appValue(s.readouts[id]),
      tol: CLOSED,
    })),
  );
}

const dir = mkdtempSync(join(tmpdir(), 'verify-code-'));
const pythonStarted = performance.now();
const [torchRun, numpyRun] = await Promise.all(
  ['pytorch', 'numpy'].map((l) => runSet(python.exe, l, sets[l], dir)),
);
const pythonMs = performance.now() - pythonStarted;
console.log(`Versions: ${JSON.stringify({ ...torchRun.versions, ...numpyRun.versions })}`);

const failures = app.pageErrors.map((e) => `page error: ${e}`);
for (const s of app.rejected)
  for (const [library, code] of Object.entries(s.code))
    if (code.split('\n').some((l) => l.trim() && !l.startsWith('#')))
      failures.push(`${library}: rejected ${s.title}: the block holds code, not just a notice`);
for (const [library, run] of [
  ['pytorch', torchRun],
  ['numpy', numpyRun],
]) {
  if (run.results.length !== sets[library].length)
    failures.push(`${library}: ${run.results.length} results for ${sets[library].length} snippets`);
  for (const [i, r] of run.results.entries())
    check(r.name, sets[library][i].code, r, expectations.get(r.name), failures);
}
writeFileSync(join(dir, 'snippets.json'), JSON.stringify(sets, null, 1));
console.log(
  `\n${sets.pytorch.length + sets.numpy.length} snippets (${sets.pytorch.length} PyTorch, ${sets.numpy.length} NumPy/SciPy)` +
    ` from ${app.explorer.length + app.rejected.length + app.labs.length} pages; build and read ${(readMs / 1000).toFixed(1)} s,` +
    ` Python ${(pythonMs / 1000).toFixed(1)} s${fresh ? ' (--fresh: one process per snippet)' : ''}. Snippets: ${dir}/snippets.json`,
);
if (failures.length) {
  console.error(`\n${failures.length} failure(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('All snippets ran and agree with the app.');
