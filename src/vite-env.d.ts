/// <reference types="vite/client" />

// plotly.js's own modules: the core (scatter included) and the traces registered in ui/plots/plotly.ts.
declare module 'plotly.js/lib/core' {
  import Plotly from 'plotly.js';
  export default Plotly;
}
declare module 'plotly.js/lib/bar' {
  import type { PlotlyModule } from 'plotly.js';
  const trace: PlotlyModule;
  export default trace;
}
declare module 'plotly.js/lib/contour' {
  import type { PlotlyModule } from 'plotly.js';
  const trace: PlotlyModule;
  export default trace;
}
declare module 'plotly.js/lib/heatmap' {
  import type { PlotlyModule } from 'plotly.js';
  const trace: PlotlyModule;
  export default trace;
}
