import {
  asGaussian1,
  asGaussian2,
  discreteDistribution,
  gaussianComponents1,
  gaussianComponents2,
  integerFamily,
  isGaussianMixture1,
  logDensity1,
  real1Family,
} from '../families/registry';
import type {
  Continuous1Spec,
  Continuous2Spec,
  DiscreteSpec,
  Distribution,
  IntegerSpec,
  Normal,
  Normal2,
} from '../distributions/types';
import { isContinuous1, isContinuous2, isDiscrete, isInteger } from '../distributions/types';
import type { SupportMismatch } from '../divergences/types';
import { nextDown, nextUp } from '../numeric/nextDouble';
import { aliasDraw, aliasTable, type AliasTable } from '../random/alias';
import { normalDraw, normalSlowPath, ZK, ZW } from '../random/normal';
import type { Xoshiro128 } from '../random/xoshiro128';
import {
  mixtureLogDensity1,
  mixtureLogDensity2Row,
  mixtureTable1,
  mixtureTable2,
  mixtureTable2AtY,
  type MixtureTable1,
  type MixtureTable2,
} from '../quadrature/mixtureTable';

/**
 * Draws x ~ `from` and writes ℓ = log to(x) − log from(x) for each draw. Specialised per family pair
 * with constants precomputed once, so the per-sample loop allocates nothing and calls no closure.
 * `mismatch` is set for discrete pairs where `to` gives 0 to an outcome `from` can produce.
 */
export interface LogRatioKernel {
  fill(rng: Xoshiro128, out: Float64Array, from: number, count: number): void;
  readonly mismatch?: SupportMismatch;
}

/**
 * The kernel for x ~ `from`, ratio to(x)/from(x). `zeroIn` names `to` in the caller's P/Q terms
 * (for the reason attached to an infinite estimate).
 * @throws RangeError if the two distributions live on different sample spaces.
 */
export function logRatioKernel(
  from: Distribution,
  to: Distribution,
  zeroIn: 'P' | 'Q',
): LogRatioKernel {
  if (isDiscrete(from) && isDiscrete(to)) return discreteKernel(from, to, zeroIn);
  if (isInteger(from) && isInteger(to)) return integerKernel(from, to, zeroIn);
  if (isContinuous1(from) && isContinuous1(to)) {
    const [gp, gq] = [asGaussian1(from), asGaussian1(to)];
    if (gp && gq) return new Gaussian1Kernel(gp, gq);
    if (isGaussianMixture1(from) && isGaussianMixture1(to)) return new Mixture1Kernel(from, to);
    return generic1Kernel(from, to);
  }
  if (isContinuous2(from) && isContinuous2(to)) {
    const [gp, gq] = [asGaussian2(from), asGaussian2(to)];
    if (gp && gq) return new Gaussian2Kernel(gp, gq);
    return new Mixture2Kernel(from, to);
  }
  throw new RangeError(`cannot compare ${from.family} with ${to.family}: different sample spaces`);
}

/**
 * Any other 1-D pair: x from the family's own sampler, ℓ from the two log-densities. Where `to` has
 * no density at a draw (outside its support) ℓ = −∞, so the estimates say +Infinity.
 */
function generic1Kernel(from: Continuous1Spec, to: Continuous1Spec): LogRatioKernel {
  const draw = real1Family(from).sampler(from);
  const logFrom = logDensity1(from);
  const logTo = logDensity1(to);
  const s = real1Family(from).support(from);
  // A draw can round onto a finite support edge where the density is infinite (Beta with a < 1:
  // ≈ 2.5 % of Beta(1, 0.1)'s draws are exactly 1). Such a draw stands for the edge limit: it is
  // moved to the adjacent interior double, where both log-densities are finite.
  const [lo, hi] = s.kind === 'interval' ? [s.lo, s.hi] : [-Infinity, Infinity];
  const inLo = Number.isFinite(lo) ? nextUp(lo) : lo;
  const inHi = Number.isFinite(hi) ? nextDown(hi) : hi;
  return {
    fill(rng, out, start, count) {
      for (let i = start, end = start + count; i < end; i++) {
        let x = draw(rng);
        let lf = logFrom(x);
        if (lf === Infinity) {
          x = x <= lo ? inLo : x >= hi ? inHi : x;
          lf = logFrom(x);
        }
        out[i] = logTo(x) - lf;
      }
    },
  };
}

