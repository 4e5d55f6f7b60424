import { gaussianMixtureLogDensity1, mixtureLogWeights } from '../distributions/density';
import type {
  Component1Spec,
  Distribution,
  Mixture1,
  Mixture2,
  MixtureComponent,
  Normal,
  Normal2,
} from '../distributions/types';
import { gaussianMixtureMoments } from '../distributions/moments';
import { logSumExp } from '../numeric/logspace';
import { aliasDraw, aliasTable } from '../random/alias';
import { formatSpecNumber as num } from '../spec/number';
import type { SpecReader } from '../spec/reader';
import { gapsBetween, intervalUnion } from './math/intervalSets';
import type { Real1Family, Support } from './types';

export const MAX_MIXTURE_COMPONENTS = 8;
/** The smallest ratio of a nonzero mixture weight to the largest one. */
export const MIN_WEIGHT_RATIO = 1e-100;

/** The module of a component's family (all 1-D families but the mixture share these parts). */
export type Component1Module = Real1Family<Component1Spec['family']>;

/**
 * How the mixture reaches its components' families without importing the registry (which is
 * built from this module): the registry passes its own lookups when it makes {@link mixture1Family}.
 */
export interface MixtureLookups {
  /** The module of a 1-D component, or undefined when d may not be one (a mixture, a count). */
  component1(d: Distribution): Component1Module | undefined;
  /** Whether d is a 2-D Gaussian (`N2`), the one component family of 2-D mixtures. */
  isNormal2(d: Distribution): boolean;
}

const isNormal = (d: Distribution): d is Normal => d.family === 'normal';

/**
 * Mix(w₁*D₁, …, w_k*D_k): 1 to 8 components, either all 1-D (N, U, Exp, Laplace, Gamma, Beta, T,
 * freely combined) or all N2 (the token serves both families); a component is never a mixture.
 */
function parseMixture(r: SpecReader, lookups: MixtureLookups): Mixture1 | Mixture2 {
  const start = r.position();
  r.expect('(', 'Mix');
  const components: MixtureComponent<Distribution>[] = [];
  const weights: { value: number; start: number; end: number }[] = [];
  for (;;) {
    const weight = r.number('Mix weight (write w*N(mu,sigma))');
    weights.push(weight);
    if (weight.value < 0)
      r.fail(`Mix weights must be ≥ 0, got ${weight.value}`, weight.start, weight.end);
    r.expect('*', 'Mix (write w*N(mu,sigma))');
    const componentStart = r.position();
    const component = r.distribution();
    if (!lookups.component1(component) && !lookups.isNormal2(component))
      r.fail(
        component.family === 'mixture' || component.family === 'mixture2'
          ? 'Mix components cannot be mixtures themselves: list their components in one Mix'
          : 'Mix components must be N(…), another 1-D family (U, Exp, Laplace, Gamma, Beta, T) or N2(…)',
        componentStart,
        r.position(),
      );
    components.push({ weight: weight.value, component });
    if (r.peek() !== ',') break;
    r.advance();
  }
  r.expect(')', 'Mix');
  if (components.length > MAX_MIXTURE_COMPONENTS) {
    r.fail(
      `Mix takes at most ${MAX_MIXTURE_COMPONENTS} components, got ${components.length}`,
      start,
      r.position(),
    );
  }
  const twoD = components.filter((c) => lookups.isNormal2(c.component)).length;
  if (twoD > 0 && twoD < components.length)
    r.fail(
      components.every((c) => lookups.isNormal2(c.component) || isNormal(c.component))
        ? 'Mix components must be all N or all N2, not both'
        : 'Mix components must be all 1-D or all N2, not both',
      start,
      r.position(),
    );
  const total = components.reduce((s, c) => s + c.weight, 0);
  if (!(total > 0)) r.fail('Mix weights must have a positive sum', start, r.position());
  if (!Number.isFinite(total))
    r.fail('Mix weights must have a finite sum (below 1.8e308)', start, r.position());
  const largest = Math.max(...components.map((c) => c.weight));
  const tiny = weights.find((w) => w.value > 0 && w.value < MIN_WEIGHT_RATIO * largest);
  if (tiny)
    r.fail(
      `Mix supports nonzero weights from 1e-100 of the largest weight (here ${largest}), got ${tiny.value}`,
      tiny.start,
      tiny.end,
    );
  return twoD === 0
    ? { family: 'mixture', components: components as MixtureComponent<Component1Spec>[] }
    : { family: 'mixture2', components: components as MixtureComponent<Normal2>[] };
}

