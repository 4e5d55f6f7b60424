import { useMemo } from 'react';
import type { Distribution } from '../../core/distributions/types';
import { smoothDistribution } from '../../core/divergences/smoothing';
import { useAppStore } from '../../state/store';

/** P and the Q the lab samples: Q smoothed as the explorer smooths it (ε, α of a discrete Q). */
export function useMonteCarloPair(): { p: Distribution; q: Distribution } {
  const p = useAppStore((s) => s.p);
  const rawQ = useAppStore((s) => s.q);
  const eps = useAppStore((s) => s.eps);
  const alpha = useAppStore((s) => s.alpha);
  const q = useMemo(() => smoothDistribution(rawQ, { eps, alpha }), [rawQ, eps, alpha]);
  return { p, q };
}
