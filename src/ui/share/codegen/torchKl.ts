/**
 * The pairs of `torch.distributions` classes for which `kl_divergence` has a registered closed form
 * (`@register_kl` in torch/distributions/kl.py, the same in PyTorch 1.13 and 2.x), restricted to
 * the classes the families' templates use. Some of them return +inf by design where the supports
 * do not nest (`_kl_normal_infinity`, `_kl_laplace_infinity`, …), as the explorer does. Left out:
 * Uniform–Beta and Uniform–Gamma, whose formulas take x·log x at the Uniform's edges and give nan
 * for U(0, 1) (PyTorch 1.13); those pairs are integrated instead.
 */
const REGISTERED: readonly (readonly [string, string])[] = [
  ['Beta', 'Beta'],
  ['Beta', 'Exponential'],
  ['Beta', 'Gamma'],
  ['Beta', 'Normal'],
  ['Beta', 'Uniform'],
  ['Exponential', 'Beta'],
  ['Exponential', 'Exponential'],
  ['Exponential', 'Gamma'],
  ['Exponential', 'Normal'],
  ['Exponential', 'Uniform'],
  ['Gamma', 'Beta'],
  ['Gamma', 'Exponential'],
  ['Gamma', 'Gamma'],
  ['Gamma', 'Normal'],
  ['Gamma', 'Uniform'],
  ['Laplace', 'Beta'],
  ['Laplace', 'Exponential'],
  ['Laplace', 'Gamma'],
  ['Laplace', 'Laplace'],
  ['Laplace', 'Normal'],
  ['Laplace', 'Uniform'],
  ['Normal', 'Beta'],
  ['Normal', 'Exponential'],
  ['Normal', 'Gamma'],
  ['Normal', 'Laplace'],
  ['Normal', 'Normal'],
  ['Normal', 'Uniform'],
  ['Uniform', 'Exponential'],
  ['Uniform', 'Normal'],
  ['Uniform', 'Uniform'],
];

/** The class a `torch.distributions` template constructs: `D.Laplace({mu}, {b})` → 'Laplace'. */
export const torchClass = (template: string): string | undefined =>
  /^D\.(\w+)\(/.exec(template)?.[1];

/** Whether `kl_divergence(P, Q)` has a closed form for these two classes. */
export const torchHasKl = (p: string | undefined, q: string | undefined): boolean =>
  REGISTERED.some(([a, b]) => a === p && b === q);
