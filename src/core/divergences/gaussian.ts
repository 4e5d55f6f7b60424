/**
 * Closed forms for Gaussians: N(μ, σ), N2 and N(μ, Σ) in d dimensions. All values in nats.
 *
 * KL(P‖Q) = ½[tr(Σq⁻¹Σp) − d − log det(Σq⁻¹Σp) + (μq − μp)ᵀΣq⁻¹(μq − μp)].
 * With Lp, Lq the Cholesky factors, M = Lq⁻¹Lp is lower triangular, det(Σq⁻¹Σp) = Πᵢ Mᵢᵢ² and
 * tr(Σq⁻¹Σp) = ‖M‖_F², so the bracket is a sum of non-negative terms:
 *   Σᵢ (Mᵢᵢ² − 1 − log Mᵢᵢ²) + Σ_{i>j} Mᵢⱼ² + ‖Lq⁻¹(μp − μq)‖².
 * Nothing cancels: near-equal parameters keep their relative accuracy and P = Q gives exactly 0
 * (the naive tr − d − log det form leaves ±1e-16 there, and loses all digits when KL ≈ 1e-14).
 */
import { choleskyFactor, choleskyLogDet, solveLower } from '../linalg/cholesky';
import type { GaussianNd } from '../distributions/gaussianNd';
import type { Normal, Normal2 } from '../distributions/types';
import { xMinusLog1p } from '../numeric/logspace';
import { halfSquare, standardisedDifference } from '../numeric/scaled';
import { nats, type Nats } from '../units';

const LOG_2PI = Math.log(2 * Math.PI);

/**
 * v − 1 − log v for v = (s₁/s₂)², the per-axis variance term of a Gaussian KL (≥ 0, = 0 iff s₁ = s₂).
 * Near v = 1 it is xMinusLog1p of v − 1 = ((s₁ − s₂)/s₂)·((s₁ + s₂)/s₂), where s₁ − s₂ is exact;
 * far from 1 it is v − 1 − 2·log(s₁/s₂), because 1 + (v − 1) would lose the digits of a tiny v.
 * log(s₁/s₂) is taken as log s₁ − log s₂ where the ratio over- or underflows (σ from 1e-308 to
 * 1e308): v is then +Infinity (the true value exceeds the largest double) or 0, never NaN.
 */
export function squaredRatioDeviance(s1: number, s2: number): number {
  return 2 * halfSquaredRatioDeviance(s1, s2);
}

/**
 * ½(v − 1 − log v), v = (s₁/s₂)²: {@link squaredRatioDeviance} halved before the square is formed,
 * so that it stays finite up to s₁/s₂ = 1.9e154 (the true value is below 1.8e308 up to there).
 */
export function halfSquaredRatioDeviance(s1: number, s2: number): number {
  const r = s1 / s2;
  const v = r * r;
  if (v > 0.5 && v < 2) return 0.5 * xMinusLog1p(((s1 - s2) / s2) * ((s1 + s2) / s2));
  const logR = r > 0 && Number.isFinite(r) ? Math.log(r) : Math.log(s1) - Math.log(s2);
  return halfSquare(r) - 0.5 - logR;
}

/** v − 1 − log v given v and an accurately computed v − 1 (and log v, for v far from 1). */
function deviance(v: number, vMinus1: number, logV: number): number {
  return v > 0.5 && v < 2 ? xMinusLog1p(vMinus1) : v - 1 - logV;
}

/**
 * KL(N(μp, σp) ‖ N(μq, σq)) = ½[(r² − 1 − log r²) + ((μp − μq)/σq)²], r = σp/σq, in nats.
 * Exactly 0 for P = Q. Every term is non-negative and formed without spurious overflow, so the
 * result is +Infinity exactly when the true value exceeds the largest double (never NaN).
 */
export function klNormal(p: Normal, q: Normal): Nats {
  const dz = standardisedDifference(p.mu, q.mu, q.sigma);
  return nats(halfSquaredRatioDeviance(p.sigma, q.sigma) + halfSquare(dz));
}

/** H(N(μ, σ)) = ½·log(2πe σ²) = ½(1 + log 2π) + log σ, in nats; negative for σ < 1/√(2πe). */
export function normalEntropy(p: Normal): Nats {
  return nats(0.5 * (1 + LOG_2PI) + Math.log(p.sigma));
}

