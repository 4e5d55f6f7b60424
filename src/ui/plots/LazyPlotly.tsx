import { lazy, Suspense } from 'react';
import type { PlotParams } from 'react-plotly.js';
import { LoadBoundary } from '../LoadBoundary';
import { afterFirstNumbers, useSignalFirstNumbers } from '../afterFirstNumbers';
import './plots.css';

// One fetch of the Plotly chunk for every chart on the page, started once the first numbers are on
// screen.
const LazyComponent = lazy(() =>
  afterFirstNumbers.then(() => import('./plotly')).then((m) => ({ default: m.PlotlyComponent })),
);

/**
 * react-plotly.js's component behind a lazy boundary: until Plotly has loaded, a box of the chart's
 * own size (the `style` the chart will have) holds its place, so nothing below it moves when the
 * chart appears. The numbers never wait for it.
 */
export function PlotlyComponent(props: PlotParams) {
  useSignalFirstNumbers();
  const failed = (
    <div className="plot-placeholder failed" style={props.style} role="status">
      The chart could not be loaded; reload the page to try again.
    </div>
  );
  return (
    <LoadBoundary failed={failed}>
      <Suspense
        fallback={
          <div
            className="plot-placeholder"
            style={props.style}
            data-testid="plot-loading"
            aria-hidden="true"
          />
        }
      >
        <LazyComponent {...props} />
      </Suspense>
    </LoadBoundary>
  );
}
