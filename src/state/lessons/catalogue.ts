import type { LessonId } from '../share/shareScenario';
import { LESSON_IDS } from './lessonIds';
import type { Lesson } from './types';
import type { MeasureKey } from '../../core/measures/table';

const measure = (key: MeasureKey) => ({ kind: 'measure', key }) as const;
const readout = (testId: string, attribute = 'data-value') =>
  ({ kind: 'readout', testId, attribute }) as const;

/**
 * The guided scenarios of the lessons gallery, following the background notes
 * (shared/background/kl-divergence.md, sections named in each lesson). No lesson holds an answer:
 * each question names the readout the app computes for the scenario on screen.
 */
export const LESSONS: { readonly [K in LessonId]: Lesson } = {
  asymmetry: {
    id: 'asymmetry',
    title: 'KL is not a distance: direction matters',
    sentences: [
      'KL(P‖Q) averages log(P/Q) under P, so it weighs each outcome by how likely P finds it.',
      'Swap the roles and the weights change: KL(Q‖P) is in general a different number.',
      'Here P is confident about the first outcome and Q spreads its mass evenly.',
    ],
    start: 'view=explore&p=Cat(0.9,0.05,0.05)&q=Cat(1,1,1)',
    tryThis: [
      {
        text: 'Swap P and Q: the two KL readouts trade places.',
        query: 'p=Cat(1,1,1)&q=Cat(0.9,0.05,0.05)',
      },
      {
        text: 'Make P uniform as well: both directions drop to 0 (Gibbs’ inequality).',
        query: 'p=Cat(1,1,1)&q=Cat(1,1,1)',
      },
    ],
    question: {
      prompt: 'P = (0.9, 0.05, 0.05), Q uniform. Predict the reverse divergence KL(Q‖P) in nats.',
      answer: measure('klQP'),
      explanation:
        'Q puts a third of its mass on outcomes P finds unlikely (0.05), and log(1/3 ÷ 0.05) is large: the reverse direction is bigger.',
      conceal: ['readouts', 'measures', 'charts', 'formula'],
    },
  },
  support: {
    id: 'support',
    title: 'Support mismatch, and smoothing',
    sentences: [
      'If Q gives probability 0 to an outcome P can produce, KL(P‖Q) is infinite: a code built for Q has no word for it.',
      'Smoothing Q (add ε to every probability, or mix in a little of the uniform distribution) makes it finite again.',
    ],
    start: 'view=explore&p=Cat(0.5,0.3,0.2)&q=Cat(0.6,0.4,0)',
    tryThis: [
      { text: 'Add ε = 0.001 to Q: KL(P‖Q) is finite but large.', query: 'eps=0.001' },
      {
        text: 'Label smoothing instead: α = 0.1 mixes 10 % of the uniform into Q.',
        query: 'alpha=0.1',
      },
      { text: 'KL(Q‖P) was finite all along: P has no zeros.' },
    ],
    question: {
      prompt: 'With ε = 0.01 added to Q, predict KL(P‖Q).',
      query: 'eps=0.01',
      answer: measure('klPQ'),
      explanation:
        'The third outcome now has q ≈ 0.0097, so it contributes about 0.2·log(0.2/0.0097) ≈ 0.6 nats on its own.',
      conceal: ['readouts', 'measures', 'charts', 'formula'],
    },
  },
  'cross-entropy': {
    id: 'cross-entropy',
    title: 'Cross-entropy = entropy + KL',
    sentences: [
      'H(P,Q) = −Σ P log Q is the average code length when data from P is coded with a code built for Q.',
      'It splits exactly into H(P), the best possible, plus KL(P‖Q), the price of the wrong code.',
      'The numbers here are in bits: with these dyadic probabilities they come out as simple fractions.',
    ],
    start: 'view=explore&p=Cat(0.5,0.25,0.25)&q=Cat(0.25,0.25,0.5)&units=bits',
    tryThis: [
      { text: 'Read H(P) and KL(P‖Q): their sum is H(P,Q).' },
      {
        text: 'Set Q = P: the cross-entropy falls to H(P) and KL to 0.',
        query: 'q=Cat(0.5,0.25,0.25)',
      },
    ],
    question: {
      prompt: 'H(P) is 1.5 bits. Predict the cross-entropy H(P,Q) in bits.',
      answer: measure('cePQ'),
      explanation:
        'Coding outcome 1 (half the time) with a 2-bit word and outcome 3 with a 1-bit word costs 0.5·2 + 0.25·2 + 0.25·1 = 1.75 bits.',
      conceal: ['readouts', 'measures', 'charts', 'formula'],
    },
  },
  likelihood: {
    id: 'likelihood',
    title: 'Maximum likelihood is forward KL',
    sentences: [
      'Let P be the data’s empirical distribution: 5, 3 and 2 observations of three outcomes.',
      'The average log-likelihood of the data under a model Q is −H(P,Q) = −H(P) − KL(P‖Q).',
      'H(P) does not depend on the model, so maximising likelihood is minimising KL(P‖Q).',
    ],
    start: 'view=explore&p=Cat(5,3,2)&q=Cat(0.4,0.4,0.2)',
    tryThis: [
      {
        text: 'Move Q towards the observed frequencies: H(P,Q) and KL(P‖Q) fall together.',
        query: 'q=Cat(0.45,0.35,0.2)',
      },
      {
        text: 'Set Q to the frequencies (0.5, 0.3, 0.2): KL is 0, the maximum-likelihood model.',
        query: 'q=Cat(5,3,2)',
      },
    ],
    question: {
      prompt:
        'For the model Q = (0.4, 0.4, 0.2), predict the average negative log-likelihood per observation, H(P,Q), in nats.',
      answer: measure('cePQ'),
      explanation:
        'It is −(0.5·log 0.4 + 0.3·log 0.4 + 0.2·log 0.2): the log-loss a model trained on this data reports.',
      conceal: ['readouts', 'measures', 'charts', 'formula'],
    },
  },
  gaussian: {
    id: 'gaussian',
    title: 'The Gaussian closed form',
    sentences: [
      'For 1-D Gaussians, KL(N(μ₁,σ₁²)‖N(μ₂,σ₂²)) = log(σ₂/σ₁) + (σ₁² + (μ₁−μ₂)²)/(2σ₂²) − ½.',
      'The mean difference counts in units of Q’s standard deviation; a narrow Q is punished hard.',
    ],
    start: 'view=explore&p=N(0,1)&q=N(1,2)',
    tryThis: [
      {
        text: 'Equal σ: KL is just (μ₁−μ₂)²/(2σ²), symmetric in the two directions.',
        query: 'p=N(0,1)&q=N(1,1)',
      },
      {
        text: 'Make Q narrow, N(0, 0.5): the reverse direction is now the small one.',
        query: 'p=N(0,1)&q=N(0,0.5)',
      },
    ],
    question: {
      prompt: 'P = N(0, 1), Q = N(1, 2) (σ = 2). Predict KL(P‖Q) in nats.',
      answer: measure('klPQ'),
      explanation: 'log 2 + (1 + 1)/8 − ½ = 0.693 + 0.25 − 0.5.',
      conceal: ['readouts', 'measures', 'charts', 'formula'],
    },
  },
  'jensen-shannon': {
    id: 'jensen-shannon',
    title: 'Jensen–Shannon: bounded by ln 2, and √JS is a metric',
    sentences: [
      'JS(P‖Q) = ½KL(P‖M) + ½KL(Q‖M) with M = (P+Q)/2 compares both to their average, so it is symmetric.',
      'M is never 0 where P or Q is positive, so JS stays finite; it is at most ln 2 ≈ 0.693 nats (1 bit).',
      'Its square root satisfies the triangle inequality: √JS is a true distance between distributions.',
    ],
    start: 'view=explore&p=Bern(0.2)&q=Bern(0.7)',
    tryThis: [
      { text: 'Swap P and Q: JS does not change.', query: 'p=Bern(0.7)&q=Bern(0.2)' },
      {
        text: 'Disjoint supports, Bern(0) against Bern(1): both KLs are ∞ but JS is finite.',
        query: 'p=Bern(0)&q=Bern(1)',
      },
    ],
    question: {
      prompt: 'P = Bern(0) and Q = Bern(1) share no outcome. Predict JS(P‖Q) in nats.',
      query: 'p=Bern(0)&q=Bern(1)',
      answer: measure('js'),
      explanation:
        'M = Bern(½), and each of P, Q is at KL log 2 from it: JS reaches its bound ln 2.',
      conceal: ['readouts', 'measures', 'charts', 'formula'],
    },
  },
  'mode-seeking': {
    id: 'mode-seeking',
    title: 'Mode covering against mode seeking',
    sentences: [
      'Fit a single Gaussian Q to a two-peaked P, once by minimising KL(P‖Q) and once KL(Q‖P).',
      'Forward KL punishes Q for missing mass, so Q stretches over both peaks (mode covering).',
      'Reverse KL punishes Q for mass where P has little, so Q settles on one peak (mode seeking).',
    ],
    start: 'view=fit&p=Mix(0.5*N(-3,1),0.5*N(3,1))&q=N(0,2)',
    tryThis: [
      {
        text: 'Bring the peaks closer, ±1: the two fits nearly agree.',
        query: 'p=Mix(0.5*N(-1,1),0.5*N(1,1))',
      },
      {
        text: 'Make one peak heavier (0.8 against 0.2): which peak does the reverse fit choose?',
        query: 'p=Mix(0.8*N(-3,1),0.2*N(3,1))',
      },
    ],
    question: {
      prompt:
        'The forward fit matches P’s mean and variance (σ² = 1 + 9). Predict its KL(P‖Q) in nats.',
      answer: readout('fit-forward', 'data-kl'),
      explanation:
        'A Gaussian of σ ≈ 3.16 covers both peaks but wastes mass in the valley between them.',
      conceal: ['readouts'],
    },
  },
  'monte-carlo': {
    id: 'monte-carlo',
    title: 'Monte Carlo estimators of KL',
    sentences: [
      'Without a closed form, KL(P‖Q) ≈ (1/N) Σ [log p(xᵢ) − log q(xᵢ)] with xᵢ drawn from P.',
      'The estimate is unbiased but noisy; the other estimators (k2, k3) trade bias for variance.',
      'The seed is in the link, so everyone in the class sees the same samples.',
    ],
    start: 'view=mc&p=N(0,1)&q=N(1,1)&n=10000&seed=1',
    tryThis: [
      { text: 'Raise N to 1,000,000: the standard error shrinks like 1/√N.', query: 'n=1000000' },
      { text: 'Change the seed: a different, equally valid estimate.', query: 'seed=2' },
    ],
    question: {
      prompt:
        'The exact KL is 0.5 nats. Predict the k1 estimate from these 10,000 samples (seed 1).',
      answer: readout('mc-kl-pq'),
      explanation:
        'With N = 10,000 the standard error is about 1/√10,000 ≈ 0.01 nats: the estimate lands within a few hundredths.',
      conceal: ['readouts', 'charts'],
    },
  },
  temperature: {
    id: 'temperature',
    title: 'Temperature and softmax',
    sentences: [
      'softmax(z/T) turns logits into probabilities; T > 1 flattens them, T < 1 sharpens them.',
      'Distillation compares teacher and student at the same temperature, so the student also learns the teacher’s small preferences.',
      'The gradients shrink like 1/T², which is why the loss is multiplied by T².',
    ],
    start: 'view=distill&T=1',
    tryThis: [
      {
        text: 'Raise T to 4: the softened distributions flatten and their KL shrinks.',
        query: 'T=4',
      },
      {
        text: 'Lower T to 0.5: the distributions sharpen towards their largest logit.',
        query: 'T=0.5',
      },
    ],
    question: {
      prompt:
        'At T = 4, predict the mean KL(teacher‖student) of the softened distributions, in nats.',
      query: 'T=4',
      answer: readout('distill-kl'),
      explanation:
        'Dividing logits by 4 squeezes both distributions towards uniform, and KL falls roughly like 1/T².',
      conceal: ['readouts', 'charts'],
    },
  },
  vae: {
    id: 'vae',
    title: 'The KL term of a VAE, and β',
    sentences: [
      'A VAE’s encoder gives each latent dimension a Gaussian N(μ, σ²); the prior is N(0, 1).',
      'Its KL has a closed form: ½(σ² + μ² − 1 − log σ²) per dimension, added over dimensions.',
      'β scales this term: β > 1 pushes the code towards the prior, at a cost in reconstruction.',
    ],
    start: 'view=vae&mu=1&sigma=0.5&beta=1',
    tryThis: [
      {
        text: 'Set μ = 0 and σ = 1: the posterior is the prior and the KL is 0.',
        query: 'mu=0&sigma=1',
      },
      { text: 'Set β = 4: the weighted term is four times the KL.', query: 'beta=4' },
    ],
    question: {
      prompt: 'One dimension with μ = 1, σ = 0.5. Predict KL(N(μ,σ²)‖N(0,1)) in nats.',
      answer: readout('vae-total'),
      explanation: '½(0.25 + 1 − 1 − log 0.25) = ½(0.25 + 1.386) ≈ 0.818.',
      conceal: ['readouts', 'charts'],
    },
  },
  'pytorch-pitfalls': {
    id: 'pytorch-pitfalls',
    title: 'PyTorch pitfalls with kl_div',
    sentences: [
      'F.kl_div(input, target) expects input as log-probabilities and target as probabilities, and computes KL(target‖input).',
      'reduction="mean" divides by every element, not by the batch: use "batchmean" for the mean KL per sample.',
      'Passing probabilities as input gives a number that is not a KL at all, and can even be negative.',
    ],
    start: 'view=torch&T=1',
    tryThis: [
      { text: 'Compare "mean" with "batchmean": they differ by the number of classes.' },
      {
        text: 'Mask a student class with -inf where the teacher has mass: the loss is ∞.',
        query: 'student=1,2,-inf;0,1,2&T=1',
      },
    ],
    question: {
      prompt:
        'Predict what kl_div returns (batchmean) when the student’s probabilities, not log-probabilities, are passed as input.',
      answer: readout('kldiv-probs-input'),
      explanation:
        'It computes Σ p(log p − q) with q a probability, which is no divergence: compare it with the true mean KL.',
      conceal: ['readouts'],
    },
  },
  direction: {
    id: 'direction',
    title: 'Choosing the direction',
    sentences: [
      'Use KL(P_data‖Q) when Q must not miss anything the data does (maximum likelihood, distillation).',
      'Use KL(Q‖P) when Q must not invent what P lacks (variational inference), accepting that it may ignore some of P.',
      'Here Q covers only one of P’s two modes: one direction barely notices, the other is large.',
    ],
    start: 'view=explore&p=Cat(0.45,0.05,0.45,0.05)&q=Cat(0.04,0.04,0.88,0.04)',
    tryThis: [
      {
        text: 'Let Q spread over both modes: KL(P‖Q) falls sharply.',
        query: 'q=Cat(0.4,0.1,0.4,0.1)',
      },
      {
        text: 'Open the Fit view to see the same choice with Gaussians.',
        query: 'view=fit&p=Mix(0.5*N(-3,1),0.5*N(3,1))&q=N(0,2)',
      },
    ],
    question: {
      prompt: 'Q has dropped P’s first mode. Predict KL(P‖Q) in nats: does forward KL notice?',
      answer: measure('klPQ'),
      explanation:
        'P puts 0.45 on outcome 1, where Q has 0.04: 0.45·log(0.45/0.04) alone is over 1 nat.',
      conceal: ['readouts', 'measures', 'charts', 'formula'],
    },
  },
  'continuous-support': {
    id: 'continuous-support',
    title: 'Support mismatch for densities: Uniform against Normal',
    sentences: [
      'U(−1, 1) is flat on [−1, 1] and exactly 0 outside; N(0, 1) is positive everywhere.',
      'KL(U‖N) only looks at x inside [−1, 1], where both densities are positive: it is finite.',
      'KL(N‖U) averages log(p/q) under the Normal, which has mass beyond ±1 where the Uniform has none: log(p/0) is ∞ there.',
    ],
    start: 'view=explore&p=U(-1,1)&q=N(0,1)',
    tryThis: [
      {
        text: 'Swap P and Q: KL(P‖Q) is now ∞, and the integrand chart shades the region where P has mass and Q none.',
        query: 'p=N(0,1)&q=U(-1,1)',
      },
      {
        text: 'Widen the Uniform to U(−5, 5): the Normal’s mass beyond ±5 is tiny, but KL(N‖U) is still ∞.',
        query: 'p=N(0,1)&q=U(-5,5)',
      },
    ],
    question: {
      prompt: 'P = U(−1, 1), Q = N(0, 1). Predict KL(P‖Q) in nats.',
      answer: measure('klPQ'),
      explanation:
        'KL(U‖N) = −H(U) + E_U[−log q] = −ln 2 + ½ln 2π + E[x²]/2 = −0.693 + 0.919 + 1/6 ≈ 0.39 nats; the reverse direction is ∞.',
      conceal: ['readouts', 'measures', 'charts', 'formula'],
    },
  },
  'heavy-tails': {
    id: 'heavy-tails',
    title: 'Heavy tails: Student’s t against a Normal',
    sentences: [
      'A Student-t with ν degrees of freedom has tails that fall like |x|^−(ν+1); a Normal’s fall like e^(−x²/2).',
      'KL(t‖N) contains E_t[x²]/2, which is finite only when the t has a finite variance: ν > 2. At ν ≤ 2 KL(t‖N) is ∞.',
      'The other way round, −log t(x) grows only like log |x|, which every Normal averages to a finite number: KL(N‖t) is always finite.',
    ],
    start: 'view=explore&p=T(4,0,1)&q=N(0,1)',
    tryThis: [
      { text: 'Lower ν to 3: the tails get heavier and KL(P‖Q) grows.', query: 'p=T(3,0,1)' },
      {
        text: 'Lower ν to 2: the t’s variance is infinite, and so is KL(t‖N).',
        query: 'p=T(2,0,1)',
      },
      {
        text: 'Swap the roles, P = N(0, 1) and Q = T(2, 0, 1): the t is a safe model for Normal data.',
        query: 'p=N(0,1)&q=T(2,0,1)',
      },
    ],
    question: {
      prompt: 'P = N(0, 1), Q = T(2, 0, 1), whose variance is infinite. Predict KL(P‖Q) in nats.',
      query: 'p=N(0,1)&q=T(2,0,1)',
      answer: measure('klPQ'),
      explanation:
        'Finite and small: the t puts enough mass everywhere the Normal does, and its −log density grows only logarithmically, so nothing blows up. Heavy-tailed models are forgiving; heavy-tailed data is not.',
      conceal: ['readouts', 'measures', 'charts', 'formula'],
    },
  },
  'poisson-approximation': {
    id: 'poisson-approximation',
    title: 'The Poisson approximation to the Binomial',
    sentences: [
      'Bin(n, λ/n) counts successes in n trials of probability λ/n; as n grows it approaches Pois(λ).',
      'KL(Bin‖Pois) measures the approximation’s error in nats: it falls roughly like (λ/n)²/4.',
      'The other direction is ∞ for every n: a Poisson can exceed n, which the Binomial cannot produce.',
    ],
    start: 'view=explore&p=Bin(10,0.3)&q=Pois(3)',
    tryThis: [
      { text: 'Ten times as many trials, n = 100, p = 0.03.', query: 'p=Bin(100,0.03)' },
      {
        text: 'And n = 1000, p = 0.003: the error drops about a hundredfold again.',
        query: 'p=Bin(1000,0.003)',
      },
      {
        text: 'Swap the roles: KL(Pois‖Bin) is ∞, because Pois(3) gives outcomes above 100 a positive probability.',
        query: 'p=Pois(3)&q=Bin(100,0.03)',
      },
    ],
    question: {
      prompt:
        'For n = 10 (p = 0.3) KL(Bin‖Pois) is about 0.03 nats. Predict it for n = 100, p = 0.03.',
      query: 'p=Bin(100,0.03)',
      answer: measure('klPQ'),
      explanation:
        'About (0.03)²/4 ≈ 2.3·10⁻⁴ nats: ten times the trials makes the approximation roughly a hundred times better.',
      conceal: ['readouts', 'measures', 'charts', 'formula'],
    },
  },
  'f-divergences': {
    id: 'f-divergences',
    title: 'KL among the f-divergences',
    sentences: [
      'Total variation TV = ½∫|p − q| and the squared Hellinger distance H² = 1 − ∫√(pq) are bounded: both lie between 0 and 1, whatever P and Q are.',
      'KL is not bounded. Pinsker’s inequality TV ≤ √(KL/2) ties them: a small KL forces a small TV, but a TV near 1 says little about how large KL is.',
      'The Rényi divergences D_α grow with their order α and pass through KL at α = 1; D_½ = −2 ln(1 − H²). The panel “KL among the f-divergences” draws all of it live.',
    ],
    start: 'view=explore&p=N(0,1)&q=N(1,1)&order=0.5',
    tryThis: [
      {
        text: 'Move Q to N(3, 1): TV and H² approach 1, KL(P‖Q) = Δμ²/2 = 4.5 nats.',
        query: 'p=N(0,1)&q=N(3,1)',
      },
      {
        text: 'Move Q to N(6, 1): TV ≈ 0.997 and H² ≈ 0.989 (they saturate at 1), while KL grows to 18 nats.',
        query: 'p=N(0,1)&q=N(6,1)',
      },
      {
        text: 'Order α = 2: D₂ = Δμ² = 36 nats, above KL, as the D_α curve shows.',
        query: 'p=N(0,1)&q=N(6,1)&order=2',
      },
    ],
    question: {
      prompt:
        'P = N(0, 1) and Q = N(6, 1) are six standard deviations apart, and KL(P‖Q) = 18 nats. Predict the total variation TV(P, Q) (no unit, between 0 and 1).',
      query: 'p=N(0,1)&q=N(6,1)',
      answer: measure('tv'),
      explanation:
        'TV = erf(Δμ/(2√2 σ)) = erf(2.12…) ≈ 0.9973: the two densities barely overlap, so TV is almost 1, and it can never pass 1, however far apart they move, while KL keeps growing like Δμ²/2.',
      conceal: ['readouts', 'measures', 'charts', 'formula'],
    },
  },
};

