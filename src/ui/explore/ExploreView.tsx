import { ContinuousCharts } from '../continuous/ContinuousCharts';
import { DiscreteCharts } from '../discrete/DiscreteCharts';
import { DiscreteTools } from '../discrete/DiscreteTools';
import { PairFamilySelector } from '../discrete/PairFamilySelector';
import { FormulaPanel } from '../formula/FormulaPanel';
import { DistributionPanel } from '../panels/DistributionPanel';
import { MeasuresChart } from '../plots/MeasuresChart';
import { FDivergencePanel } from '../fdivergences/FDivergencePanel';
import { MeasureReadouts } from '../readouts/MeasureReadouts';
import { PanelBoundary } from '../errors/PanelBoundary';

/** The main screen: edit P and Q, read every measure, see where the divergence comes from. */
export function ExploreView() {
  return (
    <main className="layout" id="main">
      <div className="column editors">
        <PanelBoundary name="the family selector">
          <PairFamilySelector />
        </PanelBoundary>
        <PanelBoundary name="P's editor">
          <DistributionPanel which="p" />
        </PanelBoundary>
        <PanelBoundary name="Q's editor">
          <DistributionPanel which="q" />
        </PanelBoundary>
        <PanelBoundary name="the formula">
          <FormulaPanel />
        </PanelBoundary>
        <PanelBoundary name="the tools">
          <DiscreteTools />
        </PanelBoundary>
      </div>
      <div className="column results">
        <PanelBoundary name="the readouts">
          <MeasureReadouts />
        </PanelBoundary>
        <PanelBoundary name="the measures chart">
          <MeasuresChart />
        </PanelBoundary>
        <PanelBoundary name="the charts">
          <DiscreteCharts />
          <ContinuousCharts />
        </PanelBoundary>
        <PanelBoundary name="the f-divergence panel">
          <FDivergencePanel />
        </PanelBoundary>
      </div>
    </main>
  );
}