/** H(P, Q) = −E_P[log q] = ½·log 2π + log σq + ½(σp/σq)² + ½((μp − μq)/σq)², in nats. */
export function normalCrossEntropy(p: Normal, q: Normal): Nats {
  const r = p.sigma / q.sigma;
  const dz = standardisedDifference(p.mu, q.mu, q.sigma);
  return nats(0.5 * LOG_2PI + Math.log(q.sigma) + halfSquare(r) + halfSquare(dz));
}

/** √(1 − ρ²) via (1 − ρ)(1 + ρ), which keeps its relative accuracy as |ρ| → 1. */
const oneMinusRhoSq = (rho: number): number => (1 - rho) * (1 + rho);

/**
 * The pieces of KL between two N2 from M = Lq⁻¹Lp with L = [[sx, 0], [ρ·sy, sy·c]], c = √(1 − ρ²):
 * M₁₁ = a = sxp/sxq, M₂₁ = (ρp·b − ρq·a)/cq, M₂₂ = b·cp/cq with b = syp/syq; and the whitened
 * mean difference z = Lq⁻¹(μp − μq) = (dx, (dy − ρq·dx)/cq).
 */
function normal2Terms(p: Normal2, q: Normal2) {
  const a = p.sx / q.sx;
  const b = p.sy / q.sy;
  const am1 = (p.sx - q.sx) / q.sx;
  const bm1 = (p.sy - q.sy) / q.sy;
  const wq = oneMinusRhoSq(q.rho);
  const wp = oneMinusRhoSq(p.rho);
  const cq = Math.sqrt(wq);
  // ρp·b − ρq·a written with differences, so that it is accurate when P ≈ Q.
  const m21 = (p.rho - q.rho + p.rho * bm1 - q.rho * am1) / cq;
  // M₂₂² = b²·w with w = wp/wq; M₂₂² − 1 = (b² − 1)·w + (w − 1), w − 1 = (ρq − ρp)(ρq + ρp)/wq.
  const w = wp / wq;
  const wm1 = ((q.rho - p.rho) * (q.rho + p.rho)) / wq;
  // (b·w)·b: finite whenever b²w is (w ≤ 1/(1 − ρq²) is at most 4.5e15).
  const m22Sq = b * w * b;
  const m22SqMinus1 = bm1 * (2 + bm1) * w + wm1;
  const logM22Sq = 2 * (Math.log(p.sy) - Math.log(q.sy)) + Math.log(wp) - Math.log(wq);
  const dx = standardisedDifference(p.mx, q.mx, q.sx);
  const dy = standardisedDifference(p.my, q.my, q.sy);
  const z2 = (dy - q.rho * dx) / cq;
  // ‖z‖² ≥ max(dx², dy²) (the minimum over dx of the quadratic form is dy²): if dx or dy
  // overflowed, so does the true ½‖z‖², and dy − ρ·dx must not form ∞ − ∞.
  const halfMaha =
    Number.isFinite(dx) && Number.isFinite(dy) ? halfSquare(dx) + halfSquare(z2) : Infinity;
  // a or b beyond the largest double makes the variance terms (and the true KL) overflow too.
  const finite = Number.isFinite(a) && Number.isFinite(b);
  return { a, b, m21, m22Sq, m22SqMinus1, logM22Sq, halfMaha, wq, finite };
}

/**
 * KL(P‖Q) between two 2-D Gaussians N2(mx, my, sx, sy, ρ), in nats, as the non-negative sum
 * ½[(a² − 1 − log a²) + (M₂₂² − 1 − log M₂₂²) + M₂₁² + ‖z‖²] (see the file comment).
 * Exactly 0 for P = Q; accurate for |ρ| up to 1 − 1e-9 because 1 − ρ² is formed as (1 − ρ)(1 + ρ).
 */
export function klNormal2(p: Normal2, q: Normal2): Nats {
  const t = normal2Terms(p, q);
  if (!t.finite) return nats(Infinity);
  const dev =
    halfSquaredRatioDeviance(p.sx, q.sx) + 0.5 * deviance(t.m22Sq, t.m22SqMinus1, t.logM22Sq);
  return nats(dev + halfSquare(t.m21) + t.halfMaha);
}

/** H(N2) = 1 + log 2π + log sx + log sy + ½·log(1 − ρ²), in nats (½ log det(2πe Σ)). */
export function normal2Entropy(p: Normal2): Nats {
  return nats(1 + LOG_2PI + Math.log(p.sx) + Math.log(p.sy) + 0.5 * Math.log(oneMinusRhoSq(p.rho)));
}

