// The scenarios `npm run verify:code` opens in the built app: every family, a support mismatch (∞),
// smoothing, a shared zero (F.kl_div's nan), mixtures in 1-D and 2-D, a pair the explorer rejects,
// and the KLDivLoss and distillation labs, masked classes included.

/** Explorer pairs: [p, q, extra query]. Both the PyTorch and the NumPy/SciPy snippet run for each. */
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
