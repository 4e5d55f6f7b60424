import { useAppStore } from '../../state/store';
import { MC_LIMITS } from '../../state/monteCarloScenario';
import { NumberField } from '../editors/NumberField';
import { formatCount, formatSeconds, formatThroughput } from './text';

const whole = (x: number) => (Number.isInteger(x) ? null : 'Must be a whole number');

/** N, seed, Run, Cancel and the progress bar. */
export function MonteCarloControls() {
  const n = useAppStore((s) => s.n);
  const seed = useAppStore((s) => s.seed);
  const applyScenario = useAppStore((s) => s.applyScenario);
  const state = useAppStore((s) => s.mcRun.state);
  const done = useAppStore((s) => s.mcRun.done);
  const total = useAppStore((s) => s.mcRun.total);
  const error = useAppStore((s) => s.mcRun.error);
  const elapsedMs = useAppStore((s) => s.mcRun.elapsedMs);
  const workers = useAppStore((s) => s.mcRun.workers);
  const requestRun = useAppStore((s) => s.requestMcRun);
  const requestCancel = useAppStore((s) => s.requestMcCancel);
  const running = state === 'running';
  const fraction = total > 0 ? done / total : 0;
  const throughput = formatThroughput(done, elapsedMs, workers);
  return (
    <section className="card mc-controls" aria-labelledby="mc-controls-title">
      <h2 id="mc-controls-title">Sampling</h2>
      <div className="mc-fields">
        <NumberField
          label="Samples N (each direction)"
          value={n}
          min={MC_LIMITS.n.min}
          max={MC_LIMITS.n.max}
          step={1}
          validate={whole}
          onCommit={(x) => applyScenario({ n: x })}
          testId="mc.n"
        />
        <NumberField
          label="Seed"
          value={seed}
          min={MC_LIMITS.seed.min}
          max={MC_LIMITS.seed.max}
          step={1}
          validate={whole}
          onCommit={(x) => applyScenario({ seed: x })}
          testId="mc.seed"
        />
      </div>
      <div className="mc-buttons">
        <button type="button" data-testid="mc.run" onClick={requestRun}>
          {running ? 'Restart' : 'Run'}
        </button>
        <button type="button" data-testid="mc.cancel" onClick={requestCancel} disabled={!running}>
          Cancel
        </button>
      </div>
      <div className="mc-progress">
        <progress
          data-testid="mc.progress"
          aria-label="Samples drawn"
          value={done}
          max={Math.max(total, 1)}
        />
        <span className="mc-progress-text" aria-live="polite" data-testid="mc.status">
          {state === 'idle' && 'Not run yet.'}
          {state === 'running' &&
            `Running: ${formatCount(done)} of ${formatCount(total)} samples (${Math.floor(100 * fraction)} %)${throughput ? `, ${throughput}` : ''}.`}
          {state === 'done' &&
            `Done: ${formatCount(total)} samples (N = ${formatCount(total / 2)} per direction)${throughput ? ` in ${formatSeconds(elapsedMs)}, ${throughput}` : ''}.`}
          {state === 'cancelled' &&
            `Cancelled after ${formatCount(done)} of ${formatCount(total)} samples.`}
          {state === 'failed' && `Could not run: ${error ?? 'unknown error'}`}
        </span>
      </div>
    </section>
  );
}
