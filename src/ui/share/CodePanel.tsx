import { useMemo, useState } from 'react';
import { readoutStatus, snippetText, SUPPORTED_VERSIONS } from './codegen/common';
import { useSettled } from '../useSettled';
import { numpySnippet } from './codegen/numpySnippet';
import { pytorchSnippet } from './codegen/pytorchSnippet';

const SNIPPETS = [
  { id: 'pytorch', label: 'PyTorch', make: pytorchSnippet, runsOn: SUPPORTED_VERSIONS.pytorch },
  { id: 'numpy', label: 'NumPy/SciPy', make: numpySnippet, runsOn: SUPPORTED_VERSIONS.numpy },
] as const;

/**
 * Copy as code: scripts that reproduce the explorer's numbers for the current P and Q. Written only
 * while the panel is open: for a 100,000-category import the two scripts (every weight written
 * out) took 300 ms of the main thread on every change, for a panel nobody had opened.
 */
export function CodePanel() {
  const [open, setOpen] = useState(false);
  // The snippets follow a drag once it ends (useSettled), not on each of its frames.
  const p = useSettled((s) => s.p);
  const q = useSettled((s) => s.q);
  const eps = useSettled((s) => s.eps);
  const alpha = useSettled((s) => s.alpha);
  const order = useSettled((s) => s.order);
  const analysis = useSettled((s) => s.analysis);
  const computing = useSettled((s) => s.computing);
  const status = readoutStatus(analysis, computing);
  const code = useMemo(() => {
    if (!open) return [];
    const current = readoutStatus(analysis, computing);
    return SNIPPETS.map((s) => ({
      ...s,
      text: snippetText(s.make, { p, q, eps, alpha, order }, current),
    }));
  }, [open, p, q, eps, alpha, order, analysis, computing]);
  const [copied, setCopied] = useState('');
  return (
    <details
      className="card code-panel"
      data-testid="code"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>Copy as code: PyTorch and NumPy/SciPy</summary>
      <p className="muted">
        Each script runs as it stands and prints the numbers above (in nats), computed in float64.
      </p>
      <p className="muted">Runs on {SNIPPETS.map((s) => `${s.runsOn} (${s.label})`).join('; ')}.</p>
      {code.map((c) => (
        <section key={c.id} className="code-block" aria-label={`${c.label} code`}>
          <div className="code-head">
            <h3>{c.label}</h3>
            <button
              type="button"
              data-testid={`code.copy.${c.id}`}
              disabled={status.state !== 'ready'}
              onClick={() =>
                void navigator.clipboard
                  ?.writeText(c.text)
                  .then(() => setCopied(c.label))
                  .catch(() => setCopied(''))
              }
            >
              Copy {c.label}
            </button>
            {copied === c.label && <span role="status">Copied.</span>}
          </div>
          <pre tabIndex={0}>
            <code data-testid={`code-${c.id}`} data-state={status.state}>
              {c.text}
            </code>
          </pre>
        </section>
      ))}
    </details>
  );
}
