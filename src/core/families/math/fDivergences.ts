import type { Normal, Normal2 } from '../../distributions/types';
import { DIVERGENT_INTEGRAL, type MeasureValue } from '../../divergences/types';
import { xMinusLog1p } from '../../numeric/logspace';
import { standardisedDifference } from '../../numeric/scaled';
import { erf } from '../../special/erf';
import type { Nats } from '../../units';

/** A closed-form value (+Infinity carries 'beyond-double'; {@link DIVERGENT}, 'divergent-integral'). */
const closed = (value: number): MeasureValue => ({
  value: value as Nats,
  error: 0,
  method: 'closed-form',
  ...(value === Infinity ? { reason: { code: 'beyond-double' } as const } : {}),
});

const DIVERGENT: MeasureValue = {
  value: Infinity as Nats,
  error: 0,
  method: 'closed-form',
  reason: DIVERGENT_INTEGRAL,
};

/**
 * f(t, λ) = ln(1 + t(λ − 1))/t − ln λ, the per-eigenvalue log-determinant part of the Gaussian Rényi
 * divergence, t = 1 − α, λ an eigenvalue of Σ_Q⁻¹Σ_P, δ = λ − 1 (passed too, computed from the
 * difference Σ_P − Σ_Q so that it keeps its digits near λ = 1). At t = 0 it is δ − ln(1 + δ) (the KL
 * limit). For small δ and tδ the two logs cancel to O(δ²), so the series
 * Σ_{k≥2} (−1)^(k+1) δᵏ (t^(k−1) − 1)/k is summed (30 terms reach 1e-30 at 0.1). Far from λ = 1 the
 * logs are taken of λ and α + tλ directly: 1 + δ rounded would cost 1e-4 relative at λ = 1e-12.
 */
function logDetPart(t: number, lambda: number, delta: number): number {
  if (Math.abs(delta) >= 0.5) {
    const ln = Math.log(lambda);
    if (t === 0) return lambda - 1 - ln;
    return Math.log(1 - t + t * lambda) / t - ln;
  }
  if (t === 0) return xMinusLog1p(delta);
  if (Math.abs(t * delta) < 0.1 && Math.abs(delta) < 0.1) {
    let sum = 0;
    let dk = delta;
    let tk = 1;
    for (let k = 2; k < 32; k++) {
      dk *= delta;
      tk *= t;
      sum += ((k % 2 === 0 ? -1 : 1) * dk * (tk - 1)) / k;
    }
    return sum;
  }
  return Math.log1p(t * delta) / t - Math.log1p(delta);
}

/** The two roots of Aλ² + Bλ + C = 0 (real by symmetry of the pencil), ascending, computed stably. */
function quadraticRoots(A: number, B: number, C: number): [number, number] {
  const disc = Math.max(0, B * B - 4 * A * C);
  const q = -0.5 * (B + (B >= 0 ? 1 : -1) * Math.sqrt(disc));
  const r1 = q / A;
  const r2 = q !== 0 ? C / q : 0;
  return r1 <= r2 ? [r1, r2] : [r2, r1];
}

/**
 * The Rényi divergence of order α (nats), D_α(P‖Q) = ln(∫p^α q^(1−α))/(α − 1), between two 1-D
 * normals (Gil, Alajaji & Linder 2013, "Rényi divergence measures for commonly used univariate
 * continuous distributions"):
 * D_α = ½ f(1 − α, ρ − 1) + α(μ_P − μ_Q)²/(2σ_α²), ρ = σ_P²/σ_Q², σ_α² = ασ_Q² + (1 − α)σ_P²,
 * with f from {@link logDetPart}. α = 1 gives KL(P‖Q) exactly (the limit); α > 0 required.
 * σ_α² ≤ 0 (α ≥ σ_P²/(σ_P² − σ_Q²) with σ_P > σ_Q) gives +Infinity, reason 'divergent-integral'.
 * @throws RangeError for α ≤ 0 or NaN.
 */
