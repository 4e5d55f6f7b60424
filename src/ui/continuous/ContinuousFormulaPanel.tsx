import { useAppStore } from '../../state/store';
import { Tex } from '../formula/Tex';
import { unitLabel } from '../format';
import { gaussian1KlTex, gaussian2KlTex, integralKlTex } from './continuousFormula';

/**
 * The formula of a continuous pair: the closed form with the live numbers for two Gaussians, else the
 * integral definition with "≈" and the quadrature's error estimate.
 */
export function ContinuousFormulaPanel() {
  const analysis = useAppStore((s) => s.analysis);
  const unit = useAppStore((s) => s.units);
  const p = useAppStore((s) => s.p);
  const q = useAppStore((s) => s.q);
  if (!analysis?.ok) return null;
  const kind = analysis.view.kind;
  if (kind !== 'continuous1' && kind !== 'continuous2') return null;
  const kl = analysis.measures.klPQ;
  let tex: string;
  let label: string;
  if (p.family === 'normal' && q.family === 'normal') {
    tex = gaussian1KlTex(p, q, kl, unit);
    label = 'Closed form of KL between two Gaussians, with the current values';
  } else if (p.family === 'normal2' && q.family === 'normal2') {
    tex = gaussian2KlTex(p, q, kl, unit);
    label = 'Closed form of KL between two 2-D Gaussians, with the current values';
  } else {
    tex = integralKlTex(
      { pq: kl, qp: analysis.measures.klQP },
      kind === 'continuous1' ? 1 : 2,
      unit,
    );
    label = 'KL as an integral, with its numerical value and error estimate';
  }
  return (
    <section className="card formula" aria-labelledby="cont-formula-title" data-testid="formula">
      <h2 id="cont-formula-title">
        The formula, with your numbers <span className="unit">({unitLabel(unit)})</span>
      </h2>
      <Tex tex={tex} label={label} />
    </section>
  );
}