/**
 * Counts (Pois, Bin): x from `from`'s own sampler, ℓ from the two log-pmfs. A draw outside `to`'s
 * support gives ℓ = −∞; `mismatch` names the first outcome `from` can produce that `to` cannot.
 */
function integerKernel(from: IntegerSpec, to: IntegerSpec, zeroIn: 'P' | 'Q'): LogRatioKernel {
  const f = integerFamily(from);
  const draw = f.sampler(from);
  const logFrom = f.integerDistribution(from);
  const logTo = integerFamily(to).integerDistribution(to);
  const a = logFrom.support;
  const b = logTo.support;
  const outcome = a.lo < b.lo ? a.lo : a.hi > b.hi ? Math.max(b.hi + 1, a.lo) : -1;
  const mismatch: SupportMismatch | undefined =
    outcome >= 0 ? { code: 'support-mismatch', zeroIn, outcome } : undefined;
  return {
    ...(mismatch ? { mismatch } : {}),
    fill(rng, out, start, count) {
      for (let i = start, end = start + count; i < end; i++) {
        const x = draw(rng);
        out[i] = logTo.logPmf(x) - logFrom.logPmf(x);
      }
    },
  };
}

function discreteKernel(from: DiscreteSpec, to: DiscreteSpec, zeroIn: 'P' | 'Q'): LogRatioKernel {
  const p = discreteDistribution(from);
  const q = discreteDistribution(to);
  const k = p.probs.length;
  if (q.probs.length !== k) {
    throw new RangeError(`cannot compare ${k} outcomes with ${q.probs.length}`);
  }
  // ℓ depends only on the outcome, so it is tabulated once; q_k = 0 gives −∞ (log 0 − finite).
  const table = new Float64Array(k);
  let outcome = -1;
  for (let i = 0; i < k; i++) {
    table[i] = p.probs[i]! > 0 ? q.logProbs[i]! - p.logProbs[i]! : 0;
    if (outcome < 0 && p.probs[i]! > 0 && q.probs[i] === 0) outcome = i;
  }
  const alias = aliasTable(p.probs);
  const mismatch: SupportMismatch | undefined =
    outcome >= 0 ? { code: 'support-mismatch', zeroIn, outcome } : undefined;
  return {
    ...(mismatch ? { mismatch } : {}),
    fill(rng, out, start, count) {
      for (let i = start, end = start + count; i < end; i++) out[i] = table[aliasDraw(alias, rng)]!;
    },
  };
}

/**
 * N(μp, σp) against N(μq, σq). With x = μp + σp·z the standardised value under P is z itself, so
 * log p(x) = −z²/2 − log σp exactly, and log q(x) = −((x − μq)/σq)²/2 − log σq; the common −½log 2π
 * cancels in ℓ = log(σp/σq) + ½(z² − zq²).
 */
class Gaussian1Kernel implements LogRatioKernel {
  private readonly mu: number;
  private readonly sigma: number;
  private readonly muQ: number;
  private readonly invSigmaQ: number;
  private readonly logSigmaRatio: number;
  /** Where fillFast stopped: the layer and position of the word that needs the slow path. */
  private slowLayer = 0;
  private slowJ = 0.5;

  constructor(p: Normal, q: Normal) {
    this.mu = p.mu;
    this.sigma = p.sigma;
    this.muQ = q.mu;
    this.invSigmaQ = 1 / q.sigma;
    this.logSigmaRatio = Math.log(p.sigma) - Math.log(q.sigma);
  }

