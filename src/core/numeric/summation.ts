/**
 * Neumaier's improved Kahan summation: Σ xᵢ with an error that does not grow with n
 * (|error| ≲ 2ε·Σ|xᵢ| instead of n·ε·Σ|xᵢ|). Categorical distributions reach 100,000 terms,
 * where naive summation loses about five digits.
 *
 * Edge cases: an Infinity among finite terms gives Infinity; +Infinity and −Infinity together give NaN
 * (callers in the core never mix them).
 */
export function neumaierSum(values: ArrayLike<number>): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    const t = sum + x;
    if (Math.abs(sum) >= Math.abs(x)) compensation += sum - t + x;
    else compensation += x - t + sum;
    sum = t;
  }
  // With an infinite term, compensation is NaN (∞ − ∞); the sum itself is the answer.
  return Number.isFinite(sum) ? sum + compensation : sum;
}

/** A streaming version of {@link neumaierSum}, for loops that produce terms one at a time. */
export class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  add(x: number): void {
    const t = this.sum + x;
    if (Math.abs(this.sum) >= Math.abs(x)) this.compensation += this.sum - t + x;
    else this.compensation += x - t + this.sum;
    this.sum = t;
  }

  get value(): number {
    return Number.isFinite(this.sum) ? this.sum + this.compensation : this.sum;
  }
}
