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
  return <div className="tex" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