  /**
   * The lab's hottest loop, in two parts. {@link fillFast} runs the generator and the ziggurat's fast
   * path inlined, and contains no call; when a word misses the fast path (1.2 % of draws) it returns,
   * and this loop finishes that draw with normalSlowPath (which calls Math.log/Math.exp) and resumes
   * it. A call site inside the hot loop, even one so rarely taken, made V8 spill the loop's values
   * around it, and with the slow path inlined in the same function the whole loop was ≈ 40 % slower
   * (docs/BENCHMARKS.md). The stream is bit-identical to normalDraw(rng) per sample (same words,
   * same tables, same slow path), so this kernel draws exactly the samples the others (and
   * monteCarloSamples1) would; kernels.test.ts checks it.
   */
  fill(rng: Xoshiro128, out: Float64Array, start: number, count: number): void {
    const end = start + count;
    for (
      let k = this.fillFast(rng, out, start, end);
      k < end;
      k = this.fillFast(rng, out, k + 1, end)
    ) {
      // As normalDraw: the slow path for the word fillFast stopped at, and on rejection a fresh draw.
      let z = normalSlowPath(rng, this.slowLayer, this.slowJ);
      if (z !== z) z = normalDraw(rng);
      const zq = (this.mu + this.sigma * z - this.muQ) * this.invSigmaQ;
      out[k] = this.logSigmaRatio + 0.5 * (z * z - zq * zq);
    }
  }

  /**
   * Fills `out[start…end)` until the end or the first word that misses the ziggurat's fast path,
   * whose index it returns, with that word's layer and position in slowLayer/slowJ and the generator
   * just after it. The state lives in local int32 variables (V8 keeps them in registers), and tables
   * and fields are read into locals first: Node 20's V8 reloads and re-checks module-level consts on
   * every use.
   */
  private fillFast(rng: Xoshiro128, out: Float64Array, start: number, end: number): number {
    const { mu, sigma, muQ, invSigmaQ, logSigmaRatio } = this;
    const zk = ZK;
    const zw = ZW;
    const words = rng.words;
    let s0 = words[0]!;
    let s1 = words[1]!;
    let s2 = words[2]!;
    let s3 = words[3]!;
    let k = start;
    for (; k < end; k++) {
      // xoshiro128** step, as Xoshiro128.nextUint32 (the result kept signed: only its low 7 bits
      // and its arithmetic shift are used, which the sign does not change).
      const m = Math.imul(s1, 5);
      const u = Math.imul((m << 7) | (m >>> 25), 9);
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      const layer = u & 127;
      const j = (u >> 7) + 0.5;
      if (!(Math.abs(j) < zk[layer]!)) {
        this.slowLayer = layer;
        this.slowJ = j;
        break;
      }
      const z = j * zw[layer]!;
      const zq = (mu + sigma * z - muQ) * invSigmaQ;
      out[k] = logSigmaRatio + 0.5 * (z * z - zq * zq);
    }
    words[0] = s0;
    words[1] = s1;
    words[2] = s2;
    words[3] = s3;
    return k;
  }
}

/**
 * What a 1-D mixture kernel needs: the mixture table for log-densities (shared with the quadrature)
 * and, for drawing, an alias table over the components (none for a single Gaussian).
 */
interface Mixture1Draw {
  readonly table: MixtureTable1;
  readonly alias: AliasTable | undefined;
}

function mixture1Draw(d: Continuous1Spec): Mixture1Draw {
  const weights = gaussianComponents1(d).map((c) => c.weight);
  return {
    table: mixtureTable1(d),
    alias: weights.length > 1 ? aliasTable(weights) : undefined,
  };
}

/** Any 1-D pair with at least one mixture: x ~ P by alias-chosen component, both log densities. */
class Mixture1Kernel implements LogRatioKernel {
  private readonly p: Mixture1Draw;
  private readonly q: MixtureTable1;

  constructor(p: Continuous1Spec, q: Continuous1Spec) {
    this.p = mixture1Draw(p);
    this.q = mixtureTable1(q);
  }

