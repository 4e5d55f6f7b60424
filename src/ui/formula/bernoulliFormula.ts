import type { DiscreteView } from '../../core/analysis';
import type { MeasureValue } from '../../core/divergences/types';
import { inUnit, type InformationUnit } from '../../core/units';
import { formatNumber } from '../format';

/** A number for LaTeX: up to six significant digits, a proper minus sign, ∞ as \infty. */
export function texNumber(x: number, significant = 6): string {
  if (x === Infinity) return '\\infty';
  if (x === -Infinity) return '-\\infty';
  const s = formatNumber(x, significant).replace('−', '-');
  const m = /^(-?[\d.]+)e([+-]\d+)$/.exec(s);
  return m ? `${m[1]}\\times 10^{${Number(m[2])}}` : s;
}

const signed = (tex: string) => (tex.startsWith('-') ? `(${tex})` : tex);

/**
 * The Bernoulli KL formula with P = Bern(p), Q = Bern(q) substituted term by term:
 *   KL(P‖Q) = p log(p/q) + (1 − p) log((1 − p)/(1 − q)) = … = value.
 * The term values come from the core (view.contributionsPQ); in bits the log is base 2.
 */
export function bernoulliKlTex(
  view: DiscreteView,
  kl: MeasureValue,
  unit: InformationUnit,
): string {
  const log = unit === 'bits' ? '\\log_2' : '\\ln';
  const [q0, q1] = [view.q[0]!, view.q[1]!];
  const [p0, p1] = [view.p[0]!, view.p[1]!];
  const [t0, t1] = [inUnit(view.contributionsPQ[0]!, unit), inUnit(view.contributionsPQ[1]!, unit)];
  const n = (x: number) => texNumber(x);
  const lines = [
    `\\mathrm{KL}(P\\,\\|\\,Q) &= p\\,${log}\\frac{p}{q} + (1-p)\\,${log}\\frac{1-p}{1-q}`,
    `&= ${n(p1)}\\,${log}\\frac{${n(p1)}}{${n(q1)}} + ${n(p0)}\\,${log}\\frac{${n(p0)}}{${n(q0)}}`,
    `&= ${signed(n(t1))} + ${signed(n(t0))}`,
    `&= ${kl.value === Infinity ? '\\infty' : n(inUnit(kl.value, unit))}\\ \\text{${unit}}`,
  ];
  return `\\begin{aligned}${lines.join('\\\\')}\\end{aligned}`;
}
