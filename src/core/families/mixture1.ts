import { gaussianMixtureLogDensity1, mixtureLogWeights } from '../distributions/density';
import type {
  Distribution,
  Mixture1,
  Mixture2,
  MixtureComponent,
  Normal,
  Normal2,
} from '../distributions/types';
import { gaussianMixtureMoments } from '../distributions/moments';
import { aliasDraw, aliasTable } from '../random/alias';
import { formatSpecNumber as num } from '../spec/number';
import type { SpecReader } from '../spec/reader';
import { formatNormal, NORMAL } from './normal';
import type { Real1Family } from './types';

export const MAX_MIXTURE_COMPONENTS = 8;
/** The smallest ratio of a nonzero mixture weight to the largest one. */
export const MIN_WEIGHT_RATIO = 1e-100;

/**
 * The families a mixture may take components of. Components are Normal-only today: a component
 * of another 1-D family (Laplace, t, …) will join `mixture`'s component type and this list; the
 * mixture's parts below already reach components only through `NORMAL`'s module.
 */
const COMPONENT_FAMILIES: readonly Distribution['family'][] = ['normal', 'normal2'];

/** Mix(w₁*D₁, …, w_k*D_k): 1 to 8 components, all N or all N2 (the token serves both families). */
function parseMixture(r: SpecReader): Mixture1 | Mixture2 {
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
    if (!COMPONENT_FAMILIES.includes(component.family))
      r.fail('Mix components must be N(…) or N2(…)', componentStart, r.position());
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
  const families = new Set(components.map((c) => c.component.family));
  if (families.size > 1)
    r.fail('Mix components must be all N or all N2, not both', start, r.position());
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
  return families.has('normal')
    ? { family: 'mixture', components: components as MixtureComponent<Normal>[] }
    : { family: 'mixture2', components: components as MixtureComponent<Normal2>[] };
}

/** Mix(w₁*N(…),…): a mixture of 1-D Gaussians. */
export const MIXTURE1: Real1Family<'mixture'> = {
  family: 'mixture',
  kind: 'real1',
  token: 'Mix',
  label: 'Mixture',
  parameters: [],
  parse: parseMixture,
  format: (d) =>
    `Mix(${d.components.map((c) => `${num(c.weight)}*${formatNormal(c.component)}`).join(',')})`,
  sampleSpace: () => ({ kind: 'real', dimension: 1 }),
  support: () => ({ kind: 'interval', lo: -Infinity, hi: Infinity }),
  monteCarloCost: (d) => d.components.length,
  logDensity: (d) => gaussianMixtureLogDensity1(d.components),
  moments: (d) => gaussianMixtureMoments(d.components),
  sampler(d) {
    const comps = d.components.map((c) => NORMAL.sampler(c.component));
    if (comps.length === 1) return comps[0]!;
    const alias = aliasTable(d.components.map((c) => c.weight));
    return (rng) => comps[aliasDraw(alias, rng)]!(rng);
  },
  breakpoints(d) {
    const logW = mixtureLogWeights(d.components);
    const out = d.components
      .filter((_, i) => logW[i]! > -Infinity)
      .flatMap((c) => NORMAL.breakpoints(c.component));
    return out.sort((a, b) => a - b);
  },
  gaussianMixture: (d) => d.components,
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
      'A weighted sum of bell curves: several peaks, or a skewed or heavy-shouldered shape.',
    formula: '\\textstyle\\sum_i w_i\\,\\mathcal N(x;\\,\\mu_i,\\,\\sigma_i)',
  },
};