  fill(rng: Xoshiro128, out: Float64Array, start: number, count: number): void {
    const { p, q } = this;
    const { alias, table } = p;
    for (let i = start, end = start + count; i < end; i++) {
      const j = alias === undefined ? 0 : aliasDraw(alias, rng);
      const x = table.mu[j]! + table.sigma[j]! * normalDraw(rng);
      out[i] = mixtureLogDensity1(q, x) - mixtureLogDensity1(table, x);
    }
  }
}

/**
 * A 2-D Gaussian through its Cholesky factor L = [[sx, 0], [ρ·sy, sy·√(1−ρ²)]]: (x, y) = m + L·(z₁, z₂).
 * The whitened coordinates give the quadratic form (z₁² + z₂²) exactly; the log-normaliser (without
 * log 2π, which cancels) is −log(sx·sy·√(1−ρ²)), with 1 − ρ² formed as (1 − ρ)(1 + ρ).
 */
interface Gauss2 {
  readonly mx: number;
  readonly my: number;
  readonly sx: number;
  readonly syRho: number;
  readonly syRoot: number;
  readonly invSx: number;
  readonly invSy: number;
  readonly rho: number;
  readonly invOneMinusRho2: number;
  readonly logNorm: number;
}

function gauss2(d: Normal2): Gauss2 {
  const oneMinusRho2 = (1 - d.rho) * (1 + d.rho);
  return {
    mx: d.mx,
    my: d.my,
    sx: d.sx,
    syRho: d.sy * d.rho,
    syRoot: d.sy * Math.sqrt(oneMinusRho2),
    invSx: 1 / d.sx,
    invSy: 1 / d.sy,
    rho: d.rho,
    invOneMinusRho2: 1 / oneMinusRho2,
    logNorm: -Math.log(d.sx) - Math.log(d.sy) - 0.5 * Math.log(oneMinusRho2),
  };
}

/** log N2 without −log 2π: −(ux² − 2ρ·ux·uy + uy²)/(2(1 − ρ²)) + logNorm, u = (· − m)/s. */
function logDensityGauss2(g: Gauss2, x: number, y: number): number {
  const ux = (x - g.mx) * g.invSx;
  const uy = (y - g.my) * g.invSy;
  return g.logNorm - 0.5 * (ux * ux - 2 * g.rho * ux * uy + uy * uy) * g.invOneMinusRho2;
}

class Gaussian2Kernel implements LogRatioKernel {
  private readonly p: Gauss2;
  private readonly q: Gauss2;

  constructor(p: Normal2, q: Normal2) {
    this.p = gauss2(p);
    this.q = gauss2(q);
  }

  /** As Gaussian1Kernel.fill: fillFast's loop has no call, the rare slow draw is finished here. */
  fill(rng: Xoshiro128, out: Float64Array, start: number, count: number): void {
    const { p, q } = this;
    const end = start + count;
    for (
      let i = this.fillFast(rng, out, start, end);
      i < end;
      i = this.fillFast(rng, out, i + 1, end)
    ) {
      // fillFast left the generator at the start of sample i: draw it as normalDraw does.
      const z1 = normalDraw(rng);
      const z2 = normalDraw(rng);
      const x = p.mx + p.sx * z1;
      const y = p.my + p.syRho * z1 + p.syRoot * z2;
      const logP = p.logNorm - 0.5 * (z1 * z1 + z2 * z2);
      out[i] = logDensityGauss2(q, x, y) - logP;
    }
  }