export function renyiNormal(p: Normal, q: Normal, alpha: number): MeasureValue {
  if (!(alpha > 0)) throw new RangeError(`Rényi order must be > 0, got ${alpha}`);
  const accurate = renyiNormalNearby(p, q, alpha);
  return Number.isNaN(accurate.value) ? renyiNormalScaled(p, q, alpha) : accurate;
}

/**
 * The same formula with every length divided by m = max(σ_P, σ_Q) first, for pairs whose σ ratio
 * or mean difference overflows the form above (σ = 1e-300 against 1e200): with a = σ_P/m, b = σ_Q/m
 * and s² = αb² + (1 − α)a², D_α = ln(b/a) + ln(b²/s²)/(2(α − 1)) + α(Δ/m)²/(2s²), the logs of a and
 * b taken from the σ's own logs. Less accurate near σ_P = σ_Q (where the form above is used).
 */
function renyiNormalScaled(p: Normal, q: Normal, alpha: number): MeasureValue {
  const m = Math.max(p.sigma, q.sigma);
  const [a, b] = [p.sigma / m, q.sigma / m];
  const s2 = alpha * b * b + (1 - alpha) * a * a;
  if (!(s2 > 0)) return DIVERGENT;
  const z = standardisedDifference(p.mu, q.mu, m);
  const logB = Math.log(q.sigma) - Math.log(m);
  const value =
    Math.log(q.sigma) -
    Math.log(p.sigma) +
    (2 * logB - Math.log(s2)) / (2 * (alpha - 1)) +
    (alpha * (z / Math.sqrt(s2)) * (z / Math.sqrt(s2))) / 2;
  return closed(Math.max(0, value));
}

function renyiNormalNearby(p: Normal, q: Normal, alpha: number): MeasureValue {
  const t = 1 - alpha;
  const delta = ((p.sigma - q.sigma) * (p.sigma + q.sigma)) / (q.sigma * q.sigma);
  const shrink = 1 + t * delta; // σ_α²/σ_Q²
  if (!(shrink > 0)) return DIVERGENT;
  const ratio = p.sigma / q.sigma;
  const z = (p.mu - q.mu) / q.sigma;
  return closed(0.5 * logDetPart(t, ratio * ratio, delta) + (alpha * z * z) / (2 * shrink));
}

/** Squared Hellinger distance H² = 1 − ∫√(pq) = 1 − e^(−D_½/2) between 1-D normals, in [0, 1] (unitless). */
export function hellingerNormal(p: Normal, q: Normal): MeasureValue {
  return closed(-Math.expm1(-0.5 * renyiNormal(p, q, 0.5).value));
}

/**
 * Total variation ½∫|p − q| between normals of equal σ: 2Φ(|Δμ|/(2σ)) − 1 = erf(|Δμ|/(2√2 σ)),
 * in [0, 1] (the densities cross once, at the midpoint). Unequal σ: no closed form here (undefined).
 */
export function totalVariationNormalEqualSigma(p: Normal, q: Normal): MeasureValue | undefined {
  if (p.sigma !== q.sigma) return undefined;
  return closed(erf(Math.abs(p.mu - q.mu) / (2 * Math.SQRT2 * p.sigma)));
}

/** [Σxx, Σxy, Σyy] of a 2-D normal. */
const cov = (n: Normal2): [number, number, number] => [
  n.sx * n.sx,
  n.rho * n.sx * n.sy,
  n.sy * n.sy,
];

