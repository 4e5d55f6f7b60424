import { isDiscrete } from '../../core/families/registry';
import { useAppStore } from '../../state/store';
import { ImportPanel } from './import/ImportPanel';
import { SmoothingPanel } from './SmoothingPanel';

/** The discrete pair's extra panels below P and Q and the formula: smoothing and import. */
export function DiscreteTools() {
  const discrete = useAppStore((s) => isDiscrete(s.p) && isDiscrete(s.q));
  if (!discrete) return null;
  return (
    <>
      <SmoothingPanel />
      <ImportPanel />
    </>
  );
}
