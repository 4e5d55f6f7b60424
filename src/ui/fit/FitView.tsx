import { useEffect, useMemo, useRef, useState } from 'react';
import type {
  Continuous1Spec,
  Continuous2Spec,
  Distribution,
} from '../../core/distributions/types';
import {
  fitMixture1,
  forwardFit1,
  forwardFit2,
  forwardKl1,
  mixture1Entropy,
  mixture1Summary,
  Reverse1Objective,
  type Gaussian1,
} from '../../core/fit';
import type { FitLandscapeResult, FitReverseResult } from '../../worker/fitHandlers';
import { fitClient } from '../../state/fitClient';
import { useAppStore } from '../../state/store';
import { formatNumber } from '../format';
import { Tex } from '../formula/Tex';
import { Plot } from '../plots/Plot';
import { fitDensityFigure, landscapeFigure } from './figures/fitFigures';
import './fit.css';

const SEED = 1;
const RESTARTS = 12;
const classic = (s: number): Continuous1Spec => ({
  family: 'mixture',
  components: [
    { weight: 0.5, component: { family: 'normal', mu: -s, sigma: 1 } },
    { weight: 0.5, component: { family: 'normal', mu: s, sigma: 1 } },
  ],
});
/** From scripts/references/fit_reverse.py (mpmath): the reverse optimum's global swap for ½N(−s,1)+½N(s,1). */
const S_SWAP_TEXT = 'between 2.5 and 3';

const is1 = (d: Distribution): d is Continuous1Spec =>
  d.family === 'mixture' || d.family === 'normal';
const is2 = (d: Distribution): d is Continuous2Spec =>
  d.family === 'mixture2' || d.family === 'normal2';

export function FitView() {
  const p = useAppStore((s) => s.p);
  const setDistribution = useAppStore((s) => s.setDistribution);
  if (is1(p)) return <Fit1 p={p} />;
  if (is2(p)) return <Fit2 p={p} />;
  return (
    <main className="fit-view">
      <p role="status">
        The fit view expects P to be a Gaussian mixture, such as{' '}
        <code>Mix(0.5*N(-3,1),0.5*N(3,1))</code>.
      </p>
      <button
        type="button"
        data-testid="fit.classic"
        onClick={() => setDistribution('p', classic(3))}
      >
        Use the classic two-mode example
      </button>
    </main>
  );
}

function Explanation() {
  return (
    <p className="fit-explain">
      Left: <Tex display={false} tex="\min_Q \mathrm{KL}(P\,\|\,Q)" /> is infinite wherever{' '}
      <Tex display={false} tex="q \to 0" /> but <Tex display={false} tex="p > 0" /> (zero-avoiding),
      so Q stretches to cover every mode: its mean and variance match P&rsquo;s. Right:{' '}
      <Tex display={false} tex="\min_Q \mathrm{KL}(Q\,\|\,P) = -H(Q) - \mathbb{E}_Q[\log p]" />{' '}
      punishes Q for mass where <Tex display={false} tex="p \approx 0" /> (zero-forcing), so Q locks
      onto one mode when the modes are far enough apart.
    </p>
  );
}

