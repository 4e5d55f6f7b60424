import { DistributionPanel } from '../panels/DistributionPanel';
import { ConvergenceChart } from './ConvergenceChart';
import { MonteCarloControls } from './MonteCarloControls';
import { MonteCarloReadouts } from './MonteCarloReadouts';
import { SamplesChart } from './SamplesChart';
import './montecarlo.css';

/**
 * The Monte Carlo lab: estimate KL(P‖Q) and KL(Q‖P) from samples with three estimators, next to the
 * exact value, and watch them converge. P and Q are the explorer's.
 */
export function MonteCarloView() {
  return (
    <main className="layout mc-layout" id="main">
      <div className="column editors">
        <MonteCarloControls />
        <DistributionPanel which="p" />
        <DistributionPanel which="q" />
      </div>
      <div className="column results">
        <MonteCarloReadouts />
        <ConvergenceChart />
        <SamplesChart />
      </div>
    </main>
  );
}
