// Runs the generated NumPy/SciPy snippets with python3 and compares what they print with the
// explorer's own numbers (analysePair). Not part of the test suite (CI has no Python).
// Usage: node scripts/verify-codegen.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'rolldown';

const dir = mkdtempSync(join(tmpdir(), 'codegen-'));
const entry = join(dir, 'entry.ts');
writeFileSync(
  entry,
  `export { numpySnippet } from '${process.cwd()}/src/ui/share/codegen/numpySnippet';
export { analysePair } from '${process.cwd()}/src/core/analysis';
export { parseSpec } from '${process.cwd()}/src/core/spec/parse';
export { smoothDistribution } from '${process.cwd()}/src/core/divergences/smoothing';`,
);
await build({
  input: entry,
  output: { file: join(dir, 'bundle.mjs'), format: 'esm' },
  logLevel: 'silent',
});
const { numpySnippet, analysePair, parseSpec, smoothDistribution } = await import(
  join(dir, 'bundle.mjs')
);

const SCENARIOS = [
  ['Bern(0.3)', 'Bern(0.6)', 0, 0],
  ['Cat(0.9,0.05,0.05)', 'Cat(1,1,1)', 0, 0],
  ['Cat(0.5,0.3,0.2)', 'Cat(0.6,0.4,0)', 0.01, 0],
  ['Cat(0.5,0.3,0.2)', 'Cat(0.6,0.4,0)', 0, 0.1],
  ['N(0,1)', 'N(1,2)', 0, 0],
  ['Mix(0.5*N(-3,1),0.5*N(3,1))', 'N(0,3.1622776601683795)', 0, 0],
  ['N2(0,0,1,1,0.5)', 'N2(1,0,2,1,0)', 0, 0],
];
const KEYS = [
  ['KL(P||Q)', 'klPQ'],
  ['KL(Q||P)', 'klQP'],
  ['JS(P||Q)', 'js'],
  ['KL(P||Q) + KL(Q||P)', 'symKl'],
  ['H(P,Q)', 'cePQ'],
  ['H(P)', 'hP'],
  ['H(Q)', 'hQ'],
];
let worst = 0;
for (const [ps, qs, eps, alpha] of SCENARIOS) {
  const p = parseSpec(ps).value;
  const q = parseSpec(qs).value;
  const qa = eps || alpha ? smoothDistribution(q, { eps, alpha }) : q;
  const app = analysePair(p, qa);
  const file = join(dir, 'snippet.py');
  writeFileSync(file, numpySnippet({ p, q, eps, alpha }));
  const out = execFileSync('python3', [file], { encoding: 'utf8' });
  console.log(`\n${ps} vs ${qs}${eps ? ` eps=${eps}` : ''}${alpha ? ` alpha=${alpha}` : ''}`);
  for (const [label, key] of KEYS) {
    const line = out.split('\n').find((l) => l.startsWith(label.padEnd(20)));
    const py = Number(
      line?.split('=').at(-1)?.replace('nats', '').trim().replace('inf', 'Infinity'),
    );
    const js = app.ok ? app.measures[key].value : NaN;
    const rel = py === js ? 0 : Math.abs(py - js) / Math.max(1e-300, Math.abs(js));
    if (Number.isFinite(rel)) worst = Math.max(worst, rel);
    console.log(
      `  ${label.padEnd(20)} python ${String(py).padEnd(22)} app ${String(js).padEnd(22)} rel.diff ${rel.toExponential(1)}`,
    );
  }
}
console.log(`\nworst relative difference: ${worst.toExponential(2)}`);
