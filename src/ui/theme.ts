/**
 * P and Q keep one colour each everywhere. Okabe–Ito blue and vermillion stay distinct under the
 * common colour-vision deficiencies and in greyscale (they differ in lightness too).
 */
export const COLORS = {
  p: '#0072B2',
  q: '#D55E00',
  /** For measures that belong to neither distribution (JS, symmetric KL). */
  neutral: '#6B6B6B',
  mix: '#009E73',
  text: '#1d232b',
  grid: '#e3e6ea',
} as const;

export const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
