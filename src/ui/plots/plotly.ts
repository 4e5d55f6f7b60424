// The cartesian partial bundle (bar, scatter, heatmap, contour, histogram: all the app draws) is about a
// third of the full plotly.js bundle; react-plotly's factory lets us hand it that bundle.
import Plotly from 'plotly.js-cartesian-dist-min';
import createPlotlyComponent from 'react-plotly.js/factory';

export const PlotlyComponent = createPlotlyComponent(Plotly);
export { Plotly };
