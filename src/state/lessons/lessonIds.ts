/** Every lesson's id, in gallery order; `?lesson=<id>` opens one. The catalogue has one entry per id. */
export const LESSON_IDS = [
  'asymmetry',
  'support',
  'cross-entropy',
  'likelihood',
  'gaussian',
  'jensen-shannon',
  'mode-seeking',
  'monte-carlo',
  'temperature',
  'vae',
  'pytorch-pitfalls',
  'direction',
  'continuous-support',
  'heavy-tails',
  'poisson-approximation',
  'f-divergences',
] as const;
