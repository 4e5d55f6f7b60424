import type { Continuous1Spec, Continuous2Spec } from '../core/distributions/types';
import {
  Reverse2Objective,
  distinctMinima1,
  distinctMinima2,
  fitTarget1,
  landscape1Grid,
  landscape1Rows,
  mixture1Summary,
  pScale2,
  reverseFit1Run,
  reverseFit2Run,
  reverseFitStarts1,
  reverseFitStarts2,
  type Gaussian1,
  type Gaussian2,
  type LocalMinimum,
  type PathPoint,
  type RunResult,
} from '../core/fit';
import type { JobContext } from './job';

export type FitReverseParams =
  | {
      readonly dimension: 1;
      readonly p: Continuous1Spec;
      readonly seed: number;
      readonly restarts: number;
      readonly start: Gaussian1;
    }
  | {
      readonly dimension: 2;
      readonly p: Continuous2Spec;
      readonly seed: number;
      readonly restarts: number;
      readonly start: Gaussian2;
    };

export type FitReverseResult =
  | {
      readonly dimension: 1;
      /** The start the path came from (the request's, as given). */
      readonly start: Gaussian1;
      readonly minima: LocalMinimum<Gaussian1>[];
      readonly path: PathPoint<Gaussian1>[];
      readonly restarts: number;
      readonly unconverged: number;
    }
  | {
      readonly dimension: 2;
      readonly start: Gaussian2;
      readonly minima: LocalMinimum<Gaussian2>[];
      readonly path: PathPoint<Gaussian2>[];
      readonly restarts: number;
      readonly unconverged: number;
    };

/** The path from the person's start, then each seeded restart, with a checkpoint between runs. */
export async function fitReverseHandler(
  params: FitReverseParams,
  context: JobContext,
): Promise<FitReverseResult> {
  const total = params.restarts + 1;
  if (params.dimension === 1) {
    const { table, reverse: objective } = fitTarget1(params.p);
    // KL(Q‖P) = ∞ for every Gaussian (a bounded P): nothing to minimise; the view says why.
    if (!objective)
      return {
        dimension: 1,
        start: params.start,
        path: [],
        minima: [],
        restarts: 0,
        unconverged: 0,
      };
    const first = reverseFit1Run(table, params.start, objective);
    const runs: RunResult<Gaussian1>[] = [];
    context.progress(1, total);
    for (const s of reverseFitStarts1(table, params.seed, params.restarts)) {
      await context.checkpoint();
      runs.push(reverseFit1Run(table, s, objective));
      context.progress(runs.length + 1, total);
    }
    const { lo, hi } = mixture1Summary(table);
    return {
      dimension: 1,
      start: params.start,
      path: [...first.path],
      minima: distinctMinima1([...runs, first], Math.max(Math.abs(lo), Math.abs(hi))).map((m) => ({
        ...m,
        count: m.restarts.filter((i) => i < runs.length).length,
        restarts: m.restarts.filter((i) => i < runs.length),
      })),
      restarts: runs.length,
      unconverged: runs.filter((r) => !r.converged).length,
    };
  }
  const objective = new Reverse2Objective(params.p);
  const first = reverseFit2Run(objective, params.start);
  const runs: RunResult<Gaussian2>[] = [];
  context.progress(1, total);
  for (const s of reverseFitStarts2(params.p, params.seed, params.restarts)) {
    await context.checkpoint();
    runs.push(reverseFit2Run(objective, s, undefined, [first, ...runs]));
    context.progress(runs.length + 1, total);
  }
  return {
    dimension: 2,
    start: params.start,
    path: [...first.path],
    minima: distinctMinima2([...runs, first], pScale2(params.p)).map((m) => ({
      ...m,
      count: m.restarts.filter((i) => i < runs.length).length,
      restarts: m.restarts.filter((i) => i < runs.length),
    })),
    restarts: runs.length,
    unconverged: runs.filter((r) => !r.converged).length,
  };
}

export interface FitLandscapeResult {
  readonly mu: number[];
  readonly logSigma: number[];
  /** Row-major, one row per log σ: KL(Q‖P) and KL(P‖Q), nats. */
  readonly reverse: Float64Array;
  readonly forward: Float64Array;
}

/** The (μ, log σ) landscape, a few rows per chunk. */
export async function fitLandscapeHandler(
  params: { readonly p: Continuous1Spec; readonly n: number },
  context: JobContext,
): Promise<FitLandscapeResult> {
  const grid = landscape1Grid(params.p, params.n);
  const n = params.n;
  const reverse = new Float64Array(n * n);
  const forward = new Float64Array(n * n);
  const chunk = 6;
  for (let r = 0; r < n; r += chunk) {
    await context.checkpoint();
    const end = Math.min(n, r + chunk);
    const rows = landscape1Rows(params.p, grid, r, end);
    reverse.set(rows.reverse, r * n);
    forward.set(rows.forward, r * n);
    context.progress(end, n);
  }
  return { mu: grid.mu, logSigma: grid.logSigma, reverse, forward };
}
