import type katexModule from 'katex';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useNearViewport } from '../useNearViewport';
import { afterFirstNumbers, useSignalFirstNumbers } from '../afterFirstNumbers';
import './formula.css';

type Katex = typeof katexModule;

// KaTeX (JS and CSS, ~80 KB gzip) is fetched once, after the first screen's numbers: a module-level
// promise shared by every formula on the page.
let katexLoaded: Katex | null = null;
let katexLoading: Promise<Katex> | null = null;
function loadKatex(): Promise<Katex> {
  katexLoading ??= afterFirstNumbers
    .then(() => Promise.all([import('katex'), import('katex/dist/katex.min.css')]))
    .then(([m]) => (katexLoaded = m.default));
  return katexLoading;
}

/** KaTeX once it has loaded, null before; 'failed' if it could not be fetched. */
function useKatex(): Katex | null | 'failed' {
  useSignalFirstNumbers();
  const [katex, setKatex] = useState<Katex | null | 'failed'>(katexLoaded);
  useEffect(() => {
    if (katex) return;
    let live = true;
    loadKatex().then(
      (k) => live && setKatex(k),
      () => live && setKatex('failed'),
    );
    return () => {
      live = false;
    };
  }, [katex]);
  return katex;
}

/** A formula is shrunk to this share of its size at least before it is broken into lines. */
const WRAP_BELOW_SCALE = 0.85;
/** The smallest share of its size a formula is shrunk to, to fit its box; below it, it scrolls. */
const MIN_FIT_SCALE = 0.6;

/**
 * Fits a formula to its box's width, as a polished page on a phone should (a display formula
 * wider than its card was cut off at the card's edge):
 * 1. as KaTeX's display formula if it fits, or fits shrunk to {@link WRAP_BELOW_SCALE};
 * 2. else broken into lines: KaTeX breaks inline math (here with \displaystyle, so it looks the
 *    same) after its top-level relations and operators, never inside a fraction or a brace;
 * 3. what is still too wide (one unbreakable piece) is shrunk, down to {@link MIN_FIT_SCALE}
 *    (KaTeX sizes everything in em, so its font size scales all of it), and beyond that scrolls.
 * A new box width starts again from 1.
 *
 * Measured in a ResizeObserver's callback, which the browser runs after its own layout of the frame,
 * not in the commit: reading the box there forced a layout of the whole page inside the task that
 * typeset the formula (13–50 ms on a 2-D Gaussian's release, the formula being 900 of the page's
 * 2,150 elements).
 */
function useFitWidth(
  html: string | null,
  display: boolean,
  wrap: boolean,
  setWrap: (wrap: boolean) => void,
) {
  const ref = useRef<HTMLDivElement>(null);
  // Observed from the commit, so the first observation comes in this frame, before its paint.
  useLayoutEffect(() => {
    const box = ref.current;
    const math = box?.querySelector<HTMLElement>(
      ':scope > .katex-display > .katex, :scope > .katex',
    );
    if (!box || !math) return;
    const fit = () => {
      math.style.fontSize = '';
      const have = box.clientWidth;
      const need = box.scrollWidth;
      if (!(have > 0) || need <= have) return;
      const scale = (have - 1) / need;
      if (display && !wrap && scale < WRAP_BELOW_SCALE) {
        setWrap(true);
        return;
      }
      const size = parseFloat(getComputedStyle(math).fontSize);
      math.style.fontSize = `${size * Math.max(MIN_FIT_SCALE, scale)}px`;
    };
    let live = true;
    // The first observation fits this formula; after it only a new width refits (the fit itself
    // changes the box's height), and a wrapped formula starts again unwrapped.
    let width: number | null = null;
    const observer = new ResizeObserver(() => {
      if (box.clientWidth === width) return;
      const first = width === null;
      width = box.clientWidth;
      if (!first && wrap) {
        setWrap(false);
        return;
      }
      fit();
      // KaTeX's fonts are fetched once the layout that just ran needed them: measured in the
      // fallback font, a formula can be wider.
      if (document.fonts?.status === 'loading') void document.fonts.ready.then(() => live && fit());
    });
    observer.observe(box);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [html, display, wrap, setWrap]);
  return ref;
}

/**
 * Renders LaTeX with KaTeX. A formula that fails to parse shows its source instead of breaking the
 * page; so does one whose KaTeX could not be fetched. Until KaTeX has arrived the box holds the
 * formula's spoken label (the same words a screen reader hears).
 *
 * Typeset only on screen or near it (useNearViewport): off screen the box keeps the formula it last
 * showed and catches up as it scrolls near. A family switch or a drag's release typeset the formula
 * card below the fold twice (15–25 ms of KaTeX each) and measured it (a forced layout of the
 * page, 12–47 ms), inside the tasks that answered the click. `aria-label` is always current.
 */
export function Tex({
  tex,
  display = true,
  label,
}: {
  tex: string;
  display?: boolean;
  label?: string;
}) {
  const katex = useKatex();
  const [wrapped, setWrapped] = useState(false);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const near = useNearViewport(box);
  // What is typeset: `tex` while near the screen, else the formula last shown (adjusted in render,
  // React's pattern for state that follows a prop).
  const [shownTex, setShownTex] = useState(tex);
  if (near && shownTex !== tex) setShownTex(tex);
  const labelled = Boolean(label);
  const html = useMemo(
    () =>
      katex && katex !== 'failed'
        ? katex.renderToString(wrapped ? `\\displaystyle ${shownTex}` : shownTex, {
            displayMode: display && !wrapped,
            throwOnError: false,
            // With a label the box's accessible name is those words, and KaTeX's MathML copy (40 %
            // of a formula's elements, and of its layout) would only be read twice.
            output: labelled ? 'html' : 'htmlAndMathml',
            strict: 'ignore',
          })
        : null,
    [katex, shownTex, display, wrapped, labelled],
  );
  const fitRef = useFitWidth(html, display, wrapped, setWrapped);
  const ref = useCallback(
    (element: HTMLDivElement | null) => {
      fitRef.current = element;
      setBox(element);
    },
    [fitRef],
  );
  // role="math" lets the div carry its label (axe: aria-prohibited-attr); tabIndex lets a keyboard
  // user scroll a formula wider than its card (axe: scrollable-region-focusable).
  if (html === null)
    return (
      <div ref={ref} className="tex tex-loading" role="math" tabIndex={0} aria-label={label}>
        <code>{katex === 'failed' ? tex : ''}</code>
      </div>
    );
  return (
    <div
      ref={ref}
      className={wrapped ? 'tex tex-wrapped' : 'tex'}
      data-tex={shownTex}
      role="math"
      tabIndex={0}
      aria-label={label}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
