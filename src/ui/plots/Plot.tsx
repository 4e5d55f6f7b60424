import './plots.css';
import type { Config, Data, Layout } from 'plotly.js';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useAppStore, type AppState } from '../../state/store';
import { ChartHandles, type DragArea } from './ChartHandles';
import type { DragHandle } from './dragHandle';
import {
  drawDuringDrag,
  freshDrawState,
  moveDuringDrag,
  noteSettledDraw,
  type DragDraw,
} from './drawFigure';
import { scaleLayout, withYTickLabelsUnmeasured } from './figures/layout';
import type { Figure } from './figures/layout';
import { axesOfTrace, sameAxes, type AxisPair } from './plotAxes';
import { settleAxes, settleData } from './settleRelease';
import { splitNextDraw } from './splitDraw';
import { cancelRedraw, requestRedraw } from './redrawScheduler';
import { registerOwedDraw } from './owedDraws';
import { useLargeType } from './useLargeType';
import { loadPlotly, type PlotlyModule } from './loadPlotly';
import { useSignalFirstNumbers } from '../afterFirstNumbers';

const BASE_CONFIG: Partial<Config> = {
  displaylogo: false,
  showSendToCloud: false,
  // Size changes come from a ResizeObserver on the chart's box, not from window resizes only.
  responsive: false,
  modeBarButtonsToRemove: ['lasso2d', 'select2d'],
};

/** The figure react-plotly.js was last given; `revision` makes it redraw over a drag's direct draws. */
interface Shown {
  readonly data: Data[];
  readonly layout: Partial<Layout>;
  readonly config: Partial<Config>;
  readonly revision: number;
}

/**
 * At rest, while the worker is computing numbers that will change the figure (a new analysis, a
 * reverse fit after its button, a 2-D mixture's refinement after a drag), a chart waits up to this
 * long for them before drawing what it has: the intermediate redraw would be replaced at once, and
 * as a 60–250 ms task on a loaded machine it delayed the answer itself (the fit click's 230 ms).
 *
 * Long enough for the refinement on release of a 2-D mixture drag (100–450 ms here): at 120 ms
 * every chart was drawn twice on release, on the coarse numbers and then on the fine ones, eight
 * redraws and several 50–90 ms tasks. Until it draws, the chart shows the drag's last figure and
 * carries `aria-busy` (markOwed), so a test reads its axes only once they are final; a drag begun
 * during the wait works on the figure on screen.
 */
export const RESULT_WAIT_MS = 600;

const awaitingResult = (s: AppState) => s.computing || s.fit.progress !== null;

/** The longest a draw at rest holds back a chart's next draw (see midDraw). */
const MID_DRAW_LIMIT_MS = 2000;

/** How much larger fonts and charts are in large-type mode (for projectors). */
export const LARGE_TYPE_SCALE = 1.45;

/**
 * How near the viewport a chart must be to redraw at rest (IntersectionObserver's rootMargin): one
 * scrolled further away waits until it comes this near, so a release or a typed number redraws only
 * the charts a person can see (each redraw is a 20–60 ms task here), and one scrolled towards is
 * usually drawn before it appears. During a drag only the charts on screen follow.
 */
const OFFSCREEN_MARGIN = '25% 0px';

/**
 * A Plotly chart that fills its container's width, optionally with draggable handles.
 *
 * Drawing: every redraw waits for its turn in the redraw scheduler (one chart per frame). At rest
 * the chart is react-plotly.js's component (mount, `Plotly.react` on a new figure, purge on
 * unmount); while a person drags, drawDuringDrag restyles only the data on pinned axes through
 * the graph div (its marks moved directly in the SVG, inside the frame, where moveMarks.ts can),
 * and react-plotly.js draws the settled figure on release. A
 * chart scrolled out of view does not redraw during a drag; it catches up when the drag ends or
 * when it comes back into view (IntersectionObserver). Nothing polls the layout: the handles'
 * axis map is read after each draw and on resize (ResizeObserver).
 *
 * `name` becomes the file name of Plotly's "download plot" export (kl-explorer-<name>.png).
 * `handlesOn` names the trace whose axes the handles are placed on (default: the first trace).
 * `waitFor` names a result of its own the chart's figure is about to change with, besides the
 * analysis (the D_α curve): at rest the chart waits for it as for the analysis (RESULT_WAIT_MS).
 */
