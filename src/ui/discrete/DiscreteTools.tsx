import { useAppStore } from '../../state/store';
import { ImportPanel } from './import/ImportPanel';
import { SmoothingPanel } from './SmoothingPanel';

/** The discrete pair's extra panels below P and Q and the formula: smoothing and import. */
export function DiscreteTools() {
  const discrete = useAppStore(
    (s) =>
      (s.p.family === 'bernoulli' || s.p.family === 'categorical') &&
      (s.q.family === 'bernoulli' || s.q.family === 'categorical'),
  );
  if (!discrete) return null;
  return (
    <>
      <SmoothingPanel />
      <ImportPanel />
    </>
  );
}
