import { ContinuousCharts } from '../continuous/ContinuousCharts';
import { DiscreteCharts } from '../discrete/DiscreteCharts';
import { DiscreteTools } from '../discrete/DiscreteTools';
import { PairFamilySelector } from '../discrete/PairFamilySelector';
import { FormulaPanel } from '../formula/FormulaPanel';
import { DistributionPanel } from '../panels/DistributionPanel';
import { MeasuresChart } from '../plots/MeasuresChart';
import { MeasureReadouts } from '../readouts/MeasureReadouts';

/** The main screen: edit P and Q, read every measure, see where the divergence comes from. */
export function ExploreView() {
  return (
    <main className="layout" id="main">
      <div className="column editors">
        <PairFamilySelector />
        <DistributionPanel which="p" />
        <DistributionPanel which="q" />
        <FormulaPanel />
        <DiscreteTools />
      </div>
      <div className="column results">
        <MeasureReadouts />
        <MeasuresChart />
        <DiscreteCharts />
        <ContinuousCharts />
      </div>
    </main>
  );
}
