import { useEffect } from 'react';
import { useAppStore, type AppState } from '../state/store';
import { afterNextPaint } from './plots/afterNextPaint';

/**
 * Plotly's and KaTeX's fetch (and Plotly's 1 MB of parsing) wait for the first numbers: it starts one frame after a
 * React commit in which the first analysis (or its failure) is on screen. Charts render before that
 * (placeholders of their size), so without this gate their lazy import would compete with the
 * readouts' own request and render (and a formula can render before any number). Gating on the store alone was not enough: under load React
 * commits the answer a few hundred ms after the store has it.
 */
let resolveShown: () => void = () => {};
export const afterFirstNumbers = new Promise<void>((resolve) => {
  resolveShown = resolve;
});

/** True once the first analysis has been answered or has failed (a message says so). */
export const hasFirstAnswer = (s: AppState): boolean =>
  s.analysis !== null || s.messages.some((m) => m.topic === 'compute');

let signalled = false;

/** Called from an effect of a commit that shows the first answer. */
export function firstNumbersCommitted(): void {
  if (signalled) return;
  signalled = true;
  afterNextPaint(resolveShown);
}

/** For a component that would load a heavy module: signals once the first answer is committed. */
export function useSignalFirstNumbers(): void {
  const answered = useAppStore(hasFirstAnswer);
  useEffect(() => {
    if (answered) firstNumbersCommitted();
  }, [answered]);
}
