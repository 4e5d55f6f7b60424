import { FormulaPanel } from '../formula/FormulaPanel';
import { DistributionPanel } from '../panels/DistributionPanel';
import { DistributionsChart } from '../plots/DistributionsChart';
import { MeasuresChart } from '../plots/MeasuresChart';
import { MeasureReadouts } from '../readouts/MeasureReadouts';

/** The main screen: edit P and Q, read every measure, see where the divergence comes from. */
export function ExploreView() {
  return (
    <main className="layout" id="main">
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
  );
}
