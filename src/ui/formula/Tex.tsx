import katex from 'katex';
import { useMemo } from 'react';

/** Renders LaTeX with KaTeX. A formula that fails to parse shows its source instead of breaking the page. */
export function Tex({
  tex,
  display = true,
  label,
}: {
  tex: string;
  display?: boolean;
  label?: string;
}) {
  const html = useMemo(
    () =>
      katex.renderToString(tex, {
        displayMode: display,
        throwOnError: false,
        output: 'htmlAndMathml',
        strict: 'ignore',
      }),
    [tex, display],
  );
  // role="math" lets the div carry its label (axe: aria-prohibited-attr); tabIndex lets a keyboard
  // user scroll a formula wider than its card (axe: scrollable-region-focusable).
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