/** The components as Normals when every one is a Normal (the Gaussian fast paths), else undefined. */
export function normalComponents(d: Mixture1): readonly MixtureComponent<Normal>[] | undefined {
  return d.components.every((c) => isNormal(c.component))
    ? (d.components as readonly MixtureComponent<Normal>[])
    : undefined;
}

/**
 * The mixture's parts from its components' modules: the log-density is the log-sum-exp of the
 * components' (weighted), the support the union of theirs, the breakpoints the union of theirs,
 * the sampler picks a component by its weight (alias table) and samples it, the moments follow the
 * laws of total expectation and variance, the Monte Carlo cost is the sum of the components'.
 * Components of weight 0 take no part (their support does not count, their density is not read:
 * 0·∞ at a Beta's edge would be NaN).
 */
function mixtureParts(lookups: MixtureLookups) {
  const moduleOf = (c: Component1Spec): Component1Module => lookups.component1(c)!;
  const live = (d: Mixture1) => {
    const logW = mixtureLogWeights(d.components);
    return d.components.flatMap((c, i) =>
      logW[i]! > -Infinity ? [{ logW: logW[i]!, w: Math.exp(logW[i]!), c: c.component }] : [],
    );
  };
  function support(d: Mixture1): Support {
    const parts = intervalUnion(
      live(d).map(({ c }) => {
        const s = moduleOf(c).support(c);
        return s.kind === 'interval' ? { lo: s.lo, hi: s.hi } : { lo: -Infinity, hi: Infinity };
      }),
    );
    const gaps = gapsBetween(parts);
    const hull = { kind: 'interval', lo: parts[0]!.lo, hi: parts[parts.length - 1]!.hi } as const;
    return gaps.length > 0 ? { ...hull, gaps } : hull;
  }
  return {
    format: (d: Mixture1) =>
      `Mix(${d.components.map((c) => `${num(c.weight)}*${moduleOf(c.component).format(c.component)}`).join(',')})`,
    support,
    monteCarloCost: (d: Mixture1) =>
      d.components.reduce((s, c) => s + moduleOf(c.component).monteCarloCost(c.component), 0),
    logDensity(d: Mixture1): (x: number) => number {
      const normals = normalComponents(d);
      if (normals) return gaussianMixtureLogDensity1(normals);
      const parts = live(d).map(({ logW, c }) => ({ logW, f: moduleOf(c).logDensity(c) }));
      const scratch = new Float64Array(parts.length);
      return (x) => {
        for (let i = 0; i < parts.length; i++) scratch[i] = parts[i]!.logW + parts[i]!.f(x);
        return logSumExp(scratch);
      };
    },
    /**
     * ln p at distance t inside `edge` on `side` (the mixture's own support end there, or one of
     * its {@link innerEdges}): the log-sum-exp of the components', each exact (its own
     * `logDensityNearEdge`) where its support ends at that edge on that side, else its density at
     * the rounded x (finite there: the edge is not its own).
     */
    logDensityNearEdge(d: Mixture1): (side: 'lo' | 'hi', t: number, edge?: number) => number {
      const { lo, hi } = support(d) as { lo: number; hi: number };
      const parts = live(d).map(({ logW, c }) => {
        const m = moduleOf(c);
        const s = m.support(c);
        const exact = m.logDensityNearEdge?.(c);
        const ld = m.logDensity(c);
        const own = (side: 'lo' | 'hi', edge: number) =>
          exact !== undefined &&
          s.kind === 'interval' &&
          (side === 'lo' ? s.lo === edge : s.hi === edge);
        return {
          logW,
          at: (side: 'lo' | 'hi', t: number, edge: number) =>
            own(side, edge) ? exact!(side, t) : ld(side === 'lo' ? edge + t : edge - t),
        };
      });
      const scratch = new Float64Array(parts.length);
      return (side, t, edge = side === 'lo' ? lo : hi) => {
        for (let i = 0; i < parts.length; i++)
          scratch[i] = parts[i]!.logW + parts[i]!.at(side, t, edge);
        return logSumExp(scratch);
      };
    },
    /** Where a component's support ends inside the mixture's (a gap's edges among them). */
    innerEdges(d: Mixture1): { side: 'lo' | 'hi'; edge: number }[] {
      const { lo, hi } = support(d) as { lo: number; hi: number };
      const out: { side: 'lo' | 'hi'; edge: number }[] = [];
      for (const { c } of live(d)) {
        const s = moduleOf(c).support(c);
        if (s.kind !== 'interval') continue;
        if (Number.isFinite(s.lo) && s.lo > lo) out.push({ side: 'lo', edge: s.lo });
        if (Number.isFinite(s.hi) && s.hi < hi) out.push({ side: 'hi', edge: s.hi });
      }
      return out.filter(
        (e, i) => out.findIndex((o) => o.side === e.side && o.edge === e.edge) === i,
      );
    },
    moments(d: Mixture1): { mean: number; variance: number } {
      const normals = normalComponents(d);
      if (normals) return gaussianMixtureMoments(normals);
      const parts = live(d).map(({ w, c }) => ({ w, ...moduleOf(c).moments(c) }));
      // Total variance Σwᵢ(σᵢ² + (mᵢ − m)²): a component with infinite variance (or no mean, a
      // Cauchy-like t) makes the mixture's infinite too; no NaN from ∞ − ∞.
      if (parts.some((p) => !Number.isFinite(p.mean)))
        return { mean: parts.find((p) => !Number.isFinite(p.mean))!.mean, variance: Infinity };
      const mean = parts.reduce((s, p) => s + p.w * p.mean, 0);
      const variance = parts.reduce((s, p) => s + p.w * (p.variance + (p.mean - mean) ** 2), 0);
      return { mean, variance };
    },
    sampler(d: Mixture1) {
      const comps = d.components.map((c) => moduleOf(c.component).sampler(c.component));
      if (comps.length === 1) return comps[0]!;
      const alias = aliasTable(d.components.map((c) => c.weight));
      return (rng: Parameters<(typeof comps)[number]>[0]) => comps[aliasDraw(alias, rng)]!(rng);
    },
    breakpoints(d: Mixture1): number[] {
      const out = live(d).flatMap(({ c }) => moduleOf(c).breakpoints(c));
      return [...new Set(out)].sort((a, b) => a - b);
    },
  };
}

