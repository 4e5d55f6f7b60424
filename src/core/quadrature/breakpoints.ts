/**
 * Where to split the real line for quadrature of Gaussian-mixture integrands: at each component's
 * μ + kσ, so every subinterval sees at most a few σ of any component and the 15-point rule is already
 * accurate on the first pass. The range ends at the outermost components' μ ± tail·σ, where every
 * density (and p·log q, whose log grows only quadratically) is below e^(−tail²/2) of its peak.
 */
export function gaussianBreakpoints(
  mus: ArrayLike<number>,
  sigmas: ArrayLike<number>,
  offsets: readonly number[],
  tail: number,
): Float64Array {
  let lo = Infinity;
  let hi = -Infinity;
  let minSigma = Infinity;
  for (let i = 0; i < mus.length; i++) {
    lo = Math.min(lo, mus[i]! - tail * sigmas[i]!);
    hi = Math.max(hi, mus[i]! + tail * sigmas[i]!);
    minSigma = Math.min(minSigma, sigmas[i]!);
  }
  const points: number[] = [lo, hi];
  for (let i = 0; i < mus.length; i++) {
    for (const k of offsets) {
      const x = mus[i]! + k * sigmas[i]!;
      if (x > lo && x < hi) points.push(x);
    }
  }
  points.sort((a, b) => a - b);
  // Points closer than a millionth of the narrowest σ would only add empty subintervals.
  const merge = 1e-6 * minSigma;
  const out: number[] = [points[0]!];
  for (let i = 1; i < points.length; i++) {
    const x = points[i]!;
    if (x - out[out.length - 1]! > merge) out.push(x);
  }
  if (out[out.length - 1]! < hi) out[out.length - 1] = hi;
  return Float64Array.from(out);
}

/**
 * Where two weighted components of one mixture have equal density, plus points k·w either side
 * (k ∈ {1, 8, 64}), w = 1/|d(ℓᵢ − ℓⱼ)/dx| the width of the switch, when w < σ/10. log p follows one component's
 * parabola, then the other's: for narrow components (σ = 1e-3, w ≈ 3e-7) that switch is a near-kink
 * that 15 nodes on a σ-wide interval never see, so the error estimate would miss it; a split point at
 * the crossing makes the kink an interval end. Solved in the first component's z = (x − μ₁)/σ₁:
 * ½(r² − 1)z² + r·D·z + ½D² + Δ = 0, r = σ₁/σ₂, D = (μ₁ − μ₂)/σ₂, Δ = log(w₁/σ₁) − log(w₂/σ₂),
 * which avoids the cancellation of μ²/σ² terms at μ = 1e3, σ = 1e-3.
 */
export function mixtureCrossings(
  logWeights: ArrayLike<number>,
  mus: ArrayLike<number>,
  sigmas: ArrayLike<number>,
): number[] {
  const out: number[] = [];
  const n = mus.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s1 = sigmas[i]!;
      const s2 = sigmas[j]!;
      const m1 = mus[i]!;
      const d = m1 - mus[j]!;
      const r = s1 / s2;
      const D = d / s2;
      const delta = logWeights[i]! - Math.log(s1) - (logWeights[j]! - Math.log(s2));
      if (!Number.isFinite(delta)) continue;
      const A = 0.5 * (r - 1) * (r + 1);
      const B = r * D;
      const C = 0.5 * D * D + delta;
      const roots: number[] = [];
      if (Math.abs(A) <= 1e-14 * (Math.abs(B) + Math.abs(C))) {
        if (B !== 0) roots.push(-C / B);
      } else {
        const disc = B * B - 4 * A * C;
        if (disc >= 0) {
          const qq = -0.5 * (B + (B >= 0 ? 1 : -1) * Math.sqrt(disc));
          if (qq !== 0) roots.push(qq / A, C / qq);
          else roots.push(0);
        }
      }
      for (const z of roots) {
        const x = m1 + s1 * z;
        const slope = Math.abs(z / s1 - (s1 * z + d) / (s2 * s2));
        if (!Number.isFinite(x) || !(slope > 0)) continue;
        const w = 1 / slope;
        // A switch wider than a tenth of either σ is smooth on the σ grid already.
        if (w > 0.1 * Math.min(s1, s2)) continue;
        for (const k of [-64, -8, -1, 0, 1, 8, 64]) out.push(x + k * w);
      }
    }
  }
  return out;
}

/** Sorted union of split points, merging any closer than `merge`, kept within [lo, hi]. */
export function mergeBreakpoints(
  base: Float64Array,
  extra: readonly number[],
  merge: number,
): Float64Array {
  const lo = base[0]!;
  const hi = base[base.length - 1]!;
  const all = Float64Array.from([...base, ...extra.filter((x) => x > lo && x < hi)]).sort();
  const out: number[] = [all[0]!];
  for (let i = 1; i < all.length; i++)
    if (all[i]! - out[out.length - 1]! > merge) out.push(all[i]!);
  out[out.length - 1] = hi;
  return Float64Array.from(out);
}
