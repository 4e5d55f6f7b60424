import type katexModule from 'katex';
import { useEffect, useMemo, useState } from 'react';
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

/**
 * Renders LaTeX with KaTeX. A formula that fails to parse shows its source instead of breaking the
 * page; so does one whose KaTeX could not be fetched. Until KaTeX has arrived the box holds the
 * formula's spoken label (the same words a screen reader hears).
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
  const html = useMemo(
    () =>
      katex && katex !== 'failed'
        ? katex.renderToString(tex, {
            displayMode: display,
            throwOnError: false,
            output: 'htmlAndMathml',
            strict: 'ignore',
          })
        : null,
    [katex, tex, display],
  );
  // role="math" lets the div carry its label (axe: aria-prohibited-attr); tabIndex lets a keyboard
  // user scroll a formula wider than its card (axe: scrollable-region-focusable).
  if (html === null)
    return (
      <div className="tex tex-loading" role="math" tabIndex={0} aria-label={label}>
        <code>{katex === 'failed' ? tex : ''}</code>
      </div>
    );
  return (
    <div
      className="tex"
      role="math"
      tabIndex={0}
      aria-label={label}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
