import type { StateCreator } from 'zustand';
import type { Distribution } from '../../core/distributions/types';
import type { InformationUnit } from '../../core/units';
import { compatibleQ } from '../../core/compatibleQ';
import { incompatibility } from '../../core/analysis';
import { formatSpec } from '../../core/spec/format';
import { DEFAULT_FIT_SCENARIO, type FitScenario } from '../fitScenario';
import { DEFAULT_ML_SCENARIO, type MlScenario } from '../mlScenario';
import { DEFAULT_MC_SCENARIO, type MonteCarloScenario } from '../monteCarloScenario';
import { DEFAULT_SMOOTHING_SCENARIO, type SmoothingScenario } from '../smoothingScenario';
import { DEFAULT_RENYI_SCENARIO, type RenyiScenario } from '../renyiScenario';
import { DEFAULT_SAMPLES_SCENARIO, type SamplesScenario } from '../samples/samplesScenario';
import { DEFAULT_SHARE_SCENARIO, type ShareScenario } from '../share/shareScenario';
import type { AppState } from '../store';
import { DEFAULT_VIEW, type ViewId } from '../views';

/**
 * The scenario: everything a shared link reproduces. Every key here must have an entry in the URL
 * table (urlCodec.ts); the type check fails until it does.
 */
export interface Scenario
  extends
    MlScenario,
    SmoothingScenario,
    RenyiScenario,
    MonteCarloScenario,
    ShareScenario,
    SamplesScenario,
    FitScenario {
  readonly view: ViewId;
  readonly p: Distribution;
  readonly q: Distribution;
  readonly units: InformationUnit;
  /** Large type for projectors: every text and chart font scaled up. */
  readonly largeType: boolean;
  /** Which KL the explorer's charts shade and its formula shows: KL(P‖Q) or KL(Q‖P) (issue 12). */
  readonly integrand: 'pq' | 'qp';
}

export interface ScenarioSlice extends Scenario {
  setDistribution(which: 'p' | 'q', d: Distribution): void;
  setUnits(units: InformationUnit): void;
  setLargeType(large: boolean): void;
  setView(view: ViewId): void;
  /**
   * Replaces the parts of the scenario given (from a URL, a lesson, an import). A P and Q on
   * different sample spaces (a link or lesson that gives only P) keep P and get a Q on P's space,
   * with a dismissible note saying which.
   */
  applyScenario(partial: Partial<Scenario>): void;
}

/** The topic of the note that says which Q was picked for an incompatible pair. */
export const PAIR_TOPIC = 'pair';

const truncate = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

export const DEFAULT_SCENARIO: Scenario = {
  view: DEFAULT_VIEW,
  p: { family: 'bernoulli', p: 0.3 },
  q: { family: 'bernoulli', p: 0.6 },
  units: 'nats',
  largeType: false,
  integrand: 'pq',
  ...DEFAULT_ML_SCENARIO,
  ...DEFAULT_SMOOTHING_SCENARIO,
  ...DEFAULT_RENYI_SCENARIO,
  ...DEFAULT_MC_SCENARIO,
  ...DEFAULT_SHARE_SCENARIO, // issue 7
  ...DEFAULT_SAMPLES_SCENARIO, // issue 16
  ...DEFAULT_FIT_SCENARIO,
};

export const createScenarioSlice: StateCreator<AppState, [], [], ScenarioSlice> = (set, get) => ({
  ...DEFAULT_SCENARIO,
  setDistribution: (which, d) => set(which === 'p' ? { p: d } : { q: d }),
  setUnits: (units) => set({ units }),
  setLargeType: (largeType) => set({ largeType }),
  setView: (view) => set({ view }),
  applyScenario: (partial) => {
    set(partial);
    if (!('p' in partial) && !('q' in partial)) return;
    const { p, q, clearTopic, pushMessage } = get();
    clearTopic(PAIR_TOPIC);
    if (!incompatibility(p, q)) return;
    const picked = compatibleQ(p);
    set({ q: picked });
    pushMessage({
      level: 'info',
      topic: PAIR_TOPIC,
      text: `Q = ${truncate(formatSpec(q))} is not on P's sample space, so Q is ${formatSpec(picked)} here; P is as given.`,
    });
  },
});
