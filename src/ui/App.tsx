import { FormulaPanel } from './formula/FormulaPanel';
import { MessageBar } from './messages/MessageBar';
import { DistributionPanel } from './panels/DistributionPanel';
import { DistributionsChart } from './plots/DistributionsChart';
import { MeasuresChart } from './plots/MeasuresChart';
import { MeasureReadouts } from './readouts/MeasureReadouts';
import { UnitsToggle } from './UnitsToggle';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>
          KL Explorer{' '}
          <span className="tagline">see what KL(P‖Q) measures, and why its direction matters</span>
        </h1>
        <UnitsToggle />
      </header>
      <MessageBar />
      <main className="layout">
        <div className="column editors">
          <DistributionPanel which="p" />
          <DistributionPanel which="q" />
          <FormulaPanel />
        </div>
        <div className="column results">
          <MeasureReadouts />
          <MeasuresChart />
          <DistributionsChart />
        </div>
      </main>
    </div>
  );
}
