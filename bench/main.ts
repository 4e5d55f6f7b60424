/**
 * `npm run bench`: builds this file for Node with Vite (so the core's TypeScript runs unchanged),
 * runs every registered case and prints one table. Exits non-zero if a case misses its budget,
 * so a regression is visible, but `npm test` does not run it: timings on shared CI machines are noise.
 */
import { cases, type BenchRow } from './harness';
import { serveLaneIfWorker } from './nodeWorkerLanes';

import.meta.glob('./**/*.bench.ts', { eager: true });

// The pool benchmark's worker threads run this same bundle: they serve chunks and run no case.
if (!serveLaneIfWorker()) await runBenchmarks();

async function runBenchmarks(): Promise<void> {
  const filter = process.argv[2];
  const rows: (BenchRow & { group: string })[] = [];
  for (const c of cases) {
    if (filter && !c.group.toLowerCase().includes(filter.toLowerCase())) continue;
    const row = await c.run();
    rows.push({ ...row, group: c.group });
    console.error(`  ${c.group} · ${row.operation}: ${formatMs(row.medianMs)}`);
  }

  const header = ['group', 'operation', 'median', 'ops/s', 'budget', 'ok'];
  const body = rows.map((r) => [
    r.group,
    r.operation,
    formatMs(r.medianMs),
    `${formatNumber(r.perSecond)}${r.perSecondUnit ? ` ${r.perSecondUnit}` : ''}`,
    r.budget ?? '',
    r.withinBudget === undefined ? '' : r.withinBudget ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\nNode ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const b of body) console.log(line(b));
  if (rows.some((r) => r.withinBudget === false)) {
    console.log('\nSome cases missed their budget.');
    process.exitCode = 1;
  }
}

function formatNumber(x: number): string {
  if (x >= 1e6) return `${(x / 1e6).toFixed(2)} M`;
  if (x >= 1e3) return `${(x / 1e3).toFixed(2)} k`;
  return x.toFixed(1);
}

function formatMs(ms: number): string {
  if (ms < 0.001) return `${(ms * 1e6).toFixed(1)} ns`;
  if (ms < 1) return `${(ms * 1e3).toFixed(2)} µs`;
  return `${ms.toFixed(2)} ms`;
}
