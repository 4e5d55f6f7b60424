import { normal2 } from '../../core/distributions/make';
import type { Continuous1Spec, Continuous2Spec } from '../../core/distributions/types';

/** The classic two-mode example P = ½N(−s, 1) + ½N(s, 1). */
export const classicMixture = (s: number): Continuous1Spec => ({
  family: 'mixture',
  components: [
    { weight: 0.5, component: { family: 'normal', mu: -s, sigma: 1 } },
    { weight: 0.5, component: { family: 'normal', mu: s, sigma: 1 } },
  ],
});

/** s when P is ½N(−s,1) + ½N(s,1), else null. */
export function classicSeparation(p: Continuous1Spec): number | null {
  // Recognises one scenario (the classic two-mode mixture), not a family dispatch.
  if (p.family !== 'mixture' || p.components.length !== 2) return null;
  const [a, b] = p.components.map((c) => c.component);
  if (a!.family !== 'normal' || b!.family !== 'normal') return null;
  const sym =
    p.components[0]!.weight === p.components[1]!.weight &&
    a!.sigma === 1 &&
    b!.sigma === 1 &&
    Math.abs(a!.mu + b!.mu) < 1e-12;
  return sym ? Math.abs(b!.mu) : null;
}

/** Its 2-D form, ½N2((−s, 0), I) + ½N2((s, 0), I): the reverse fit locks onto one mode for s = 3. */
export const classicMixture2 = (s: number): Continuous2Spec => ({
  family: 'mixture2',
  components: [
    { weight: 0.5, component: normal2(-s, 0, 1, 1, 0) },
    { weight: 0.5, component: normal2(s, 0, 1, 1, 0) },
  ],
});