/**
 * H(P, Q) = ½[2·log 2π + log det Σq + tr(Σq⁻¹Σp) + (μp − μq)ᵀΣq⁻¹(μp − μq)] for two N2, in nats,
 * with tr(Σq⁻¹Σp) = ‖Lq⁻¹Lp‖_F² = a² + M₂₁² + M₂₂².
 */
export function normal2CrossEntropy(p: Normal2, q: Normal2): Nats {
  const t = normal2Terms(p, q);
  if (!t.finite) return nats(Infinity);
  const logDetQ = 2 * Math.log(q.sx) + 2 * Math.log(q.sy) + Math.log(t.wq);
  const halfTr = halfSquare(t.a) + halfSquare(t.m21) + 0.5 * t.m22Sq;
  return nats(LOG_2PI + 0.5 * logDetQ + halfTr + t.halfMaha);
}

function checkDimensions(p: GaussianNd, q?: GaussianNd): number {
  const d = p.mean.length;
  if (d === 0 || p.cov.length !== d)
    throw new Error(`GaussianNd: mean has ${d} entries, cov has ${p.cov.length} rows`);
  if (q && (q.mean.length !== d || q.cov.length !== d)) {
    throw new Error(`GaussianNd: dimensions differ (${d} and ${q.mean.length})`);
  }
  return d;
}

/** M = Lq⁻¹Lp column by column (each a forward solve), and z = Lq⁻¹(μp − μq). */
function whitened(p: GaussianNd, q: GaussianNd) {
  const d = checkDimensions(p, q);
  const Lp = choleskyFactor(p.cov);
  const Lq = choleskyFactor(q.cov);
  const M: number[][] = [];
  for (let j = 0; j < d; j++)
    M.push(
      solveLower(
        Lq,
        Lp.map((row) => row[j]!),
      ),
    );
  const z = solveLower(
    Lq,
    p.mean.map((m, i) => m - q.mean[i]!),
  );
  return { d, Lp, Lq, M, z };
}

/**
 * KL(P‖Q) for d-dimensional Gaussians, in nats:
 * ½[Σᵢ (Mᵢᵢ² − 1 − log Mᵢᵢ²) + Σ_{i>j} Mᵢⱼ² + ‖z‖²], M = Lq⁻¹Lp, z = Lq⁻¹(μp − μq), which equals
 * ½[tr(Σq⁻¹Σp) + (μq − μp)ᵀΣq⁻¹(μq − μp) − d + log det Σq − log det Σp].
 * Exactly 0 for P = Q. Throws if the dimensions differ or a covariance is not positive definite.
 */
export function klGaussianNd(p: GaussianNd, q: GaussianNd): Nats {
  const { d, Lp, Lq, M, z } = whitened(p, q);
  let s = 0;
  for (let j = 0; j < d; j++) {
    const col = M[j]!;
    // M is lower triangular: column j has entries at rows i ≥ j, and Mⱼⱼ = Lpⱼⱼ/Lqⱼⱼ.
    s += squaredRatioDeviance(Lp[j]![j]!, Lq[j]![j]!);
    for (let i = j + 1; i < d; i++) s += col[i]! * col[i]!;
    s += z[j]! * z[j]!;
  }
  return nats(0.5 * s);
}

/** H(N(μ, Σ)) = ½·log det(2πe Σ) = ½[d(1 + log 2π) + log det Σ], in nats. Throws if Σ is not SPD. */
export function gaussianNdEntropy(p: GaussianNd): Nats {
  const d = checkDimensions(p);
  return nats(0.5 * (d * (1 + LOG_2PI) + choleskyLogDet(choleskyFactor(p.cov))));
}

/**
 * H(P, Q) = ½[d·log 2π + log det Σq + tr(Σq⁻¹Σp) + (μp − μq)ᵀΣq⁻¹(μp − μq)], in nats, with
 * tr(Σq⁻¹Σp) = ‖Lq⁻¹Lp‖_F². Throws like {@link klGaussianNd}.
 */
export function gaussianNdCrossEntropy(p: GaussianNd, q: GaussianNd): Nats {
  const { d, Lq, M, z } = whitened(p, q);
  let tr = 0;
  let maha = 0;
  for (let j = 0; j < d; j++) {
    for (let i = j; i < d; i++) tr += M[j]![i]! * M[j]![i]!;
    maha += z[j]! * z[j]!;
  }
  return nats(0.5 * (d * LOG_2PI + choleskyLogDet(Lq) + tr + maha));
}