  /**
   * Samples whose two words both take the ziggurat's fast path, from `start` until `end` or the
   * first sample that needs the slow path, whose index it returns with the generator rewound to
   * that sample's first word. The arithmetic is fill's, term for term (same bits).
   */
  private fillFast(rng: Xoshiro128, out: Float64Array, start: number, end: number): number {
    const zk = ZK;
    const zw = ZW;
    const { mx, my, sx, syRho, syRoot, logNorm } = this.p;
    const q = this.q;
    const qmx = q.mx;
    const qmy = q.my;
    const qInvSx = q.invSx;
    const qInvSy = q.invSy;
    const qRho = q.rho;
    const qInv = q.invOneMinusRho2;
    const qLogNorm = q.logNorm;
    const words = rng.words;
    let s0 = words[0]!;
    let s1 = words[1]!;
    let s2 = words[2]!;
    let s3 = words[3]!;
    let i = start;
    for (; i < end; i++) {
      const r0 = s0;
      const r1 = s1;
      const r2 = s2;
      const r3 = s3;
      // Two xoshiro128** steps, as in Gaussian1Kernel.fillFast.
      let m = Math.imul(s1, 5);
      const u1 = Math.imul((m << 7) | (m >>> 25), 9);
      let t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      m = Math.imul(s1, 5);
      const u2 = Math.imul((m << 7) | (m >>> 25), 9);
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      const layer1 = u1 & 127;
      const j1 = (u1 >> 7) + 0.5;
      const layer2 = u2 & 127;
      const j2 = (u2 >> 7) + 0.5;
      if (!(Math.abs(j1) < zk[layer1]! && Math.abs(j2) < zk[layer2]!)) {
        s0 = r0;
        s1 = r1;
        s2 = r2;
        s3 = r3;
        break;
      }
      const z1 = j1 * zw[layer1]!;
      const z2 = j2 * zw[layer2]!;
      const x = mx + sx * z1;
      const y = my + syRho * z1 + syRoot * z2;
      const logP = logNorm - 0.5 * (z1 * z1 + z2 * z2);
      // logDensityGauss2(q, x, y), inlined.
      const ux = (x - qmx) * qInvSx;
      const uy = (y - qmy) * qInvSy;
      out[i] = qLogNorm - 0.5 * (ux * ux - 2 * qRho * ux * uy + uy * uy) * qInv - logP;
    }
    words[0] = s0;
    words[1] = s1;
    words[2] = s2;
    words[3] = s3;
    return i;
  }
}

/**
 * What a 2-D mixture kernel needs: the mixture table for log-densities (shared with the quadrature),
 * and for drawing each component's Cholesky factor and an alias table over the components.
 */
interface Mixture2Draw {
  readonly table: MixtureTable2;
  readonly g: readonly Gauss2[];
  readonly alias: AliasTable | undefined;
}

function mixture2Draw(d: Continuous2Spec): Mixture2Draw {
  const comps = gaussianComponents2(d);
  return {
    table: mixtureTable2(d),
    g: comps.map((c) => gauss2(c.component)),
    alias: comps.length > 1 ? aliasTable(comps.map((x) => x.weight)) : undefined,
  };
}

/** log p(x, y) from a mixture table (its conditional form fixes y first). */
function mixtureLogDensity2(t: MixtureTable2, x: number, y: number): number {
  mixtureTable2AtY(t, y);
  return mixtureLogDensity2Row(t, x);
}

/** Any 2-D pair with at least one mixture. */
class Mixture2Kernel implements LogRatioKernel {
  private readonly p: Mixture2Draw;
  private readonly q: MixtureTable2;

  constructor(p: Continuous2Spec, q: Continuous2Spec) {
    this.p = mixture2Draw(p);
    this.q = mixtureTable2(q);
  }

  fill(rng: Xoshiro128, out: Float64Array, start: number, count: number): void {
    const { p, q } = this;
    for (let i = start, end = start + count; i < end; i++) {
      const g = p.g[p.alias === undefined ? 0 : aliasDraw(p.alias, rng)]!;
      const z1 = normalDraw(rng);
      const z2 = normalDraw(rng);
      const x = g.mx + g.sx * z1;
      const y = g.my + g.syRho * z1 + g.syRoot * z2;
      out[i] = mixtureLogDensity2(q, x, y) - mixtureLogDensity2(p.table, x, y);
    }
  }
}
