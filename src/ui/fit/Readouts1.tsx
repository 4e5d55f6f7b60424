import { usePublishedReadout } from '../readouts/usePublishedReadout';
import type { Gaussian1, LocalMinimum } from '../../core/fit';
import type { Reverse1Result } from '../../state/slices/fit';
import { useAppStore } from '../../state/store';
import { formatKl, formatLocation, formatNumber } from '../format';
import type { Fit1Model } from './fit1Model';

/** The forward fit's readout (contract: data-testid fit-forward, data-mu, data-sigma, data-kl). */
export function ForwardReadout1({ model }: { model: Fit1Model }) {
  const unit = useAppStore((s) => s.units);
  const f = model.forward;
  const kl = f ? model.klPQ(f) : Infinity;
  // No forward fit exists where KL(P‖Q) = ∞ for every Gaussian: data-state says so.
  const attrs = usePublishedReadout('fit-forward', {
    'data-state': f ? 'done' : 'infinite',
    'data-mu': f?.mu,
    'data-sigma': f?.sigma,
    'data-kl': kl,
  });
  if (!f)
    return (
      <dl data-testid="fit-forward" {...attrs} className="fit-readout">
        <dt>KL(P‖Q)</dt>
        <dd>∞ for every Gaussian Q: no forward fit</dd>
      </dl>
    );
  return (
    <dl data-testid="fit-forward" {...attrs} className="fit-readout">
      <dt>μ, σ</dt>
      <dd>
        {formatLocation(f.mu, f.sigma)}, {formatNumber(f.sigma, 5)}
      </dd>
      <dt>KL(P‖Q)</dt>
      <dd>{formatKl(kl, unit)} (minimised)</dd>
      <dt>KL(Q‖P)</dt>
      <dd>{formatKl(model.klQP(f), unit)}</dd>
    </dl>
  );
}

/** The reverse fit's global minimum (contract: fit-reverse with data-state running/done). */
export function ReverseReadout1({
  model,
  best,
}: {
  model: Fit1Model;
  best: LocalMinimum<Gaussian1> | undefined;
}) {
  const unit = useAppStore((s) => s.units);
  // A re-run for the same P (a new start) keeps the optima on screen, but says it is running.
  const running = useAppStore((s) => s.fit.progress !== null);
  const infinite = model.target.reverseInfinite !== null;
  const attrs = usePublishedReadout('fit-reverse', {
    'data-state': infinite ? 'infinite' : best && !running ? 'done' : 'running',
    'data-mu': best?.q.mu,
    'data-sigma': best?.q.sigma,
    'data-kl': infinite ? Infinity : best?.kl,
  });
  if (infinite)
    return (
      <dl data-testid="fit-reverse" {...attrs} className="fit-readout">
        <dt>KL(Q‖P)</dt>
        <dd>∞ for every Gaussian Q: no reverse fit</dd>
      </dl>
    );
  return (
    <dl data-testid="fit-reverse" {...attrs} className="fit-readout">
      <dt>μ, σ</dt>
      <dd>
        {best
          ? `${formatLocation(best.q.mu, best.q.sigma)}, ${formatNumber(best.q.sigma, 5)}`
          : '—'}
      </dd>
      <dt>KL(Q‖P)</dt>
      <dd>{best ? `${formatKl(best.kl, unit)} (minimised)` : '—'}</dd>
      <dt>KL(P‖Q)</dt>
      <dd>{best ? formatKl(model.klPQ(best.q), unit) : '—'}</dd>
    </dl>
  );
}

/** Every distinct minimum found, with how many restarts ended there. */
export function MinimaList1({ model, result }: { model: Fit1Model; result: Reverse1Result }) {
  const unit = useAppStore((s) => s.units);
  return (
    <ul className="fit-minima" data-testid="fit.minima">
      {result.minima.map((m, i) => (
        <li key={i}>
          {i === 0 ? 'Global: ' : 'Local: '}N({formatNumber(zeroIfRounding(m.q.mu, m.q.sigma), 4)},{' '}
          {formatNumber(m.q.sigma, 4)}
          ), KL {formatKl(m.kl, unit)}: {model.describe(m.q)} in {m.count} of {result.restarts}{' '}
          restarts
        </li>
      ))}
    </ul>
  );
}

/** μ within 1e-6·σ of 0 is 0 to the optimiser's accuracy (a symmetric P's centred minimum). */
const zeroIfRounding = (mu: number, sigma: number) => (Math.abs(mu) < 1e-6 * sigma ? 0 : mu);
