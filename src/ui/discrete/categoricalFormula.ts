import type { DiscreteView } from '../../core/analysis';
import type { MeasureValue } from '../../core/divergences/types';
import { inUnit, type InformationUnit } from '../../core/units';
import { texNumber } from '../formula/bernoulliFormula';

/** Terms written out in full up to this K; beyond it, the first few, "⋯" and the last. */
const FULL_TERMS = 5;
const HEAD_TERMS = 3;

const signed = (tex: string) => (tex.startsWith('-') ? `(${tex})` : tex);

/**
 * KL(P‖Q) = Σ_k p_k log(p_k/q_k) for a categorical pair, with the numbers substituted term by term
 * (all of them for K ≤ 5, else the first three, ⋯ and the last), each term's value and the result.
 * The term values come from the core (view.contributionsPQ); in bits the log is base 2.
 */
export function categoricalKlTex(
  view: DiscreteView,
  kl: MeasureValue,
  unit: InformationUnit,
): string {
  const log = unit === 'bits' ? '\\log_2' : '\\ln';
  const k = view.p.length;
  const ks =
    k <= FULL_TERMS
      ? Array.from({ length: k }, (_, i) => i)
      : [...Array.from({ length: HEAD_TERMS }, (_, i) => i), -1, k - 1];
  const n = (x: number) => texNumber(x, 4);
  const substituted = ks.map((i) =>
    i < 0 ? '\\cdots' : `${n(view.p[i]!)}\\,${log}\\frac{${n(view.p[i]!)}}{${n(view.q[i]!)}}`,
  );
  const terms = ks.map((i) =>
    i < 0 ? '\\cdots' : signed(n(inUnit(view.contributionsPQ[i]!, unit))),
  );
  const lines = [
    `\\mathrm{KL}(P\\,\\|\\,Q) &= \\sum_{k=1}^{${k}} p_k\\,${log}\\frac{p_k}{q_k}`,
    // Two substituted terms, or three term values, per line keep the formula inside a phone-wide card.
    ...groupsOf(substituted, 2).map((g, i) => `${i === 0 ? '&=' : '&\\quad+'} ${g.join(' + ')}`),
    ...groupsOf(terms, 3).map((g, i) => `${i === 0 ? '&=' : '&\\quad+'} ${g.join(' + ')}`),
    `&= ${kl.value === Infinity ? '\\infty' : n(inUnit(kl.value, unit))}\\ \\text{${unit}}`,
  ];
  return `\\begin{aligned}${lines.join('\\\\')}\\end{aligned}`;
}

function groupsOf<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/**
 * KL(P‖Q) = Σ_{k≥0} p_k log(p_k/q_k) for two count distributions (Pois, Bin), with the summed value
 * and its proven tail bound (the sum runs over every outcome where either has mass).
 */
export function countsKlTex(kl: MeasureValue, unit: InformationUnit): string {
  const log = unit === 'bits' ? '\\log_2' : '\\ln';
  const n = (x: number) => texNumber(x, 6);
  const value =
    kl.value === Infinity
      ? '\\infty'
      : `${n(inUnit(kl.value, unit))}${kl.error > 0 ? `\\pm ${texNumber(inUnit(kl.error, unit), 2)}` : ''}`;
  return `\\mathrm{KL}(P\\,\\|\\,Q) = \\sum_{k=0}^{\\infty} p_k\\,${log}\\frac{p_k}{q_k} = ${value}\\ \\text{${unit}}`;
}