function Fit1({ p }: { p: Continuous1Spec }) {
  const setDistribution = useAppStore((s) => s.setDistribution);
  const table = useMemo(() => fitMixture1(p), [p]);
  const summary = useMemo(() => mixture1Summary(table), [table]);
  const entropy = useMemo(() => mixture1Entropy(table), [table]);
  const objective = useMemo(() => new Reverse1Objective(table), [table]);
  const forward = useMemo(() => forwardFit1(p), [p]);
  const [start, setStart] = useState<Gaussian1>(() => ({
    mu: summary.lo + 0.3 * (summary.hi - summary.lo),
    sigma: Math.sqrt(summary.variance) * 0.6,
  }));
  const [result, setResult] = useState<Extract<FitReverseResult, { dimension: 1 }> | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [frame, setFrame] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const [landscape, setLandscape] = useState<FitLandscapeResult | null>(null);
  const [showForward, setShowForward] = useState(false);
  const runFit = (from: Gaussian1) => {
    setResult(null);
    setProgress(0);
    setPlaying(false);
    void fitClient()
      .request(
        'fitReverse',
        { dimension: 1, p, seed: SEED, restarts: RESTARTS, start: from },
        { channel: 'fit', onProgress: (d, t) => setProgress(d / t) },
      )
      .then((o) => {
        if (o.status === 'done' && o.result.dimension === 1) {
          setResult(o.result);
          setFrame(0);
          setPlaying(true);
        }
        if (o.status !== 'superseded') setProgress(null);
      });
  };
  useEffect(() => {
    runFit(start);
    void fitClient()
      .request('fitLandscape', { p, n: 60 }, { channel: 'fitLandscape' })
      .then((o) => {
        if (o.status === 'done') setLandscape(o.result);
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [p]);
  const path = result?.path.map((x) => x.q) ?? [start];
  const shown = path[Math.min(frame, path.length - 1)] ?? start;
  const timer = useRef<number | null>(null);
  useEffect(() => {
    if (!playing) return;
    timer.current = window.setInterval(() => {
      setFrame((f) => {
        if (f + 1 >= path.length) {
          setPlaying(false);
          return f;
        }
        return f + 1;
      });
    }, 400 / speed);
    return () => {
      if (timer.current !== null) window.clearInterval(timer.current);
    };
  }, [playing, speed, path.length]);

  const best = result?.minima[0];
  const range: [number, number] = [
    summary.lo - 1.5 * Math.sqrt(summary.variance),
    summary.hi + 1.5 * Math.sqrt(summary.variance),
  ];
  const yMax =
    1.15 *
    Math.max(
      1 / (forward.sigma * 2.5066),
      ...Array.from(table.mu, (_, i) => table.weight[i]! / (table.sigma[i]! * 2.5066)),
      best ? 1 / (best.q.sigma * 2.5066) : 0,
    );
  const fwdRev = objective.evaluate(forward.mu, forward.sigma).kl;
  const fwdFwd = forwardKl1(entropy, summary.mean, summary.variance, forward.mu, forward.sigma);
  const describe = (g: Gaussian1) => {
    let nearest = -1;
    for (let i = 0; i < table.n; i++)
      if (Math.abs(g.mu - table.mu[i]!) < 0.5 * table.sigma[i]! + 0.1 * g.sigma) nearest = i;
    if (table.n > 1 && nearest >= 0 && g.sigma < 1.5 * table.sigma[nearest]!)
      return `captured the mode at ${formatNumber(table.mu[nearest]!, 3)}`;
    return 'covered the modes';
  };
  const isClassic =
    p.family === 'mixture' &&
    p.components.length === 2 &&
    Math.abs(p.components[0]!.component.mu + p.components[1]!.component.mu) < 1e-12;
  const sep = isClassic && p.family === 'mixture' ? Math.abs(p.components[1]!.component.mu) : 3;
  return (
    <main className="fit-view">
      <Explanation />
      <div className="fit-panels">
        <section className="fit-panel" aria-label="Forward fit">
          <Plot
            figure={fitDensityFigure(p, forward, range, yMax, 'forward: min KL(P‖Q)')}
            title="Forward fit"
            testId="fit.forwardPlot"
            height={260}
          />
          <dl
            data-testid="fit-forward"
            data-mu={forward.mu}
            data-sigma={forward.sigma}
            data-kl={fwdFwd}
            className="fit-readout"
          >
            <dt>μ, σ</dt>
            <dd>
              {formatNumber(forward.mu, 5)}, {formatNumber(forward.sigma, 5)}
            </dd>
            <dt>KL(P‖Q)</dt>
            <dd>{formatNumber(fwdFwd, 5)} nats (minimised)</dd>
            <dt>KL(Q‖P)</dt>
            <dd>{formatNumber(fwdRev, 5)} nats</dd>
          </dl>
        </section>
        <section className="fit-panel" aria-label="Reverse fit">
          <Plot
            figure={fitDensityFigure(p, shown, range, yMax, 'reverse: min KL(Q‖P)')}
            title="Reverse fit"
            testId="fit.reversePlot"
            height={260}
          />
          <dl
            data-testid="fit-reverse"
            data-state={best ? 'done' : 'running'}
            data-mu={best?.q.mu}
            data-sigma={best?.q.sigma}
            data-kl={best?.kl}
            className="fit-readout"
          >
            <dt>μ, σ</dt>
            <dd>
              {best ? `${formatNumber(best.q.mu, 5)}, ${formatNumber(best.q.sigma, 5)}` : '—'}
            </dd>
            <dt>KL(Q‖P)</dt>
            <dd>{best ? `${formatNumber(best.kl, 5)} nats (minimised)` : '—'}</dd>
            <dt>KL(P‖Q)</dt>
            <dd>
              {best
                ? `${formatNumber(forwardKl1(entropy, summary.mean, summary.variance, best.q.mu, best.q.sigma), 5)} nats`
                : '—'}
            </dd>
          </dl>
          {result && (
            <ul className="fit-minima" data-testid="fit.minima">
              {result.minima.map((m, i) => (
                <li key={i}>
                  {i === 0 ? 'Global: ' : 'Local: '}N({formatNumber(m.q.mu, 4)},{' '}
                  {formatNumber(m.q.sigma, 4)}), KL {formatNumber(m.kl, 5)}: {describe(m.q)} in{' '}
                  {m.count} of {result.restarts} restarts
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <div className="fit-controls" role="group" aria-label="Reverse fit animation">
        <label>
          Start μ{' '}
          <input
            type="range"
            data-testid="fit.startMu"
            min={range[0]}
            max={range[1]}
            step={(range[1] - range[0]) / 200}
            value={start.mu}
            onChange={(e) => setStart({ ...start, mu: Number(e.target.value) })}
          />{' '}
          {formatNumber(start.mu, 3)}
        </label>
        <label>
          Start σ{' '}
          <input
            type="range"
            data-testid="fit.startSigma"
            min={Math.log(0.3 * summary.minSigma)}
            max={Math.log(2 * Math.sqrt(summary.variance))}
            step={0.01}
            value={Math.log(start.sigma)}
            onChange={(e) => setStart({ ...start, sigma: Math.exp(Number(e.target.value)) })}
          />{' '}
          {formatNumber(start.sigma, 3)}
        </label>
        <button type="button" data-testid="fit.start" onClick={() => runFit(start)}>
          Fit
        </button>
        <button
          type="button"
          data-testid="fit.pause"
          onClick={() => setPlaying(!playing)}
          disabled={!result}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          data-testid="fit.step"
          onClick={() => {
            setPlaying(false);
            setFrame((f) => Math.min(f + 1, path.length - 1));
          }}
          disabled={!result}
        >
          Step
        </button>
        <label>
          Speed{' '}
          <select
            data-testid="fit.speed"
            value={speed}
            onChange={(e) => setSpeed(Number(e.target.value))}
          >
            {[0.5, 1, 2, 4].map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        {progress !== null && (
          <span className="fit-progress">
            <progress value={progress} max={1} aria-label="Fit progress" />{' '}
            <button
              type="button"
              data-testid="fit.cancel"
              onClick={() => {
                fitClient().cancelChannel('fit');
                setProgress(null);
              }}
            >
              Cancel
            </button>
          </span>
        )}
        <span>
          step {Math.min(frame, path.length - 1)} of {path.length - 1}
        </span>
      </div>
      <section className="fit-landscape" aria-label="Landscape">
        <label>
          <input
            type="checkbox"
            data-testid="fit.landscapeForward"
            checked={showForward}
            onChange={(e) => setShowForward(e.target.checked)}
          />{' '}
          show forward KL(P‖Q) instead of reverse KL(Q‖P)
        </label>
        {landscape ? (
          <Plot
            figure={landscapeFigure(
              {
                mu: landscape.mu,
                logSigma: landscape.logSigma,
                z: showForward ? landscape.forward : landscape.reverse,
              },
              showForward ? 'KL(P‖Q)' : 'KL(Q‖P)',
              showForward ? [forward] : (result?.minima.map((m) => m.q) ?? []),
              path.slice(0, frame + 1),
            )}
            title="KL landscape"
            testId="fit.landscape"
            height={340}
          />
        ) : (
          <p>Computing the landscape…</p>
        )}
      </section>
      <section className="fit-separation" aria-label="Separation">
        <label>
          Separation s for P = ½N(−s,1) + ½N(s,1):{' '}
          <input
            type="range"
            data-testid="fit.separation"
            min={0.5}
            max={5}
            step={0.1}
            value={sep}
            onChange={(e) => setDistribution('p', classic(Number(e.target.value)))}
          />{' '}
          {formatNumber(sep, 2)}
        </label>
        <p>
          At s = 2 the reverse optimum is unique and centred; at s = 3 a mode-locked one is global
          while the centred one is still a local minimum. The global optimum swaps {S_SWAP_TEXT}.
        </p>
      </section>
    </main>
  );
}

function Fit2({ p }: { p: Continuous2Spec }) {
  const forward = useMemo(() => forwardFit2(p), [p]);
  const [result, setResult] = useState<Extract<FitReverseResult, { dimension: 2 }> | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  useEffect(() => {
    setResult(null);
    setProgress(0);
    void fitClient()
      .request(
        'fitReverse',
        { dimension: 2, p, seed: SEED, restarts: RESTARTS, start: forward },
        { channel: 'fit', onProgress: (d, t) => setProgress(d / t) },
      )
      .then((o) => {
        if (o.status === 'done' && o.result.dimension === 2) setResult(o.result);
        if (o.status !== 'superseded') setProgress(null);
      });
  }, [p, forward]);
  const best = result?.minima[0];
  return (
    <main className="fit-view">
      <Explanation />
      <div className="fit-panels">
        <dl
          data-testid="fit-forward"
          data-mean={JSON.stringify(forward.mean)}
          data-cov={JSON.stringify(forward.cov)}
          className="fit-readout"
        >
          <dt>forward mean</dt>
          <dd>{JSON.stringify(forward.mean.map((x) => Number(formatNumber(x, 4))))}</dd>
          <dt>forward cov</dt>
          <dd>
            {JSON.stringify(forward.cov.map((r) => r.map((x) => Number(formatNumber(x, 4)))))}
          </dd>
        </dl>
        <dl
          data-testid="fit-reverse"
          data-state={best ? 'done' : 'running'}
          data-mean={best ? JSON.stringify(best.q.mean) : undefined}
          data-cov={best ? JSON.stringify(best.q.cov) : undefined}
          data-kl={best?.kl}
          className="fit-readout"
        >
          <dt>reverse mean</dt>
          <dd>{best ? JSON.stringify(best.q.mean.map((x) => Number(formatNumber(x, 4)))) : '—'}</dd>
          <dt>reverse cov</dt>
          <dd>
            {best
              ? JSON.stringify(best.q.cov.map((r) => r.map((x) => Number(formatNumber(x, 4)))))
              : '—'}
          </dd>
          <dt>KL(Q‖P)</dt>
          <dd>{best ? `${formatNumber(best.kl, 5)} nats` : '—'}</dd>
        </dl>
      </div>
      {progress !== null && (
        <p>
          <progress value={progress} max={1} aria-label="Fit progress" />{' '}
          <button
            type="button"
            data-testid="fit.cancel"
            onClick={() => {
              fitClient().cancelChannel('fit');
              setProgress(null);
            }}
          >
            Cancel
          </button>
        </p>
      )}
      {result && (
        <ul className="fit-minima">
          {result.minima.map((m, i) => (
            <li key={i}>
              mean {JSON.stringify(m.q.mean.map((x) => Number(formatNumber(x, 3))))}, KL{' '}
              {formatNumber(m.kl, 5)}: {m.count} of {result.restarts} restarts
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
