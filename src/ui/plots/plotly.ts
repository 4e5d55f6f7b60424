// The smallest Plotly that draws what the app draws: plotly.js's core (which brings scatter and the
// cartesian axes) with only the bar, heatmap and contour traces registered (every `type:` in the
// figure builders). Loaded lazily through loadPlotly.ts, never by the first screen's own code, so
// the numbers appear before Plotly has been fetched. Plot.tsx calls it directly (drawFigure.ts), not
// through react-plotly.js, so that a drag can restyle data on pinned axes instead of a full react.
import Plotly from 'plotly.js/lib/core';
import bar from 'plotly.js/lib/bar';
import contour from 'plotly.js/lib/contour';
import heatmap from 'plotly.js/lib/heatmap';

Plotly.register([bar, heatmap, contour]);

export { Plotly };