export function Plot({
  figure,
  title,
  testId,
  height = 300,
  name = testId,
  handles,
  handlesOn,
  onDrag,
  dragArea,
  waitFor,
}: {
  figure: Figure;
  title: string;
  testId: string;
  height?: number;
  name?: string;
  handles?: readonly DragHandle[];
  handlesOn?: string;
  onDrag?: (id: string, x: number, y: number) => void;
  dragArea?: DragArea;
  waitFor?: (s: AppState) => boolean;
}) {
  const largeType = useLargeType();
  const interacting = useAppStore((s) => s.interacting);
  // Plotly arrives after the first numbers (loadPlotly); until then the chart's box holds its place.
  useSignalFirstNumbers();
  const [plotly, setPlotly] = useState<PlotlyModule | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const plotlyRef = useRef<PlotlyModule | null>(null);
  useEffect(() => {
    let live = true;
    loadPlotly().then(
      (mod) => {
        plotlyRef.current = mod;
        if (live) setPlotly(mod);
      },
      () => live && setLoadFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  const scale = largeType ? LARGE_TYPE_SCALE : 1;
  const layout = useMemo(
    () => scaleLayout(withYTickLabelsUnmeasured(figure.layout), scale),
    [figure.layout, scale],
  );
  const config = useMemo(
    (): Partial<Config> => ({
      ...BASE_CONFIG,
      toImageButtonOptions: { filename: `kl-explorer-${name}`, format: 'png', scale: 2 },
    }),
    [name],
  );
  const graph = useRef<HTMLDivElement>(null);
  const figureBox = useRef<HTMLElement>(null);
  const [key] = useState(() => Symbol(testId));
  const draw = useRef(freshDrawState());
  // The figure whose release is half drawn (its data, not yet its axes): see settleRelease.ts.
  const settlingRef = useRef<Omit<Shown, 'revision'> | null>(null);
  const latest = useRef({ data: figure.data, layout, config, handlesOn });
  // What react-plotly.js draws at rest: set by a redraw's turn (never on every render), so a chart
  // still redraws at most once per frame, in the scheduler's task.
  const [shown, setShown] = useState<Shown | null>(null);
  const shownRef = useRef<Shown | null>(null);
  // On screen (a drag's redraws), and near it (redraws at rest): see OFFSCREEN_MARGIN.
  const visible = useRef(true);
  const nearby = useRef(true);
  const drawAnyway = useRef(false);
  const pending = useRef(false);
  const resizeDue = useRef(false);
  const fullDrawOwed = useRef<ReturnType<typeof setTimeout> | null>(null);
  const waitingSince = useRef<number | null>(null);
  const waitTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const requestRef = useRef<() => void>(() => undefined);
  // When react-plotly.js's current draw began (null when none is under way): see midDraw.
  const drawingSince = useRef<number | null>(null);
  /**
   * Whether a draw at rest is under way (split over two tasks, splitDraw.ts). A draw that never
   * reports back stops counting after MID_DRAW_LIMIT_MS, so a chart can never be stuck.
   */
  const midDraw = useCallback(
    () =>
      drawingSince.current !== null && performance.now() - drawingSince.current < MID_DRAW_LIMIT_MS,
    [],
  );
  const waitForRef = useRef(waitFor);
  useLayoutEffect(() => {
    waitForRef.current = waitFor;
  }, [waitFor]);
  const awaiting = useCallback(
    (s: AppState) => awaitingResult(s) || (waitForRef.current?.(s) ?? false),
    [],
  );
  const [axes, setAxes] = useState<AxisPair | null>(null);

  const readAxes = useCallback(() => {
    const next = axesOfTrace(graph.current, latest.current.handlesOn);
    setAxes((prev) => (sameAxes(prev, next) ? prev : next));
  }, []);

  /**
   * `aria-busy` on the figure from a request at rest until the chart has drawn it (or found nothing
   * to draw): what is on screen, and where the handles stand, is about to change. Set on the DOM,
   * not through state: a render per request would cost more than the redraw it announces.
   */
  const owed = useRef(false);
  const markOwed = useCallback((on: boolean) => {
    if (owed.current === on) return;
    owed.current = on;
    if (on) figureBox.current?.setAttribute('aria-busy', 'true');
    else figureBox.current?.removeAttribute('aria-busy');
  }, []);
  // A chart whose Plotly could not be fetched says so in its box; it owes nothing more.
  useEffect(() => {
    if (loadFailed) markOwed(false);
  }, [loadFailed, markOwed]);

  /** After a draw: the size the box has now (if it changed meanwhile), then the handles' axes. */
  const afterDraw = useCallback(() => {
    const gd = graph.current;
    const mod = plotlyRef.current;
    if (gd && mod && resizeDue.current) {
      resizeDue.current = false;
      // Owed nothing more whether or not the resize succeeded: a busy mark never clears otherwise.
      void Promise.resolve(mod.Plotly.Plots.resize(gd))
        .then(readAxes, () => undefined)
        .then(() => {
          if (settlingRef.current === null) markOwed(false);
        });
      return;
    }
    readAxes();
    // Between a release's two steps (settleRelease.ts) the axes are about to change: still owed,
    // whichever Plotly event (the data step's animation) reported a draw.
    if (settlingRef.current === null) markOwed(false);
  }, [readAxes, markOwed]);

  /** After react-plotly.js's draw (or its failure): what afterDraw does, then what waited. */
  const plotlyDrew = useCallback(() => {
    drawingSince.current = null;
    afterDraw();
    if (pending.current) requestRef.current();
  }, [afterDraw]);

  /** After a drag's draw: the handles' axes, and a full draw owed for contours left behind. */
  const afterDragDraw = useCallback(
    (drawn: DragDraw) => {
      void drawn.done.then(afterDraw, () => undefined);
      // Contours left behind: drawn in full once the interval is over, if no move does it first.
      if (drawn.partial && fullDrawOwed.current === null)
        fullDrawOwed.current = setTimeout(
          () => {
            fullDrawOwed.current = null;
            requestRef.current();
          },
          Math.max(0, draw.current.fullDueAt - performance.now()),
        );
    },
    [afterDraw],
  );

  /**
   * The drag's direct draw, tried inside the frame (redrawScheduler): the marks moved in the SVG
   * when nothing but their data changed (moveDuringDrag), else false and `redraw` draws after it.
   */
  const moveMarksNow = useCallback((): boolean => {
    const gd = graph.current;
    const state = draw.current;
    const mod = plotlyRef.current;
    if (!gd || !mod || !state.plotted || !visible.current || midDraw()) return false;
    if (!useAppStore.getState().interacting) return false;
    const { data, layout: l } = latest.current;
    const drawn = moveDuringDrag(gd, data, l, state, mod.marks);
    if (!drawn) return false;
    pending.current = false;
    afterDragDraw(drawn);
    return true;
  }, [afterDragDraw, midDraw]);

  const redraw = useCallback((): boolean => {
    const gd = graph.current;
    const mod = plotlyRef.current;
    if (!gd || !mod) return false;
    const busy = useAppStore.getState().interacting;
    const state = draw.current;
    if (midDraw()) {
      pending.current = true; // requested again when the draw is done (plotlyDrew)
      return false;
    }
    if (!(busy ? visible : nearby).current && !drawAnyway.current && state.plotted) {
      // Drawn when it comes near the viewport (a wait for a result starts afresh then), or at once
      // for an export (drawOwed). At rest it stays owed, `aria-busy`: what it shows is stale.
      waitingSince.current = null;
      pending.current = true;
      markOwed(!busy);
      return false;
    }
    if (!busy && state.plotted && awaiting(useAppStore.getState())) {
      const now = performance.now();
      waitingSince.current ??= now;
      if (now - waitingSince.current < RESULT_WAIT_MS) {
        pending.current = true; // drawn when the result arrives, or when the wait is over
        if (waitTimer.current === null)
          waitTimer.current = setTimeout(
            () => {
              waitTimer.current = null;
              requestRef.current();
            },
            RESULT_WAIT_MS - (now - waitingSince.current),
          );
        return false;
      }
    }
    waitingSince.current = null;
    if (waitTimer.current !== null) {
      clearTimeout(waitTimer.current);
      waitTimer.current = null;
    }
    pending.current = false;
    const { data, layout: l, config: c } = latest.current;
    if (busy && state.plotted) {
      // The drag's fast path, on the graph div itself (see drawDuringDrag).
      afterDragDraw(drawDuringDrag(gd, data, l, c, state, mod.Plotly));
      return true;
    }
    const prev = shownRef.current;
    if (prev && prev.data === data && prev.layout === l && prev.config === c) {
      // Unchanged figure: nothing drawn, unless the box changed size (Plotly's resize redraws).
      if (!resizeDue.current) {
        markOwed(false);
        return false;
      }
      afterDraw();
      return true;
    }
    // A drag's release in two short tasks where it can be (settleRelease.ts): the data, then axes.
    const settling = settlingRef.current;
    settlingRef.current = null;
    if (settling && settling.data === data && settling.layout === l && settling.config === c) {
      shownRef.current = { data, layout: l, config: c, revision: prev?.revision ?? 0 };
      void settleAxes(gd, data, l, state, mod.Plotly).then(afterDraw, afterDraw);
      return true;
    }
    const dataDrawn = settleData(gd, data, l, state, mod.Plotly);
    if (dataDrawn) {
      settlingRef.current = { data, layout: l, config: c };
      const axesNext = () => requestRef.current();
      // Interrupted (by a new drag's animation): the next draw at rest is a full one.
      const inFull = () => {
        settlingRef.current = null;
        state.pinned = null;
        requestRef.current();
      };
      void dataDrawn.then(axesNext, inFull);
      return true;
    }
    const next: Shown = { data, layout: l, config: c, revision: (prev?.revision ?? 0) + 1 };
    shownRef.current = next;
    noteSettledDraw(state, data, l);
    // Drawn in two tasks (splitDraw.ts); nothing else touches the graph div until it is done.
    if (prev) splitNextDraw(gd);
    drawingSince.current = performance.now();
    // Rendered now, inside this task: react-plotly.js's update effect (and its Plotly.react) runs
    // here, not in a later React task that could batch several charts' redraws into one.
    flushSync(() => setShown(next));
    return true;
  }, [afterDraw, afterDragDraw, markOwed, awaiting, midDraw]);

  const request = useCallback(() => {
    const interacting = useAppStore.getState().interacting;
    if (!interacting) markOwed(true);
    // The direct draw is tried first in every case: it declines at rest (moveMarksNow).
    requestRedraw(key, redraw, interacting, moveMarksNow);
  }, [key, redraw, moveMarksNow, markOwed]);
  const redrawRef = useRef(redraw);
  useLayoutEffect(() => {
    requestRef.current = request;
    redrawRef.current = redraw;
  }, [request, redraw]);

  // In the commit, not in a passive effect: React may run those in a task of its own after the
  // frame that shows the new readouts has begun, and a drag's direct draw (requested here, drawn in
  // the next animation frame) then took a frame of style, layout and paint of its own (seen in a
  // bench:ui trace of the Cat drag).
  useLayoutEffect(() => {
    latest.current = { data: figure.data, layout, config, handlesOn };
    request();
  }, [figure.data, layout, config, handlesOn, request, plotly]);
  // The result a redraw was waiting for has arrived (or failed): draw now.
  // A subscription, not a selector: every chart re-rendering twice per analysis during a drag
  // (computing on, then off) cost more main-thread time than the redraws it guards.
  useEffect(
    () =>
      useAppStore.subscribe(awaiting, (still) => {
        if (!still && pending.current) requestRef.current();
      }),
    [awaiting],
  );
  // The drag is over: the full redraw, with autorange, on the figure as it is now.
  const wasInteracting = useRef(interacting);
  useEffect(() => {
    if (wasInteracting.current && !interacting) request();
    wasInteracting.current = interacting;
  }, [interacting, request]);

  // The element changes once (placeholder → react-plotly.js's div): observe whichever is there.
  const mounted = plotly !== null && shown !== null;
  useEffect(() => {
    const gd = graph.current;
    if (!gd) return;
    const watch = (flag: typeof visible, rootMargin?: string) => {
      const seen = new IntersectionObserver(
        (entries) => {
          flag.current = entries.some((e) => e.isIntersecting);
          if (flag.current && pending.current) request();
        },
        { rootMargin },
      );
      seen.observe(gd);
      return seen;
    };
    const seen = [watch(visible), watch(nearby, OFFSCREEN_MARGIN)];
    // An export reads the graph div's figure: one that is owed is drawn first, in view or not.
    const unregister = registerOwedDraw(gd, () => {
      if (!pending.current) return;
      drawAnyway.current = true;
      try {
        cancelRedraw(key);
        redrawRef.current();
      } finally {
        drawAnyway.current = false;
      }
    });
    let width = gd.clientWidth;
    const resized = new ResizeObserver(() => {
      if (!draw.current.plotted || gd.clientWidth === width) return;
      width = gd.clientWidth;
      resizeDue.current = true;
      request();
    });
    resized.observe(gd);
    return () => {
      for (const observer of seen) observer.disconnect();
      resized.disconnect();
      unregister();
    };
  }, [mounted, request, key]);
  useEffect(() => {
    const state = draw.current;
    return () => {
      // react-plotly.js purges the graph div on unmount.
      cancelRedraw(key);
      if (fullDrawOwed.current !== null) clearTimeout(fullDrawOwed.current);
      if (waitTimer.current !== null) clearTimeout(waitTimer.current);
      Object.assign(state, freshDrawState());
      shownRef.current = null;
    };
  }, [key]);

  const h = Math.round(height * (largeType ? 1.25 : 1));
  return (
    <figure
      ref={figureBox}
      className="plot"
      data-testid={testId}
      data-plot-name={name}
      aria-label={title}
    >
      <div className="plot-stage">
        {plotly && shown ? (
          <plotly.PlotlyComponent
            ref={graph}
            className="plot-graph"
            style={{ width: '100%', height: h }}
            data={shown.data}
            layout={shown.layout}
            config={shown.config}
            revision={shown.revision}
            onInitialized={plotlyDrew}
            onUpdate={plotlyDrew}
            onError={plotlyDrew}
          />
        ) : (
          <div ref={graph} className="plot-graph" style={{ width: '100%', height: h }}>
            <div
              className={loadFailed ? 'plot-placeholder failed' : 'plot-placeholder'}
              style={{ height: h }}
              data-testid={loadFailed ? undefined : 'plot-loading'}
              role={loadFailed ? 'status' : undefined}
              aria-hidden={loadFailed ? undefined : true}
            >
              {loadFailed && 'The chart could not be loaded; reload the page to try again.'}
            </div>
          </div>
        )}
        {axes && handles && onDrag && (
          <ChartHandles
            axes={axes}
            handles={handles}
            onDrag={onDrag}
            area={dragArea}
            testId={testId}
          />
        )}
      </div>
    </figure>
  );
}
