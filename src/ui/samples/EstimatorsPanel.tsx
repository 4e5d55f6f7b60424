import { useMemo } from 'react';
import { useAppStore } from '../../state/store';
import { clampSamplesN } from '../../state/samples/samplesScenario';
import { formatNumber } from '../format';
import { Plot } from '../plots/Plot';
import { estimatorsFigure, type EstimateRow } from './figures/samplesFigures';

const fmt = (x: number) => formatNumber(x, 4);

/** KL(P‖Q) from two sample sets, no densities: kNN and the histogram, each with a 95 % interval. */
export function EstimatorsPanel() {
  const est = useAppStore((s) => s.samples.estimate);
  const state = useAppStore((s) => s.samples.estimateState);
  const progress = useAppStore((s) => s.samples.estimateProgress);
  const uploads = useAppStore((s) => s.samples.uploads);
  const n = useAppStore((s) => clampSamplesN(s.n));
  const ok = est?.ok ? est : null;
  const rows: EstimateRow[] = ok
    ? [
        {
          label: `kNN, k = ${ok.knn.k}`,
          value: ok.knn.ok ? ok.knn.value : null,
          lo: ok.knn.ok ? ok.knn.lo : null,
          hi: ok.knn.ok ? ok.knn.hi : null,
        },
        {
          label: `histogram, ${ok.bins} bins`,
          value: ok.hist.value,
          lo: ok.hist.finite ? ok.hist.lo : null,
          hi: ok.hist.finite ? ok.hist.hi : null,
        },
      ]
    : [];
  const figure = useMemo(
    () => (ok ? estimatorsFigure(rows, ok.exact) : null),
    // rows is derived from ok alone
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ok],
  );
  const source = (which: 'p' | 'q') =>
    uploads[which] ? `the file ${uploads[which].name}` : `${n.toLocaleString('en')} draws`;
  const knnAttrs: Record<string, string> = { 'data-state': state };
  const histAttrs: Record<string, string> = { 'data-state': state };
  if (ok) {
    knnAttrs['data-k'] = String(ok.knn.k);
    knnAttrs['data-n'] = String(ok.n);
    if (ok.knn.ok) {
      knnAttrs['data-value'] = String(ok.knn.value);
      knnAttrs['data-lo'] = String(ok.knn.lo);
      knnAttrs['data-hi'] = String(ok.knn.hi);
    }
    histAttrs['data-value'] = String(ok.hist.value);
    histAttrs['data-bins'] = String(ok.bins);
  }
  return (
    <section className="card samples-estimators" aria-labelledby="samples-est-title">
      <h2 id="samples-est-title">KL between two sets of samples, no densities needed</h2>
      <p className="samples-hint">
        P: {source('p')}; Q: {source('q')}.
      </p>
      {state === 'running' && !ok && <p>Estimating… {Math.round(100 * progress)} %</p>}
      {est && !est.ok && <p className="error">Cannot estimate: {est.reason}.</p>}
      {ok && (
        <dl className="samples-readouts">
          <div data-testid="samples-knn" {...knnAttrs}>
            <dt>kNN estimate (Wang–Kulkarni–Verdú), k = {ok.knn.k}</dt>
            <dd>
              {ok.knn.ok
                ? `${fmt(ok.knn.value)} nats, 95 % interval [${fmt(ok.knn.lo)}, ${fmt(ok.knn.hi)}]`
                : ok.knn.reason}
            </dd>
          </div>
          <div data-testid="samples-hist" {...histAttrs}>
            <dt>histogram plug-in, {ok.bins} bins per axis</dt>
            <dd>
              {ok.hist.finite
                ? `${fmt(ok.hist.value)} nats, 95 % interval [${fmt(ok.hist.lo)}, ${fmt(ok.hist.hi)}]`
                : `∞: ${ok.hist.emptyQBins} bin${ok.hist.emptyQBins === 1 ? ' has' : 's have'} samples of P and none of Q`}
            </dd>
          </div>
          <div data-testid="samples-exact" data-value={ok.exact === null ? '' : String(ok.exact)}>
            <dt>exact KL(P‖Q)</dt>
            <dd>
              {ok.exact === null
                ? 'unknown: a file has no density'
                : `${fmt(ok.exact)} nats (from the distributions)`}
            </dd>
          </div>
        </dl>
      )}
      {state === 'running' && ok && (
        <p className="samples-busy">updating… {Math.round(100 * progress)} %</p>
      )}
      {figure && (
        <Plot
          figure={figure}
          title="Estimates of KL(P‖Q) with 95 % intervals"
          testId="samples.estimators-chart"
          height={220}
        />
      )}
      <p className="samples-hint">
        Binning can only lose information (the data-processing inequality), so the binned KL sits
        below the true value as bins widen; a bin with samples of P and none of Q makes it infinite.
        The kNN interval is by batch means over 10 seeded disjoint blocks; neither interval includes
        the estimator&rsquo;s bias.
      </p>
    </section>
  );
}
