// The smallest Plotly that draws what the app draws: plotly.js's core (which brings scatter and the
// cartesian axes) with only the bar, heatmap and contour traces registered (every `type:` in the
// figure builders). Loaded lazily through LazyPlotly.tsx, never by the first screen's own code, so
// the numbers appear before Plotly has been fetched.
import Plotly from 'plotly.js/lib/core';
import bar from 'plotly.js/lib/bar';
import contour from 'plotly.js/lib/contour';
import heatmap from 'plotly.js/lib/heatmap';
import createPlotlyComponent from 'react-plotly.js/factory';

Plotly.register([bar, heatmap, contour]);

export const PlotlyComponent = createPlotlyComponent(Plotly);
export { Plotly };
