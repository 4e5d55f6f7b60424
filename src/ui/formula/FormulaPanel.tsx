import { useAppStore } from '../../state/store';
import { explainInfinity } from '../measures';
import { bernoulliKlTex } from './bernoulliFormula';
import { Tex } from './Tex';

/** The KL formula for the current pair, with the live numbers substituted. */
export function FormulaPanel() {
  const analysis = useAppStore((s) => s.analysis);
  const unit = useAppStore((s) => s.units);
  const isBernoulli = useAppStore((s) => s.p.family === 'bernoulli' && s.q.family === 'bernoulli');
  if (!analysis?.ok || analysis.view.kind !== 'discrete' || !isBernoulli) return null;
  const kl = analysis.measures.klPQ;
  return (
    <section className="card formula" aria-labelledby="formula-title" data-testid="formula">
      <h2 id="formula-title">The formula, with your numbers</h2>
      <Tex
        tex={bernoulliKlTex(analysis.view, kl, unit)}
        label="Bernoulli KL formula with the current values"
      />
      {kl.reason && (
        <p className="infinity-reason">
          ∞ because {explainInfinity(kl.reason, analysis.view.p.length)}
        </p>
      )}
    </section>
  );
}
