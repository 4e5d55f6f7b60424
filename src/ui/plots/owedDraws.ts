/**
 * Charts scrolled out of view do not redraw (Plot.tsx): their graph divs hold a stale figure until
 * they come near the viewport. Whatever reads a graph div's figure from outside the chart (the
 * share bar's image export) asks for the owed draw first.
 */
const owed = new Map<Element, () => void>();

/** Registers how the chart drawn in `graph` catches up at once; returns the unregistration. */
export function registerOwedDraw(graph: Element, drawNow: () => void): () => void {
  owed.set(graph, drawNow);
  return () => {
    if (owed.get(graph) === drawNow) owed.delete(graph);
  };
}

/** Draws the figure `graph` owes, if it owes one (synchronously: its data and layout are set). */
export function drawOwed(graph: Element): void {
  owed.get(graph)?.();
}