/** The lessons in gallery order. */
export const LESSON_LIST: readonly Lesson[] = LESSON_IDS.map((id) => LESSONS[id]);

/** A lesson's step count: the introduction, one per "try this" prompt, and the question. */
export const lessonStepCount = (lesson: Lesson): number => lesson.tryThis.length + 2;

export type LessonStepKind = 'intro' | 'try' | 'question';

/** What step `step` (1-based, clamped) of a lesson is, and the query it applies over the start. */
export function lessonStep(
  lesson: Lesson,
  step: number,
): { step: number; kind: LessonStepKind; query: string; text?: string } {
  const n = lessonStepCount(lesson);
  const s = Math.min(Math.max(1, Math.round(step)), n);
  if (s === 1) return { step: s, kind: 'intro', query: lesson.start };
  if (s === n)
    return { step: s, kind: 'question', query: mergeQuery(lesson.start, lesson.question.query) };
  const t = lesson.tryThis[s - 2]!;
  return { step: s, kind: 'try', query: mergeQuery(lesson.start, t.query), text: t.text };
}

/** `a` with the parameters of `b` set over it (both `name=value&…`, unencoded). */
export function mergeQuery(a: string, b: string | undefined): string {
  if (!b) return a;
  const entries = new Map<string, string>();
  for (const q of [a, b])
    for (const part of q.split('&')) {
      if (part === '') continue;
      const eq = part.indexOf('=');
      entries.set(eq < 0 ? part : part.slice(0, eq), eq < 0 ? '' : part.slice(eq + 1));
    }
  return [...entries].map(([k, v]) => `${k}=${v}`).join('&');
}