/**
 * The Rényi divergence of order α between two 2-D normals:
 * D_α = α/2·Δᵀ Σ_α⁻¹ Δ + ½ Σᵢ f(1 − α, δᵢ), Σ_α = Σ_Q + (1 − α)(Σ_P − Σ_Q), δᵢ the eigenvalues of
 * Σ_Q⁻¹(Σ_P − Σ_Q) (Gil et al. 2013, the multivariate form), computed from the difference matrix so
 * nearly equal covariances keep their digits. α = 1 gives KL. Σ_α not positive definite:
 * +Infinity, 'divergent-integral'. Every length is first divided by the power of two below the
 * largest σ (exact, so the same digits, and D_α is invariant under a common scaling), which keeps
 * the covariances' fourth-power products within a double when every σ is near 1e±200, as the 1-D
 * renyiNormal rescales; where that is NaN (means far apart against tiny σ overflow in the scaled
 * units) the unscaled form is used. Undefined where both are NaN, for the caller to integrate.
 * Pairs whose σ differ by more than ~1e77 are not handled by either (a spurious ∞ or NaN).
 * @throws RangeError for α ≤ 0 or NaN.
 */
export function renyiNormal2(p: Normal2, q: Normal2, alpha: number): MeasureValue | undefined {
  if (!(alpha > 0)) throw new RangeError(`Rényi order must be > 0, got ${alpha}`);
  const m = 2 ** Math.floor(Math.log2(Math.max(p.sx, p.sy, q.sx, q.sy)));
  for (const unit of [m, 1]) {
    const v = renyiNormal2Scaled(p, q, alpha, unit);
    if (!Number.isNaN(v.value)) return v;
  }
  return undefined;
}

/** The formula above with every length divided by m. */
function renyiNormal2Scaled(p0: Normal2, q0: Normal2, alpha: number, m: number): MeasureValue {
  const shrink = (n: Normal2): Normal2 => ({ ...n, sx: n.sx / m, sy: n.sy / m });
  const [p, q] = [shrink(p0), shrink(q0)];
  const t = 1 - alpha;
  const [a, b, c] = cov(q);
  const dxx = (p.sx - q.sx) * (p.sx + q.sx);
  const dyy = (p.sy - q.sy) * (p.sy + q.sy);
  const dxy = p.rho * p.sx * p.sy - q.rho * q.sx * q.sy;
  // det(D − δΣ_Q) = 0: |Σ_Q|δ² − (a·dyy + c·dxx − 2b·dxy)δ + |D| = 0 for δ = λ − 1, and
  // det(Σ_P − λΣ_Q) = 0 for λ itself (used where λ is far from 1); both ascending, so they pair up.
  const detQ = q.sx * q.sx * q.sy * q.sy * (1 - q.rho) * (1 + q.rho);
  const detP = p.sx * p.sx * p.sy * p.sy * (1 - p.rho) * (1 + p.rho);
  const [pxx, pxy, pyy] = cov(p);
  const [d1, d2] = quadraticRoots(detQ, -(a * dyy + c * dxx - 2 * b * dxy), dxx * dyy - dxy * dxy);
  const [l1, l2] = quadraticRoots(detQ, -(a * pyy + c * pxx - 2 * b * pxy), detP);
  const s1 = 1 + t * d1;
  const s2 = 1 + t * d2;
  if (!(s1 > 0 && s2 > 0)) return DIVERGENT;
  // Σ_α entries and Δᵀ Σ_α⁻¹ Δ by the 2×2 adjugate; det Σ_α = |Σ_Q|·s1·s2.
  const xx = a + t * dxx;
  const xy = b + t * dxy;
  const yy = c + t * dyy;
  const ex = standardisedDifference(p0.mx, q0.mx, m);
  const ey = standardisedDifference(p0.my, q0.my, m);
  const maha = (yy * ex * ex - 2 * xy * ex * ey + xx * ey * ey) / (detQ * s1 * s2);
  return closed(0.5 * (logDetPart(t, l1, d1) + logDetPart(t, l2, d2)) + 0.5 * alpha * maha);
}

/** Squared Hellinger distance 1 − e^(−D_½/2) between two 2-D normals (unitless, in [0, 1]). */
export function hellingerNormal2(p: Normal2, q: Normal2): MeasureValue | undefined {
  const d = renyiNormal2(p, q, 0.5);
  return d && closed(-Math.expm1(-0.5 * d.value));
}
