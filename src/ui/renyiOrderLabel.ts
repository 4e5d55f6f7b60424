/**
 * How the Rényi order α is written on screen: the readout's label (D₀.₅(P‖Q)) and the
 * f-divergence panel's texts. Presentation only; the order's valid range and default are the
 * core's (core/measures/renyiOrder.ts).
 */

const SUBSCRIPT: Readonly<Record<string, string>> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '.': '.',
  e: 'ₑ',
  '-': '₋',
  '+': '₊',
};

/** α as the readout writes it: at most four significant digits, e.g. 0.5, 2, 0.3333. */
export const formatRenyiOrder = (alpha: number): string => String(Number(alpha.toPrecision(4)));

/** The order as a subscript: 0.5 → '₀.₅'. */
export const subscriptOrder = (alpha: number): string =>
  [...formatRenyiOrder(alpha)].map((c) => SUBSCRIPT[c] ?? c).join('');

/** A measure label with its order put in: 'Dα(P‖Q)' at 0.5 is 'D₀.₅(P‖Q)'. */
export const withOrder = (label: string, alpha: number): string =>
  label.replace('α', subscriptOrder(alpha));
