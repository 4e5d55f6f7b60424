/**
 * A static 2-D k-d tree for k-nearest-neighbour distances (the kNN divergence estimator's index).
 * Points are reordered in place of a copy, kdbush-style: the range [lo, hi) of a node has its median
 * (on the node's axis) at mid = (lo + hi) >> 1, the left subtree in [lo, mid), the right in (mid, hi).
 * The axis is the one with the larger spread in the node's range, so stretched data (x in thousands,
 * y in units) still splits well. Ranges of ≤ LEAF points are scanned directly.
 */
const LEAF = 8;

export class KdTree2 {
  /** Coordinates in tree order. */
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** Original index of each point in tree order. */
  readonly ids: Int32Array;
  /** Split axis (0 = x, 1 = y) of the node whose median sits at this position. */
  private readonly axis: Uint8Array;
  private readonly stackLo: Int32Array;
  private readonly stackHi: Int32Array;
  private readonly stackBound: Float64Array;
  /** The k smallest squared distances found so far, ascending (a sorted insertion buffer). */
  private best: Float64Array = new Float64Array(1);

  /** Builds the tree over interleaved points [x₀, y₀, x₁, y₁, …]. O(n log n). */
  constructor(xy: ArrayLike<number>) {
    const n = xy.length >> 1;
    this.xs = new Float64Array(n);
    this.ys = new Float64Array(n);
    this.ids = new Int32Array(n);
    this.axis = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      this.xs[i] = xy[2 * i]!;
      this.ys[i] = xy[2 * i + 1]!;
      this.ids[i] = i;
    }
    const depth = Math.ceil(Math.log2(n + 1)) + 2;
    this.stackLo = new Int32Array(2 * depth + 8);
    this.stackHi = new Int32Array(2 * depth + 8);
    this.stackBound = new Float64Array(2 * depth + 8);
    this.build(0, n);
  }

  get size(): number {
    return this.xs.length;
  }

  private build(lo: number, hi: number): void {
    if (hi - lo <= LEAF) return;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = lo; i < hi; i++) {
      const x = this.xs[i]!;
      const y = this.ys[i]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    const a = maxX - minX >= maxY - minY ? 0 : 1;
    const mid = (lo + hi) >> 1;
    this.select(mid, lo, hi - 1, a === 0 ? this.xs : this.ys);
    this.axis[mid] = a;
    this.build(lo, mid);
    this.build(mid + 1, hi);
  }

  /** Floyd–Rivest-free quickselect (Hoare partition, median-of-three): puts the k-th smallest at k. */
  private select(k: number, left: number, right: number, key: Float64Array): void {
    while (right > left) {
      const m = (left + right) >> 1;
      if (key[m]! < key[left]!) this.swap(m, left);
      if (key[right]! < key[left]!) this.swap(right, left);
      if (key[right]! < key[m]!) this.swap(right, m);
      const pivot = key[m]!;
      let i = left;
      let j = right;
      while (i <= j) {
        while (key[i]! < pivot) i++;
        while (key[j]! > pivot) j--;
        if (i <= j) {
          this.swap(i, j);
          i++;
          j--;
        }
      }
      if (k <= j) right = j;
      else if (k >= i) left = i;
      else return;
    }
  }

  private swap(i: number, j: number): void {
    const { xs, ys, ids } = this;
    const x = xs[i]!;
    xs[i] = xs[j]!;
    xs[j] = x;
    const y = ys[i]!;
    ys[i] = ys[j]!;
    ys[j] = y;
    const d = ids[i]!;
    ids[i] = ids[j]!;
    ids[j] = d;
  }

  /**
   * The squared Euclidean distance from (qx, qy) to its k-th nearest point in the tree, leaving out
   * the point whose original index is `exclude` (−1: none). Infinity if the tree has fewer than k
   * other points. Exact: pruning only skips a subtree whose whole half-plane is farther than the
   * current k-th distance.
   *
   * `bound2`, when given, must be ≥ the true answer (e.g. from a nearby query by the triangle
   * inequality: (r + |Δ|)² bounds the k-th distance of a point |Δ| from one whose k-th distance is
   * r); the search then starts with it as its k-th distance and prunes from the first node. Every
   * point strictly inside it is still found, so the answer is exact; if none is, it is `bound2`.
   */
  kthDistance2(qx: number, qy: number, k: number, exclude = -1, bound2 = Infinity): number {
    if (this.best.length !== k) this.best = new Float64Array(k);
    const best = this.best;
    best.fill(bound2);
    const { xs, ys, ids, axis, stackLo, stackHi, stackBound } = this;
    stackLo[0] = 0;
    stackHi[0] = xs.length;
    stackBound[0] = 0;
    let top = 1;
    while (top > 0) {
      top--;
      if (stackBound[top]! >= best[k - 1]!) continue;
      const lo = stackLo[top]!;
      const hi = stackHi[top]!;
      if (hi - lo <= LEAF) {
        for (let i = lo; i < hi; i++) {
          const dx = xs[i]! - qx;
          const dy = ys[i]! - qy;
          const d2 = dx * dx + dy * dy;
          if (d2 < best[k - 1]! && ids[i] !== exclude) insert(best, d2);
        }
        continue;
      }
      const mid = (lo + hi) >> 1;
      const dx = xs[mid]! - qx;
      const dy = ys[mid]! - qy;
      const d2 = dx * dx + dy * dy;
      if (d2 < best[k - 1]! && ids[mid] !== exclude) insert(best, d2);
      const diff = axis[mid] === 0 ? qx - xs[mid]! : qy - ys[mid]!;
      const far2 = diff * diff;
      // Far side first on the stack, so the near side is searched first and tightens the bound.
      const nearLo = diff < 0 ? lo : mid + 1;
      const nearHi = diff < 0 ? mid : hi;
      const farLo = diff < 0 ? mid + 1 : lo;
      const farHi = diff < 0 ? hi : mid;
      if (farHi > farLo) {
        stackLo[top] = farLo;
        stackHi[top] = farHi;
        stackBound[top] = far2;
        top++;
      }
      if (nearHi > nearLo) {
        stackLo[top] = nearLo;
        stackHi[top] = nearHi;
        stackBound[top] = 0;
        top++;
      }
    }
    return best[k - 1]!;
  }
}

/** Inserts d into the ascending buffer, dropping its largest element. */
function insert(best: Float64Array, d: number): void {
  let i = best.length - 1;
  while (i > 0 && best[i - 1]! > d) {
    best[i] = best[i - 1]!;
    i--;
  }
  best[i] = d;
}
