import { describe, expect, it } from 'vitest';
import type { Distribution } from '../../../../core/distributions/types';
import { numpySnippet } from '../numpySnippet';
import { pytorchSnippet } from '../pytorchSnippet';
import { torchClass, torchHasKl } from '../torchKl';

// The shape of the generic 1-D scripts: constructors from the families' templates, the split
// points, and how each infinity is written. Their numbers are checked by running them
// (npm run verify:code); no number here comes from the app.
const N = (mu: number, sigma: number) => ({ family: 'normal' as const, mu, sigma });
const U = (a: number, b: number): Distribution => ({ family: 'uniform', a, b });
const T = (nu: number, mu: number, s: number): Distribution => ({ family: 'studentT', nu, mu, s });
const laplace: Distribution = { family: 'laplace', mu: 0, b: 1 };
const scenario = (p: Distribution, q: Distribution) => ({ p, q, eps: 0, alpha: 0 });
const points = (code: string) =>
  /^points = \[([^\]]*)\]/m
    .exec(code)![1]!
    .split(',')
    .map((s) => Number(s.trim()));

describe('SciPy script for a pair that is not two Gaussian mixtures', () => {
  const code = numpySnippet(scenario(laplace, N(0, 1)));

  it('builds scipy.stats frozen distributions from the families’ templates', () => {
    expect(code).toContain('P = stats.gennorm(1, 0.0, 1.0)'); // Laplace(0, 1) as a gennorm of order 1
    expect(code).toContain('Q = stats.norm(0.0, 1.0)');
    expect(code).not.toContain('No code for this pair');
  });

  it('integrates with quad piece by piece between split points that hold the kink and the ±σ', () => {
    expect(code).toContain('integrate.quad(g, lo, hi');
    const xs = points(code);
    // By hand: Laplace's kink at μ = 0, the Normal's μ ± σ, both ranges far beyond ±8.
    for (const x of [0, -1, 1]) expect(xs).toContain(x);
    expect(xs[0]!).toBeLessThan(-8);
    expect(xs[xs.length - 1]!).toBeGreaterThan(8);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('finds a support mismatch from the supports and says where it is', () => {
    const n = numpySnippet(scenario(N(0, 1), U(-1, 1)));
    expect(n).toContain('Q = stats.uniform(-1.0, 1.0 - (-1.0))');
    expect(n).toContain(
      '# KL(P||Q) = inf: P has mass on (-inf, -1] and [1, inf), where Q has none',
    );
    expect(n).toMatch(/^kl_pq = math\.inf if uncovered\(P, Q\) else expect\(/m);
    // The edges are split points.
    expect(points(n)).toEqual(expect.arrayContaining([-1, 1]));
  });

  it('states a heavy tail’s infinity with its reason (ν = 2 against a Normal)', () => {
    const t = numpySnippet(scenario(T(2, 0, 1), N(0, 1)));
    expect(t).toMatch(
      /^# KL\(P\|\|Q\) = inf: P's tail is too heavy for Q's.*\n^kl_pq = math\.inf$/m,
    );
    expect(t).toMatch(/^ce_pq = math\.inf$/m);
    // The other direction is integrated.
    expect(t).toMatch(/^kl_qp = math\.inf if uncovered\(Q, P\) else expect\(lq/m);
  });

  it('writes a mixture as (weight, component) pairs, each from its family’s template', () => {
    const mix: Distribution = {
      family: 'mixture',
      components: [
        { weight: 0.5, component: N(-2, 1) },
        { weight: 0.5, component: N(2, 1) },
      ],
    };
    const m = numpySnippet(scenario(mix, laplace));
    expect(m).toContain(
      'P = [\n    (0.5, stats.norm(-2.0, 1.0)),\n    (0.5, stats.norm(2.0, 1.0))]',
    );
  });

  it('names an edge where the doubles are too coarse (Beta(½, ½) at 1) and only there', () => {
    const beta: Distribution = { family: 'beta', a: 0.5, b: 0.5 };
    const b = numpySnippet(scenario(beta, U(0, 1)));
    expect(b).toContain("# Beta(0.5,0.5)'s log-density is infinite at x = 1");
    expect(b).toContain('coarse = [1.0]');
    expect(code).not.toContain('coarse');
  });

  it('leaves out split points beyond ±1e150, where the t log-densities overflow', () => {
    const t = numpySnippet(scenario(T(0.5, 0, 1), T(1, 0, 2)));
    expect(t).toMatch(/points beyond \+-1e150 \(far tails\) are left out/);
    expect(Math.max(...points(t).map(Math.abs))).toBeLessThanOrEqual(1e150);
  });
});

describe('PyTorch script for a pair that is not two Gaussian mixtures', () => {
  it('uses kl_divergence where torch.distributions registers the pair, and says so', () => {
    const code = pytorchSnippet(scenario(laplace, N(0, 1)));
    expect(code).toContain('P = D.Laplace(0.0, 1.0, validate_args=False)');
    expect(code).toContain('Q = D.Normal(0.0, 1.0, validate_args=False)');
    expect(code).toMatch(/^kl_pq = kl_divergence\(P, Q\) {2}# registered .*\(Laplace, Normal\)$/m);
    expect(code).toMatch(/^kl_qp = kl_divergence\(Q, P\) {2}# registered .*\(Normal, Laplace\)$/m);
    expect(code).toMatch(/^h_p = P\.entropy\(\)$/m);
  });

  it('integrates with Gauss–Legendre between the split points where no KL is registered', () => {
    const code = pytorchSnippet(scenario(T(4, 0, 1), N(0, 1)));
    expect(code).toContain('P = D.StudentT(4.0, 0.0, 1.0, validate_args=False)');
    expect(code).toContain(
      '# Quadrature: torch.distributions registers no kl_divergence for (StudentT, Normal).',
    );
    expect(code).toMatch(/^kl_pq = math\.inf if uncovered\(P, Q\) else integral\(lp, lp - lq\)$/m);
    expect(code).toContain('t, w = gauss_legendre(64)');
    expect(code).toContain('torch.linalg.eigh');
  });

  it('reads the class a template constructs, and only registered pairs count', () => {
    expect(torchClass('D.Laplace({mu}, {b})')).toBe('Laplace');
    expect(torchHasKl('Laplace', 'Normal')).toBe(true);
    expect(torchHasKl('StudentT', 'Normal')).toBe(false);
    // Left out on purpose: PyTorch 1.13 gives nan for U(0, 1) against a Beta.
    expect(torchHasKl('Uniform', 'Beta')).toBe(false);
  });
});
