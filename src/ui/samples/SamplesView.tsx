import { useEffect } from 'react';
import { startSamplesBridge } from '../../state/samples/samplesBridge';
import { useAppStore } from '../../state/store';
import { DistributionPanel } from '../panels/DistributionPanel';
import { EstimatorsPanel } from './EstimatorsPanel';
import { MlePanel } from './MlePanel';
import { SamplesControls } from './SamplesControls';
import { SamplesStart } from './SamplesStart';
import { useNeedsContinuousStart } from './useNeedsContinuousStart';
import './samples.css';

/**
 * The samples lab (issue 16): draw from P, fit Q by maximum likelihood and see that it minimises the
 * forward KL; estimate KL(P‖Q) from two sample sets (drawn or uploaded) with no densities.
 */
export function SamplesView() {
  useEffect(() => startSamplesBridge(useAppStore), []);
  const needsStart = useNeedsContinuousStart();
  return (
    <main className="layout samples-layout" id="main">
      <div className="column editors">
        <SamplesControls />
        <DistributionPanel which="p" />
        <DistributionPanel which="q" />
      </div>
      <div className="column results">
        {needsStart ? (
          <SamplesStart />
        ) : (
          <>
            <MlePanel />
            <EstimatorsPanel />
          </>
        )}
      </div>
    </main>
  );
}
