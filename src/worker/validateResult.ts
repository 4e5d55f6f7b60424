import { MEASURE_KEYS } from '../core/divergences/types';
import type { CommandName } from './protocol';

/**
 * Structural checks of what a worker sends back, one per command. A worker is another program as
 * far as the page is concerned (a stale cached script, a broken build, a browser bug): a result
 * that would crash a panel or put NaN on screen is refused here, at the protocol boundary, and the
 * client treats it like a worker that failed. The checks are shallow on purpose: enough that
 * every field the UI dereferences exists with the right kind of value, not a second type checker.
 * Each returns a short description of the first problem found, or null.
 */
type Check = (result: unknown) => string | null;

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isNumber = (x: unknown): x is number => typeof x === 'number' && !Number.isNaN(x);
const isArrayLike = (x: unknown) => Array.isArray(x) || x instanceof Float64Array;

function fields(result: unknown, spec: Record<string, (x: unknown) => boolean>): string | null {
  if (!isObject(result)) return 'not an object';
  for (const [key, ok] of Object.entries(spec)) if (!ok(result[key])) return `bad field "${key}"`;
  return null;
}

const VIEW_KINDS = new Set(['discrete', 'continuous1', 'continuous2']);
const K3_STATUSES = new Set(['finite', 'infinite-ratio', 'infinite-log']);
const isK3Status = (x: unknown) => typeof x === 'string' && K3_STATUSES.has(x);

const checkAnalysis: Check = (result) => {
  if (!isObject(result) || typeof result.ok !== 'boolean') return 'no "ok" flag';
  if (!result.ok)
    return isObject(result.problem) && typeof result.problem.message === 'string'
      ? null
      : 'a refusal without a message';
  const { measures, view } = result;
  if (!isObject(measures)) return 'no measures';
  for (const key of MEASURE_KEYS) {
    const m = measures[key];
    if (!isObject(m) || !isNumber(m.value) || !isNumber(m.error))
      return `measure "${key}" is not a number`;
  }
  if (!isObject(view) || typeof view.kind !== 'string' || !VIEW_KINDS.has(view.kind))
    return 'no plot data';
  return Array.isArray(result.notes) ? null : 'no notes';
};

/** A refusal carries its reason; an answer its fields. */
const okOr =
  (spec: Record<string, (x: unknown) => boolean>): Check =>
  (r) => {
    if (!isObject(r) || typeof r.ok !== 'boolean') return 'no "ok" flag';
    if (!r.ok) return typeof r.reason === 'string' ? null : 'a refusal without a reason';
    return fields(r, spec);
  };

export const RESULT_CHECKS: { readonly [K in CommandName]: Check } = {
  analyse: checkAnalysis,
  renyiCurve: (r) =>
    fields(r, {
      points: (x) =>
        Array.isArray(x) &&
        x.every(
          (pt) =>
            isObject(pt) && isNumber(pt.order) && isObject(pt.value) && isNumber(pt.value.value),
        ),
    }),
  fitReverse: (r) =>
    fields(r, {
      dimension: (d) => d === 1 || d === 2,
      minima: Array.isArray,
      path: Array.isArray,
      restarts: isNumber,
      unconverged: isNumber,
    }),
  fitLandscape: (r) =>
    fields(r, {
      mu: Array.isArray,
      logSigma: Array.isArray,
      reverse: isArrayLike,
      forward: isArrayLike,
    }),
  calibrationStudy: (r) =>
    fields(r, {
      fit: isObject,
      nllBefore: isNumber,
      before: isObject,
      after: isObject,
      curve: Array.isArray,
    }),
  k3Variance: (r) => fields(r, { pq: isK3Status, qp: isK3Status }),
  monteCarloChunk: (r) =>
    fields(r, {
      chunkIndex: isNumber,
      chunkSize: isNumber,
      state: isObject,
      checkpoints: Array.isArray,
      computeMs: isNumber,
    }),
  samplesMle: okOr({
    dimension: (d) => d === 1 || d === 2,
    q: isObject,
    final: (f) => isObject(f) && isNumber(f.kl) && isNumber(f.avgLogLik) && isNumber(f.n),
    trace: Array.isArray,
    forwardKl: isNumber,
  }),
  samplesEstimate: okOr({
    dimension: (d) => d === 1 || d === 2,
    n: isNumber,
    m: isNumber,
    bins: isNumber,
    knn: (k) => isObject(k) && typeof k.ok === 'boolean',
    hist: (h) => isObject(h) && isNumber(h.value),
  }),
  importPair: (r) => {
    if (!isObject(r) || typeof r.ok !== 'boolean') return 'no "ok" flag';
    if (!r.ok) return typeof r.message === 'string' ? null : 'a refusal without a message';
    const vector = (v: unknown) => isObject(v) && Array.isArray(v.probs) && isNumber(v.total);
    return vector(r.p) && vector(r.q) ? null : 'no vectors';
  },
  samplesParseCsv: okOr({
    dimension: (d) => d === 1 || d === 2,
    values: isArrayLike,
    rows: isNumber,
    badRows: Array.isArray,
    badCount: isNumber,
  }),
};

/** Null if `result` looks like a result of `command`, else what is wrong with it. */
export function resultProblem(command: CommandName, result: unknown): string | null {
  return RESULT_CHECKS[command](result);
}
