// The scenarios `npm run verify:code` opens in the built app: every family, a support mismatch (∞),
// smoothing, a shared zero (F.kl_div's nan), mixtures in 1-D and 2-D, a pair the explorer rejects,
// and the KLDivLoss and distillation labs, masked classes included.

/**
 * Explorer pairs: [p, q, extra query, options]. Both the PyTorch and the NumPy/SciPy snippet run for
 * each. `options.tolerance` loosens the relative agreement for a pair whose value neither side can
 * resolve to 1e-9, with the reason (`options.why`).
 */
export const EXPLORER = [
  ['Bern(0.3)', 'Bern(0.6)', ''],
  ['Bern(0.5)', 'Bern(0)', ''],
  ['Cat(0.9,0.05,0.05)', 'Cat(1,1,1)', ''],
  ['Cat(0.5,0.3,0.2)', 'Cat(0.6,0.4,0)', ''],
  ['Cat(0.5,0.3,0.2)', 'Cat(0.6,0.4,0)', '&eps=0.01'],
  ['Cat(0.5,0.3,0.2)', 'Cat(0.6,0.4,0)', '&alpha=0.1'],
  ['Cat(0,0.5,0.5)', 'Cat(0,0.2,0.8)', ''],
  ['N(0,1)', 'N(1,2)', ''],
  ['Mix(0.5*N(-3,1),0.5*N(3,1))', 'N(0,3.1622776601683795)', ''],
  ['Mix(0.3*N(-1,0.5),0.7*N(2,1))', 'Mix(0.5*N(0,1),0.5*N(1.5,2))', ''],
  ['N2(0,0,1,1,0)', 'N2(1,-1,2,0.5,0.8)', ''],
  ['Mix(0.6*N2(-2,0,1,1,0.3),0.4*N2(2,1,0.8,1.2,-0.5))', 'N2(0,0,2,2,0)', ''],
  // The 1-D families without Gaussian components (generic script): each family, support mismatch
  // both ways, heavy tails on both sides of ν = 2, edge singularities, a mix with Normals.
  ['Laplace(0,1)', 'N(0,1)', ''],
  ['U(-1,1)', 'N(0,1)', ''],
  ['N(0,1)', 'U(-1,1)', ''],
  ['U(-1,1)', 'U(-2,3)', ''],
  ['Exp(1)', 'N(1,1)', ''],
  ['Gamma(2,1)', 'Exp(1)', ''],
  ['Gamma(0.5,2)', 'Exp(1)', ''],
  ['Beta(2,3)', 'Beta(0.5,0.8)', ''],
  ['Beta(0.5,2)', 'U(0,1)', ''],
  [
    'Beta(0.5,0.5)',
    'U(0,1)',
    '',
    {
      tolerance: 1e-6,
      why: 'Beta(0.5,0.5) is infinite at x = 1, where the doubles are 1.1e-16 apart: the scripts integrate in x and miss part of the mass within one spacing (≈ 1e-8); the app integrates that edge in its own variable (singularEdges.ts)',
    },
  ],
  ['T(4,0,1)', 'N(0,1)', ''],
  ['T(2,0,1)', 'N(0,1)', ''],
  ['N(0,1)', 'T(2,0,1)', ''],
  ['T(3,0,1)', 'Laplace(0,1)', ''],
  ['T(0.5,0,1)', 'T(1,0,2)', ''],
  ['Mix(0.5*N(-2,1),0.5*N(2,1))', 'Laplace(0,2)', ''],
  // Mixtures of other families (mixany): mixed components, and a gap in P's support.
  ['Mix(0.5*Laplace(-2,1),0.5*T(4,2,1))', 'N(0,2)', ''],
  ['Mix(0.5*U(-1,1),0.5*U(2,3))', 'U(-1,3)', ''],
  // Counts: the Poisson approximation both ways (∞ one way: Pois exceeds n) and a Poisson pair.
  ['Bin(100,0.03)', 'Pois(3)', ''],
  ['Pois(3)', 'Bin(100,0.03)', ''],
  ['Bin(10,0.5)', 'Bin(10,0.3)', ''],
  // The Rényi order (order=): above 1, at 1 (KL itself), and on counts and mixtures.
  ['Bern(0.3)', 'Bern(0.6)', '&order=2'],
  ['Cat(0.5,0.3,0.2)', 'Cat(0.6,0.4,0)', '&order=3'],
  ['N(0,1)', 'N(1,2)', '&order=1.5'],
  ['Mix(0.3*N(-1,0.5),0.7*N(2,1))', 'Mix(0.5*N(0,1),0.5*N(1.5,2))', '&order=1'],
  ['Bin(10,0.3)', 'Pois(3)', '&order=2'],
  ['N2(0,0,1,1,0)', 'N2(1,-1,2,0.5,0.8)', '&order=0.25'],
  // D₂ = ∞ from a tail heavier than Q's (∫p²/q diverges): the scripts must print inf, not integrate
  // (SciPy's stopped with a math domain error while the core's tail check read the wrong scale).
  ['T(4,0,1)', 'N(0,1)', '&order=2'],
  ['Mix(0.5*Laplace(-2,1),0.5*T(4,2,1))', 'N(0,2)', '&order=2'],
];

/** Pairs the explorer rejects: the code blocks must say so and hold no code. */
export const REJECTED = [['Bern(0.3)', 'Cat(0.2,0.3,0.5)']];

/** ML labs: the view, its logits and temperature. */
const DEFAULT_LOGITS = 'student=1,2,3;0,1,2&teacher=0.5,1,-1;2,0,1&T=2';
const MASKED_BOTH = 'student=1,2,-inf;0,1,2&teacher=0.5,1,-inf;2,0,1&T=2';
const MASKED_STUDENT = 'student=1,2,-inf;0,1,2&teacher=0.5,1,2;2,0,1&T=3';
export const LABS = [
  ['torch', DEFAULT_LOGITS],
  ['torch', MASKED_BOTH],
  ['torch', 'student=0.2,-1,4,1;3,0,0,1;1,1,1,1&teacher=1,0,2,-2;0,0,5,1;2,-1,0,1&T=0.7'],
  ['distill', DEFAULT_LOGITS],
  ['distill', MASKED_BOTH],
  ['distill', MASKED_STUDENT],
  ['distill', 'student=0.2,-1,4,1;3,0,0,1;1,1,1,1&teacher=1,0,2,-2;0,0,5,1;2,-1,0,1&T=8'],
];
