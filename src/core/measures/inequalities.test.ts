import { describe, expect, it } from 'vitest';
import { exact, type MeasureSet } from '../divergences/types';
import { fDivergenceInequalities } from './inequalities';

// Bern(0.3) vs Bern(0.6) by hand: KL(P‖Q) = 0.7 ln(7/4) + 0.3 ln(1/2) ≈ 0.1838, KL(Q‖P) ≈ 0.1920,
// TV = 0.3, H² = 1 − (√.28 + √.18) ≈ 0.0466, D_½ = −2 ln(√.28 + √.18) ≈ 0.0954,
// D₂ = ln(0.7²/0.4 + 0.3²/0.6) = ln 1.375 ≈ 0.3185. Pinsker is nearly tight: √(0.1838/2) ≈ 0.3032.
const bc = Math.sqrt(0.28) + Math.sqrt(0.18);
const klPQ = 0.7 * Math.log(7 / 4) + 0.3 * Math.log(0.5);
const klQP = 0.4 * Math.log(4 / 7) + 0.6 * Math.log(2);
const measures = (
  over: Partial<Record<'klPQ' | 'klQP' | 'tv' | 'hellinger' | 'renyi', number>>,
) => {
  const v = { klPQ, klQP, tv: 0.3, hellinger: 1 - bc, renyi: -2 * Math.log(bc), ...over };
  const m: MeasureSet = {
    klPQ: exact(v.klPQ),
    klQP: exact(v.klQP),
    js: exact(0.05),
    symKl: exact(v.klPQ + v.klQP),
    cePQ: exact(1),
    hP: exact(0.6),
    hQ: exact(0.67),
    tv: exact(v.tv),
    hellinger: exact(v.hellinger),
    renyi: exact(v.renyi),
  };
  return m;
};

describe('fDivergenceInequalities: holds', () => {
  it('all three hold for a real pair, at α = ½ and α = 2', () => {
    expect(fDivergenceInequalities(measures({}), 0.5).holds).toEqual({
      pinsker: true,
      hellinger: true,
      renyi: true,
    });
    const d2 = Math.log(0.49 / 0.4 + 0.09 / 0.6);
    expect(fDivergenceInequalities(measures({ renyi: d2 }), 2).holds.renyi).toBe(true);
  });

  it('reports each violated inequality (numbers no pair can have)', () => {
    // TV above √(KL/2) with the smaller KL: Pinsker fails.
    expect(fDivergenceInequalities(measures({ tv: 0.31 }), 0.5).holds.pinsker).toBe(false);
    // H² above TV, then TV above √(2H²): Hellinger fails either way.
    expect(fDivergenceInequalities(measures({ hellinger: 0.35 }), 0.5).holds.hellinger).toBe(false);
    expect(fDivergenceInequalities(measures({ hellinger: 0.01 }), 0.5).holds.hellinger).toBe(false);
    // D_½ above KL, D₂ below it: Rényi's monotonicity fails; at α = 1 there is nothing to check.
    expect(fDivergenceInequalities(measures({ renyi: 0.2 }), 0.5).holds.renyi).toBe(false);
    expect(fDivergenceInequalities(measures({ renyi: 0.1 }), 2).holds.renyi).toBe(false);
    expect(fDivergenceInequalities(measures({ renyi: 0.2 }), 1).holds.renyi).toBe(true);
  });

  it('a bound met with equality up to rounding holds; a visible excess does not', () => {
    const tight = Math.sqrt(klPQ / 2);
    expect(fDivergenceInequalities(measures({ tv: tight * (1 + 1e-15) }), 0.5).holds.pinsker).toBe(
      true,
    );
    expect(fDivergenceInequalities(measures({ tv: tight + 1e-9 }), 0.5).holds.pinsker).toBe(false);
    expect(fDivergenceInequalities(measures({ renyi: klPQ * (1 + 1e-14) }), 0.5).holds.renyi).toBe(
      true,
    );
    expect(fDivergenceInequalities(measures({ renyi: klPQ * (1 + 1e-9) }), 0.5).holds.renyi).toBe(
      false,
    );
  });

  it('infinite divergences compare as extended reals: D₂ = KL = ∞ holds, Pinsker against ∞ holds', () => {
    const inf = measures({ klPQ: Infinity, klQP: Infinity, renyi: Infinity });
    const { holds, pinsker } = fDivergenceInequalities(inf, 2);
    expect(pinsker).toBe(Infinity);
    expect(holds).toEqual({ pinsker: true, hellinger: true, renyi: true });
    expect(fDivergenceInequalities(inf, 0.5).holds.renyi).toBe(true);
  });
});
