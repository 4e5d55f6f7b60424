/**
 * The screens of the app, each reachable as `?view=<id>`. A new view adds its id here and its
 * component in src/ui/views/registry.tsx (the registry's type insists on one entry per id).
 */
export const VIEW_IDS = [
  'explore',
  'fit', // issue 5
  'mc',
  // ML recipes lab (issue 8)
  'torch',
  'distill',
  'vae',
  'rl',
  'calibration',
  'lessons', // issue 7
  'samples', // issue 16
] as const;
export type ViewId = (typeof VIEW_IDS)[number];
export const DEFAULT_VIEW: ViewId = 'explore';
