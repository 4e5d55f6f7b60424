import { describe, expect, it } from 'vitest';
import type { Distribution } from '../../../../core/distributions/types';
import { klDivLab } from '../../../../core/ml/klDivLab';
import { distillCode } from '../../../ml/distillCode';
import { torchCode, torchCodeText } from '../../../ml/torchCode';
import { numpySnippet } from '../numpySnippet';
import { pytorchSnippet } from '../pytorchSnippet';

/**
 * Every library name a snippet may use, written out by hand from the libraries' documentation, each
 * present in the oldest supported version (NumPy 1.22, SciPy 1.8, PyTorch 1.13) and in the 2.x
 * releases. Not allowed, for example: np.trapezoid (NumPy 2.0+), np.trapz (removed in NumPy 2.0).
 * A new name in a generator must be checked against the docs and added here.
 */
const ALLOWED = new Set([
  // NumPy: all long-standing, none deprecated in 2.x.
  'np.array',
  'np.float64',
  'np.log',
  'np.exp',
  'np.abs',
  'np.sqrt',
  'np.where',
  'np.inf',
  'np.errstate',
  'np.logaddexp',
  'np.linspace',
  'np.meshgrid', // indexing= since 1.7
  'np.nextafter',
  'np.stack',
  'np.subtract',
  'np.trace',
  'np.pi',
  'np.linalg.solve',
  'np.linalg.slogdet',
  // SciPy.
  'scipy.special.entr', // 0.15
  'scipy.special.rel_entr', // 0.15
  'scipy.special.logsumexp', // 0.19
  'scipy.integrate.trapezoid', // 1.6 (trapz renamed)
  'scipy.integrate', // quad: always
  'scipy.stats', // norm, multivariate_normal: always
  'integrate.quad',
  'stats.norm.logpdf',
  'stats.multivariate_normal',
  // scipy.stats distributions of the 1-D families' templates (all long-standing), and the frozen
  // objects' support() (1.7) the generic 1-D script reads.
  'stats.norm',
  'stats.uniform',
  'stats.expon',
  'stats.gennorm', // 0.16
  'stats.gamma',
  'stats.beta',
  'stats.t',
  'integrate.IntegrationWarning', // 0.18
  // Python's standard library.
  'functools.lru_cache', // Python 3.2
  // PyTorch (1.13+).
  'torch.distributions', // import torch.distributions as D: D.Laplace, D.StudentT, … (all 1.x)
  'torch.arange',
  'torch.sqrt',
  'torch.diag',
  'torch.linalg.eigh', // 1.8
  'torch.nextafter', // 1.7
  'torch.tensor',
  'torch.float64',
  'torch.set_default_dtype',
  'torch.stack',
  'torch.linspace',
  'torch.logaddexp', // 1.6
  'torch.trapezoid', // 1.11
  'torch.nan_to_num', // 1.8
  'torch.meshgrid', // indexing= since 1.10
  'torch.where',
  'torch.logsumexp', // since 1.0
  'torch.zeros_like',
  'torch.autograd.grad',
  'torch.distributions.Bernoulli',
  'torch.distributions.Categorical',
  'torch.distributions.Normal',
  'torch.distributions.MultivariateNormal',
  'torch.distributions.MixtureSameFamily', // 1.5
  'torch.distributions.kl_divergence',
  'torch.nn.functional',
  'F.kl_div', // log_target= since 1.6
  'F.softmax',
  'F.log_softmax',
]);

