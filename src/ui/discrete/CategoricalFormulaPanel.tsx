import { useAppStore } from '../../state/store';
import { Tex } from '../formula/Tex';
import { explainInfinity } from '../measures';
import { categoricalKlTex } from './categoricalFormula';

/** The categorical KL formula with the live numbers (the Bernoulli one is in FormulaPanel). */
export function CategoricalFormulaPanel() {
  const analysis = useAppStore((s) => s.analysis);
  const unit = useAppStore((s) => s.units);
  const isCategorical = useAppStore(
    (s) => s.p.family === 'categorical' || s.q.family === 'categorical',
  );
  if (!isCategorical || !analysis?.ok || analysis.view.kind !== 'discrete') return null;
  const kl = analysis.measures.klPQ;
  return (
    <section className="card formula" aria-labelledby="cat-formula-title" data-testid="formula">
      <h2 id="cat-formula-title">The formula, with your numbers</h2>
      <Tex
        tex={categoricalKlTex(analysis.view, kl, unit)}
        label="Categorical KL formula with the current values"
      />
      {kl.reason && (
        <p className="infinity-reason">
          ∞ because {explainInfinity(kl.reason, analysis.view.p.length)}
        </p>
      )}
    </section>
  );
}
