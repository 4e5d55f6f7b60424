/**
 * The digamma function ψ(x) = d/dx ln Γ(x), for x > 0.
 *
 * Method: x ≥ 10: the asymptotic series ψ(x) = ln x − 1/(2x) − Σ_{k≥1} B₂ₖ/(2k·x²ᵏ) (A&S 6.3.18) with
 * seven terms (the first omitted one is < 1e-17 at x = 10); smaller x: the recurrence
 * ψ(x) = ψ(x + m) − Σ_{j<m} 1/(x + j), summed smallest first.
 *
 * Accuracy: about 2e-16 absolute plus 1e-15 relative. Near the positive root x₀ ≈ 1.46163 (ψ(x₀) = 0)
 * only the absolute bound holds, as for any method that does not expand about x₀.
 *
 * Edge cases: x = 0 gives −Infinity; +Infinity gives +Infinity; x < 0 or NaN gives NaN.
 */
export function digamma(x: number): number {
  if (!(x >= 0)) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  const m = x < 10 ? Math.ceil(10 - x) : 0;
  const y = x + m;
  // Smallest reciprocals first, so the dominant 1/x (tiny x) is added last and kept whole.
  let shift = 0;
  for (let j = m - 1; j >= 0; j--) shift += 1 / (x + j);
  return Math.log(y) - 0.5 / y - digammaAsymptoticTail(y) - shift;
}

/**
 * S(x) = ln x − 1/(2x) − ψ(x) = Σ_{k≥1} B₂ₖ/(2k·x²ᵏ) for x ≥ 10, the tail of the asymptotic series
 * (≈ 1/(12x²)). Entropies of large-shape families combine it with Stirling's remainder so that the
 * large ln Γ and ψ terms cancel analytically instead of in floating point.
 */
export function digammaAsymptoticTail(x: number): number {
  const r2 = 1 / (x * x);
  return (
    r2 *
    (1 / 12 -
      r2 *
        (1 / 120 - r2 * (1 / 252 - r2 * (1 / 240 - r2 * (1 / 132 - r2 * (691 / 32760 - r2 / 12))))))
  );
}