/**
 * Mix(w₁*D₁,…): a mixture of 1-D distributions, built with the registry's lookups (see
 * {@link MixtureLookups}). A mixture of Normals only keeps the Gaussian fast paths
 * (`gaussianMixture`); any other goes through the generic ones with the parts above.
 */
export function mixture1Family(lookups: MixtureLookups): Real1Family<'mixture'> {
  const parts = mixtureParts(lookups);
  return {
    family: 'mixture',
    kind: 'real1',
    token: 'Mix',
    label: 'Mixture',
    parameters: [],
    parse: (r) => parseMixture(r, lookups),
    ...parts,
    sampleSpace: () => ({ kind: 'real', dimension: 1 }),
    gaussianMixture: normalComponents,
    plotRange(d) {
      // A Gaussian mixture keeps mean ± 4 sd (what it was drawn over before components of other
      // families); otherwise each component's own range, joined: one t with ν ≤ 2 makes the
      // mixture's variance infinite, and its 1e-300 quantiles are no place to draw.
      if (normalComponents(d)) {
        const { mean, variance } = parts.moments(d);
        return [mean - 4 * Math.sqrt(variance), mean + 4 * Math.sqrt(variance)];
      }
      let lo = Infinity;
      let hi = -Infinity;
      for (const { component: c } of d.components) {
        const [a, b] = componentPlotRange(lookups.component1(c)!, c);
        lo = Math.min(lo, a);
        hi = Math.max(hi, b);
      }
      return [lo, hi];
    },
    ui: {
      selectorLabel: 'Mixture 1-D',
      examplePair: {
        // A bimodal P against one wide Gaussian Q: the classic forward/reverse KL picture.
        p: {
          family: 'mixture',
          components: [
            { weight: 0.5, component: { family: 'normal', mu: -2, sigma: 0.6 } },
            { weight: 0.5, component: { family: 'normal', mu: 2, sigma: 0.6 } },
          ],
        },
        q: { family: 'normal', mu: 0, sigma: 2 },
      },
      description:
        'A weighted sum of densities of any 1-D families: several peaks, or a skewed or heavy-shouldered shape.',
      formula: '\\textstyle\\sum_i w_i\\,p_i(x)',
    },
  };
}

/** Where to draw one component: its family's own range, else mean ± 4 sd within its support. */
function componentPlotRange(m: Component1Module, c: Component1Spec): [number, number] {
  const own = m.plotRange?.(c);
  if (own) return [own[0], own[1]];
  const s = m.support(c);
  const [slo, shi] = s.kind === 'interval' ? [s.lo, s.hi] : [-Infinity, Infinity];
  const { mean, variance } = m.moments(c);
  const bp = m.breakpoints(c);
  const [a, b] = Number.isFinite(variance)
    ? [mean - 4 * Math.sqrt(variance), mean + 4 * Math.sqrt(variance)]
    : [bp[0]!, bp[bp.length - 1]!];
  return [Math.max(a, slo), Math.min(b, shi)];
}