/** The qualified library names a script uses: attribute chains and `from … import …` names. */
function libraryNames(code: string): string[] {
  const names = new Set<string>();
  for (const m of code.matchAll(/^from (\S+) import (.+?)(?:\s+#.*)?$/gm))
    for (const name of m[2]!.split(',')) names.add(`${m[1]}.${name.trim()}`);
  for (const m of code.matchAll(/^import (\S+?)(?: as \w+)?(?:, (\S+?)(?: as \w+)?)?$/gm))
    for (const name of [m[1], m[2]]) if (name && name.includes('.')) names.add(name);
  const body = code
    .replace(/^(from|import) .*$/gm, '')
    .replace(/#.*$/gm, '')
    .replace(/'[^']*'|"[^"]*"/g, "''");
  for (const m of body.matchAll(/\b(np|torch|F|stats|integrate)((?:\.\w+)+)/g)) {
    const chain = `${m[1]}${m[2]}`;
    // Tensor methods (x.exp(), p.sum()) are not library names; only the chain from the module is.
    names.add(chain.replace(/^(stats\.norm)\.logpdf.*/, '$1.logpdf'));
  }
  return [...names];
}

const n = (mu: number, sigma: number) => ({ family: 'normal' as const, mu, sigma });
const n2 = (mx: number, my: number, sx: number, sy: number, rho: number) => ({
  family: 'normal2' as const,
  ...{ mx, my, sx, sy, rho },
});
const PAIRS: [Distribution, Distribution, number, number][] = [
  // The generic 1-D script: every new family, a mixture with another family, a coarse edge.
  [{ family: 'laplace', mu: 0, b: 1 }, n(0, 1), 0, 0],
  [{ family: 'uniform', a: -1, b: 1 }, { family: 'studentT', nu: 3, mu: 0, s: 1 }, 0, 0],
  [{ family: 'exponential', rate: 1 }, { family: 'gamma', k: 2, theta: 1 }, 0, 0],
  [{ family: 'beta', a: 0.5, b: 0.5 }, { family: 'uniform', a: 0, b: 1 }, 0, 0],
  [
    {
      family: 'mixture',
      components: [
        { weight: 1, component: n(-2, 1) },
        { weight: 1, component: n(2, 1) },
      ],
    },
    { family: 'studentT', nu: 2, mu: 0, s: 1 },
    0,
    0,
  ],
  [{ family: 'bernoulli', p: 0.3 }, { family: 'bernoulli', p: 0.6 }, 0, 0],
  [
    { family: 'categorical', weights: [0.5, 0.3, 0.2] },
    { family: 'categorical', weights: [0.6, 0.4, 0] },
    0.01,
    0.1,
  ],
  [
    { family: 'categorical', weights: [0, 1, 1] },
    { family: 'categorical', weights: [0, 1, 2] },
    0,
    0,
  ],
  [n(0, 1), n(1, 2), 0, 0],
  [
    {
      family: 'mixture',
      components: [
        { weight: 1, component: n(0, 1) },
        { weight: 2, component: n(3, 0.5) },
      ],
    },
    n(0, 2),
    0,
    0,
  ],
  [n2(0, 0, 1, 1, 0), n2(1, -1, 2, 0.5, 0.8), 0, 0],
  [
    {
      family: 'mixture2',
      components: [
        { weight: 1, component: n2(0, 0, 1, 1, 0.2) },
        { weight: 1, component: n2(2, 1, 1, 2, 0) },
      ],
    },
    n2(0, 0, 2, 2, 0),
    0,
    0,
  ],
];

const student = [
  [1, 2, -Infinity],
  [0, 1, 2],
];
const teacher = [
  [0.5, 1, -Infinity],
  [2, 0, 1],
];
const SNIPPETS: [string, string][] = [
  ...PAIRS.flatMap(([p, q, eps, alpha], i): [string, string][] => [
    [`pytorch ${i}`, pytorchSnippet({ p, q, eps, alpha })],
    [`numpy ${i}`, numpySnippet({ p, q, eps, alpha })],
  ]),
  [
    'KLDivLoss lab',
    torchCodeText(torchCode(student, teacher, 2, klDivLab({ student, teacher, temperature: 2 }))),
  ],
  ['distillation lab', distillCode(student, teacher, 2)],
  ['distillation lab, no mask', distillCode([[1, 2, 3]], [[3, 2, 1]], 4)],
];

describe.each(SNIPPETS)('%s', (_, code) => {
  it('uses only library names present in every supported version', () => {
    const names = libraryNames(code);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !ALLOWED.has(name))).toEqual([]);
  });

  it('pastes at the >>> prompt: no blank line inside a block, a blank line after each', () => {
    // The interactive interpreter ends a block at a blank line and wants one before the next
    // top-level statement (scripts/verify-code/run_snippets.py checks this with Python's own compiler).
    const lines = code.split('\n');
    // Lines inside an open bracket (a list written over several lines) continue a statement; the
    // prompt reads them as one, so only lines that start at bracket depth 0 count as a block's.
    let depth = 0;
    const open = lines.map((line) => {
      const before = depth;
      const bare = line.replace(/#.*$/, '').replace(/'[^']*'|"[^"]*"/g, '');
      depth += (bare.match(/[([{]/g) ?? []).length - (bare.match(/[)\]}]/g) ?? []).length;
      return before > 0;
    });
    const indented = (i: number) => lines[i] !== undefined && !open[i] && /^\s+\S/.test(lines[i]!);
    const bad = lines.flatMap((line, i) =>
      (line.trim() === '' && indented(i + 1)) || (/^\S/.test(line) && !open[i] && indented(i - 1))
        ? [`line ${i + 1}: ${line || lines[i + 1]}`]
        : [],
    );
    expect(bad).toEqual([]);
  });

  it('opens with the versions it runs on', () => {
    expect(code.split('\n').slice(0, 3).join('\n')).toMatch(
      /# .*Runs as it stands on Python 3\.8\+, (PyTorch 1\.13\+ or 2\.x|NumPy 1\.22\+ or 2\.x, SciPy 1\.8\+)\./,
    );
  });
});

describe('libraryNames', () => {
  it('sees the names the issue was about, so the check above can fail', () => {
    expect(libraryNames('import numpy as np\nx = np.trapezoid(y, x)\nz = np.trapz(y)')).toEqual([
      'np.trapezoid',
      'np.trapz',
    ]);
    expect(libraryNames('from scipy.integrate import trapezoid  # 1.6+')).toEqual([
      'scipy.integrate.trapezoid',
    ]);
  });
});
