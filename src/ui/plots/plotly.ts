// The smallest Plotly that draws what the app draws: plotly.js's core (which brings scatter and the
// cartesian axes) with only the bar, heatmap and contour traces registered (every `type:` in the
// figure builders), and react-plotly.js's component bound to it through its factory. Loaded lazily
// through loadPlotly.ts, never by the first screen's own code, so the numbers appear before Plotly
// (or react-plotly.js, 2 KB) has been fetched.
import Plotly from 'plotly.js/lib/core';
import bar from 'plotly.js/lib/bar';
import contour from 'plotly.js/lib/contour';
import heatmap from 'plotly.js/lib/heatmap';
import createPlotlyComponent from 'react-plotly.js/factory';

Plotly.register([bar, heatmap, contour]);

/** react-plotly.js's `<Plot>` on this bundle: mounts, updates (`Plotly.react`) and purges a chart. */
const PlotlyComponent = createPlotlyComponent(Plotly);

export { Plotly, PlotlyComponent };
// The drag's direct draws travel with Plotly: no chart draws, or drags, before it has arrived.
export { moveKind, moveMarks } from './moveMarks';
