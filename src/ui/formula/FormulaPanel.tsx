import { useMemo } from 'react';
import { unitLabel } from '../format';
import { formulaFor } from './formulaFor';
import { Tex } from './Tex';
import { useSettled } from '../useSettled';

/** The KL formula for the current pair, with the live numbers substituted (see formulaFor). */
export function FormulaPanel() {
  // Typeset once the drag ends, not on every frame of it (KaTeX and its layout cost ≈ a redraw).
  const analysis = useSettled((s) => s.analysis);
  const unit = useSettled((s) => s.units);
  const p = useSettled((s) => s.p);
  const q = useSettled((s) => s.q);
  const direction = useSettled((s) => s.integrand);
  const formula = useMemo(
    () => formulaFor(p, q, analysis, unit, direction),
    [p, q, analysis, unit, direction],
  );
  if (!formula) return null;
  return (
    <section className="card formula" aria-labelledby="formula-title" data-testid="formula">
      <h2 id="formula-title">
        The formula, with your numbers <span className="unit">({unitLabel(unit)})</span>
      </h2>
      <Tex tex={formula.tex} label={formula.label} />
      {formula.infinity && <p className="infinity-reason">∞ because {formula.infinity}</p>}
    </section>
  );
}
