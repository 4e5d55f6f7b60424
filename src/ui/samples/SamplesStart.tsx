import { normal, normal2 } from '../../core/distributions/make';
import { useAppStore } from '../../state/store';
import { classicMixture } from '../fit/classic';

/**
 * What the samples lab shows when P is discrete and no file stands in for it: the lab's estimators
 * and fits are for continuous samples, so instead of two red "cannot" messages it offers
 * continuous scenarios to start from (P is kept until the person picks one).
 */
export function SamplesStart() {
  const applyScenario = useAppStore((s) => s.applyScenario);
  const starts = [
    {
      id: 'samples.start.normal',
      label: 'N(0, 1) against N(1, 2)',
      p: normal(0, 1),
      q: normal(1, 2),
    },
    {
      id: 'samples.start.mixture',
      label: 'two modes against one Gaussian',
      p: classicMixture(3),
      q: normal(0, 2),
    },
    {
      id: 'samples.start.normal2',
      label: 'the same in 2-D',
      p: normal2(0, 0, 1, 1, 0.5),
      q: normal2(1, -1, 2, 1, 0),
    },
  ];
  return (
    <section className="card samples-start" aria-labelledby="samples-start-title">
      <h2 id="samples-start-title">Start from continuous distributions</h2>
      <p>
        The samples lab draws from continuous distributions (N, N2 or a mixture of them), or reads
        your own samples from a file; P is discrete now. Pick a pair to start from:
      </p>
      <div className="samples-start-choices">
        {starts.map((s) => (
          <button
            key={s.id}
            type="button"
            data-testid={s.id}
            onClick={() => applyScenario({ p: s.p, q: s.q })}
          >
            {s.label}
          </button>
        ))}
      </div>
    </section>
  );
}
