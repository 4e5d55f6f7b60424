import { drawOwed } from '../plots/owedDraws';
import { fileSlug, type ReadoutRow } from './exportData';

/** Every readout of the view on screen, from the readout contract (data-testid + data-value). */
export function collectReadouts(root: ParentNode = document): ReadoutRow[] {
  const main = root.querySelector('main') ?? root;
  const rows: ReadoutRow[] = [];
  for (const el of main.querySelectorAll<HTMLElement>('[data-testid][data-value]')) {
    const id = el.dataset.testid!;
    if (el.closest('[data-testid="lesson.panel"]')) continue;
    const label =
      el.querySelector('dt')?.textContent ??
      el.getAttribute('aria-label') ??
      el.querySelector('h2, h3, th')?.textContent ??
      id;
    rows.push({ id, label: label.trim(), value: el.dataset.value ?? '' });
  }
  return rows;
}

export interface PlotHandle {
  readonly name: string;
  readonly title: string;
  readonly element: HTMLElement;
}

/** The Plotly charts on screen, each with the name its modebar export uses. */
export function listPlots(root: ParentNode = document): PlotHandle[] {
  return [...root.querySelectorAll<HTMLElement>('figure.plot[data-testid]')].flatMap((fig) => {
    const gd = fig.querySelector<HTMLElement>('.js-plotly-plot');
    if (!gd) return [];
    const name = fig.dataset.plotName ?? fig.dataset.testid!;
    return [{ name: fileSlug(name), title: fig.getAttribute('aria-label') ?? name, element: gd }];
  });
}

/** Plotly's own image export, named kl-explorer-<plot>.<format>, at the chart's size on screen. */
export async function downloadPlot(plot: PlotHandle, format: 'png' | 'svg'): Promise<string> {
  // Plotly's own chunk, already loaded when a chart is on screen.
  const { Plotly } = await import('../plots/plotly');
  // A chart scrolled out of view may not have drawn its latest figure yet.
  drawOwed(plot.element);
  return Plotly.downloadImage(plot.element, {
    format,
    filename: `kl-explorer-${plot.name}`,
    width: Math.max(plot.element.clientWidth, 300),
    height: Math.max(plot.element.clientHeight, 200),
    scale: format === 'png' ? 2 : 1,
  } as Parameters<typeof Plotly.downloadImage>[1]);
}

/** Saves text as a file through a temporary object URL. */
export function downloadText(filename: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Copies text: the Clipboard API where the page may use it, otherwise the caller's text field is
 * selected so the person can copy it with Ctrl+C (http pages, old browsers, denied permission).
 */
export async function copyText(text: string, fallback: HTMLInputElement | null): Promise<boolean> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (fallback) {
      fallback.focus();
      fallback.select();
    }
    return false;
  }
}
