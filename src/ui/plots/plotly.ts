// The cartesian partial bundle (bar, scatter, heatmap, contour, histogram: all the app draws) is about a
// third of the full plotly.js bundle. Plot.tsx calls it directly (drawFigure.ts), not through
// react-plotly.js, so that a drag can restyle data on pinned axes instead of a full react.
import Plotly from 'plotly.js-cartesian-dist-min';

export { Plotly };
