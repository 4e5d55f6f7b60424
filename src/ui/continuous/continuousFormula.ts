import type { MeasureValue } from '../../core/divergences/types';
import type { Normal, Normal2 } from '../../core/distributions/types';
import { inUnit, type InformationUnit } from '../../core/units';
import { texNumber } from '../formula/bernoulliFormula';

const n = (x: number) => texNumber(x, 4);
/** A number inside a sum: negative values in parentheses. */
const s = (x: number) => (x < 0 ? `(${n(x)})` : n(x));

/** Which KL a formula writes out: KL(P‖Q), or KL(Q‖P) with Q as the first argument. */
export type KlDirection = 'pq' | 'qp';

const klName = (direction: KlDirection) =>
  direction === 'pq' ? '\\mathrm{KL}(P\\,\\|\\,Q)' : '\\mathrm{KL}(Q\\,\\|\\,P)';

/** The result in the chosen unit; in bits the nats value is divided by ln 2 (shown as a last step). */
function result(valueNats: number, unit: InformationUnit, approx: string): string {
  const nats = `${approx} ${n(valueNats)}\\ \\text{nats}`;
  return unit === 'bits' ? `${nats} = ${n(inUnit(valueNats, 'bits'))}\\ \\text{bits}` : nats;
}

/**
 * KL between two 1-D Gaussians with the numbers substituted term by term:
 *   KL(P‖Q) = ln(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²)/(2σ₂²) − ½,
 * or KL(Q‖P) (direction 'qp': Q's parameters are μ₁, σ₁; `kl` is then KL(Q‖P)).
 * The two terms are evaluated here for display; the result shown is the core's value.
 */
export function gaussian1KlTex(
  pSpec: Normal,
  qSpec: Normal,
  kl: MeasureValue,
  unit: InformationUnit,
  direction: KlDirection = 'pq',
): string {
  const [p, q] = direction === 'pq' ? [pSpec, qSpec] : [qSpec, pSpec];
  const t1 = Math.log(q.sigma / p.sigma);
  const t2 = (p.sigma ** 2 + (p.mu - q.mu) ** 2) / (2 * q.sigma ** 2);
  const lines = [
    `${klName(direction)} &= \\ln\\frac{\\sigma_2}{\\sigma_1} + \\frac{\\sigma_1^2 + (\\mu_1-\\mu_2)^2}{2\\sigma_2^2} - \\frac12`,
    `&= \\ln\\frac{${n(q.sigma)}}{${n(p.sigma)}} + \\frac{{${s(p.sigma)}}^2 + (${n(p.mu)} - ${s(q.mu)})^2}{2\\cdot {${s(q.sigma)}}^2} - \\frac12`,
    `&= ${n(t1)} + ${s(t2)} - 0.5`,
    `&${result(kl.value, unit, '=')}`,
  ];
  return `\\begin{aligned}${lines.join('\\\\')}\\end{aligned}`;
}

const matrix = (rows: number[][]) =>
  `\\begin{pmatrix}${rows.map((r) => r.map(n).join(' & ')).join('\\\\')}\\end{pmatrix}`;

const covariance = (d: Normal2) => {
  const c = d.rho * d.sx * d.sy;
  return [
    [d.sx ** 2, c],
    [c, d.sy ** 2],
  ];
};

/**
 * KL between two 2-D Gaussians in matrix form with the numbers substituted:
 *   KL(P‖Q) = ½[tr(Σ₂⁻¹Σ₁) + (μ₂ − μ₁)ᵀΣ₂⁻¹(μ₂ − μ₁) − 2 + ln(|Σ₂|/|Σ₁|)].
 * or KL(Q‖P) (direction 'qp': Q is the first argument, μ₁ and Σ₁ are Q's).
 * The trace, the quadratic form and the determinants are evaluated for display (2×2 inverses by
 * hand); the result is the core's value.
 */
export function gaussian2KlTex(
  pSpec: Normal2,
  qSpec: Normal2,
  kl: MeasureValue,
  unit: InformationUnit,
  direction: KlDirection = 'pq',
): string {
  const [p, q] = direction === 'pq' ? [pSpec, qSpec] : [qSpec, pSpec];
  const [[a1, b1], [, d1]] = covariance(p) as [[number, number], [number, number]];
  const [[a2, b2], [, d2]] = covariance(q) as [[number, number], [number, number]];
  const det1 = a1 * d1 - b1 * b1;
  const det2 = a2 * d2 - b2 * b2;
  // Σ₂⁻¹ = [[d2, −b2], [−b2, a2]] / det2
  const trace = (d2 * a1 - 2 * b2 * b1 + a2 * d1) / det2;
  const [dx, dy] = [q.mx - p.mx, q.my - p.my];
  const quad = (d2 * dx * dx - 2 * b2 * dx * dy + a2 * dy * dy) / det2;
  const logDet = Math.log(det2 / det1);
  const lines = [
    `${klName(direction)} &= \\tfrac12\\Big[\\operatorname{tr}(\\Sigma_2^{-1}\\Sigma_1) + (\\mu_2-\\mu_1)^{\\top}\\Sigma_2^{-1}(\\mu_2-\\mu_1)`,
    `&\\qquad - 2 + \\ln\\frac{|\\Sigma_2|}{|\\Sigma_1|}\\Big]`,
    `\\mu_1 &= ${matrix([[p.mx], [p.my]])},\\ \\Sigma_1 = ${matrix(covariance(p))}`,
    `\\mu_2 &= ${matrix([[q.mx], [q.my]])},\\ \\Sigma_2 = ${matrix(covariance(q))}`,
    `${klName(direction)} &= \\tfrac12\\Big[${n(trace)} + ${s(quad)} - 2 + \\ln\\frac{${n(det2)}}{${n(det1)}}\\Big]`,
    `&= \\tfrac12\\big[${n(trace)} + ${s(quad)} - 2 + ${s(logDet)}\\big]`,
    `&${result(kl.value, unit, '=')}`,
  ];
  return `\\begin{aligned}${lines.join('\\\\')}\\end{aligned}`;
}

/**
 * The integral definition for a value obtained numerically:
 *   KL(P‖Q) = ∫ p log(p/q) dx ≈ value ± error (∬ … dx dy in 2-D), for both directions, the one
 * whose integrand is shown first.
 */
export function integralKlTex(
  kls: { pq: MeasureValue; qp: MeasureValue },
  dimension: 1 | 2,
  unit: InformationUnit,
  direction: KlDirection = 'pq',
): string {
  const int = dimension === 1 ? '\\int' : '\\iint';
  const dx = dimension === 1 ? '\\,dx' : '\\,dx\\,dy';
  const arg = dimension === 1 ? '(x)' : '(x,y)';
  const line = (name: string, a: string, b: string, m: MeasureValue) => {
    const v = inUnit(m.value, unit);
    const approx = m.method === 'closed-form' ? '=' : '\\approx';
    const err =
      m.method === 'closed-form' || m.value === Infinity
        ? ''
        : ` \\pm ${texNumber(inUnit(m.error, unit), 2)}`;
    return `${name} &= ${int} ${a}${arg}\\,\\ln\\frac{${a}${arg}}{${b}${arg}}${dx}\\\\ &${approx} ${texNumber(v, 6)}${err}\\ \\text{${unit}}`;
  };
  const lines = [line(klName('pq'), 'p', 'q', kls.pq), line(klName('qp'), 'q', 'p', kls.qp)];
  if (direction === 'qp') lines.reverse();
  return `\\begin{aligned}${lines.join('\\\\')}\\end{aligned}`;
}
