/**
 * Dense Cholesky factorisation and triangular solves for small symmetric positive-definite matrices
 * (d ≤ 10 in the app). Matrices are arrays of rows. Nothing here forms an explicit inverse: every
 * Σ⁻¹·v is a pair of triangular solves, which is both cheaper and more accurate.
 */

export type Matrix = readonly (readonly number[])[];

/**
 * The lower-triangular L with L·Lᵀ = Σ (Cholesky–Banachiewicz, row by row).
 * Only the lower triangle of Σ is read, so a Σ that is symmetric up to rounding is accepted.
 * Throws if Σ is not square, has a non-finite entry, or is not positive definite
 * (a pivot Σᵢᵢ − Σₖ Lᵢₖ² ≤ 0, reported with its index).
 */
export function choleskyFactor(matrix: Matrix): number[][] {
  const d = matrix.length;
  const L: number[][] = [];
  for (let i = 0; i < d; i++) {
    const row = matrix[i]!;
    if (row.length !== d)
      throw new Error(`choleskyFactor: row ${i} has ${row.length} entries, expected ${d}`);
    const li = new Array<number>(d).fill(0);
    for (let j = 0; j <= i; j++) {
      const aij = row[j]!;
      if (!Number.isFinite(aij))
        throw new Error(`choleskyFactor: entry (${i}, ${j}) is not finite`);
      const lj = j === i ? li : L[j]!;
      let s = aij;
      for (let k = 0; k < j; k++) s -= li[k]! * lj[k]!;
      if (j === i) {
        if (!(s > 0))
          throw new Error(`choleskyFactor: matrix is not positive definite (pivot ${i} is ${s})`);
        li[i] = Math.sqrt(s);
      } else {
        li[j] = s / lj[j]!;
      }
    }
    L.push(li);
  }
  return L;
}

/** Solves L·x = b for lower-triangular L by forward substitution. */
export function solveLower(L: Matrix, b: ArrayLike<number>): number[] {
  const d = L.length;
  const x = new Array<number>(d);
  for (let i = 0; i < d; i++) {
    const li = L[i]!;
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= li[k]! * x[k]!;
    x[i] = s / li[i]!;
  }
  return x;
}

/** Solves Lᵀ·x = b for lower-triangular L by back substitution (reads L, never transposes it). */
export function solveLowerTransposed(L: Matrix, b: ArrayLike<number>): number[] {
  const d = L.length;
  const x = new Array<number>(d);
  for (let i = d - 1; i >= 0; i--) {
    let s = b[i]!;
    for (let k = i + 1; k < d; k++) s -= L[k]![i]! * x[k]!;
    x[i] = s / L[i]![i]!;
  }
  return x;
}

/** Σ⁻¹·b = L⁻ᵀ(L⁻¹b) from the Cholesky factor of Σ. */
export function choleskySolve(L: Matrix, b: ArrayLike<number>): number[] {
  return solveLowerTransposed(L, solveLower(L, b));
}

/** log det Σ = 2·Σᵢ log Lᵢᵢ from the Cholesky factor; never overflows the way det Σ itself can. */
export function choleskyLogDet(L: Matrix): number {
  let s = 0;
  for (let i = 0; i < L.length; i++) s += Math.log(L[i]![i]!);
  return 2 * s;
}
