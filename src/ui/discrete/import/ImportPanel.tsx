import { useId, useRef, useState } from 'react';
import { DEFAULT_SMOOTHING_SCENARIO } from '../../../state/smoothingScenario';
import { useAppStore } from '../../../state/store';
import type { ImportReading, ImportResult } from '../../../core/import/parsePair';
import { dataFileRefusal, readImportInWorker } from '../../../state/dataFiles';

const READINGS: readonly { id: ImportReading; label: string }[] = [
  { id: 'auto', label: 'Auto' },
  { id: 'probabilities', label: 'Probabilities' },
  { id: 'logits', label: 'Logits' },
];

/** What the person is told after an import: how each vector was read and what the link can hold. */
function summary(r: Extract<ImportResult, { ok: true }>, reading: ImportReading): string {
  const k = r.p.probs.length;
  const how = (name: string, v: typeof r.p) =>
    v.readAs === 'logits'
      ? `${name} as logits (softmax${reading === 'auto' ? ', because it has negative values' : ''})`
      : Math.abs(v.total - 1) > 1e-9
        ? `${name} as weights (divided by their sum, ${v.total.toPrecision(6)})`
        : `${name} as probabilities`;
  return `Imported ${k.toLocaleString('en')} categories: read ${how('P', r.p)} and ${how('Q', r.q)}.`;
}

/**
 * Import two vectors for practitioners (a model's next-token distributions, say): paste them or load
 * a file (CSV, JSON or whitespace-separated numbers, up to 100,000 categories each). The text is read
 * and summarised in a worker, in slices with a progress bar (a 100,000-line file never holds up the
 * page); a file over 20 MB is refused before it is read.
 */
export function ImportPanel() {
  const applyScenario = useAppStore((s) => s.applyScenario);
  const [text, setText] = useState('');
  const [reading, setReading] = useState<ImportReading>('auto');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const statusId = useId();
  const generation = useRef(0);

  const importText = async (source: string, mode: ImportReading) => {
    const mine = ++generation.current;
    setProgress(0);
    const r = await readImportInWorker(source, mode, (f) => {
      if (generation.current === mine) setProgress(f);
    });
    if (generation.current !== mine || r === null) return; // a newer import took over
    setProgress(null);
    if (!r.ok) {
      setStatus({ ok: false, text: r.message });
      return;
    }
    applyScenario({
      p: { family: 'categorical', weights: r.p.probs },
      q: { family: 'categorical', weights: r.q.probs },
      ...DEFAULT_SMOOTHING_SCENARIO,
    });
    setStatus({ ok: true, text: summary(r, mode) });
  };

  return (
    <details className="card import-panel" data-testid="import">
      <summary>
        <h2>Import P and Q from data</h2>
      </summary>
      <p className="help">
        Two probability or logit vectors of the same length (up to 100,000 categories, e.g. a
        model&apos;s next-token distributions): JSON <code>{'{"p": [...], "q": [...]}'}</code>, two
        rows of numbers, or one <code>p, q</code> pair per line (CSV, with an optional header and
        label column).
      </p>
      <fieldset className="segmented">
        <legend className="field-label">Read the numbers as</legend>
        {READINGS.map(({ id, label }) => (
          <label key={id} className={id === reading ? 'active' : ''}>
            <input
              type="radio"
              name="import-reading"
              value={id}
              checked={id === reading}
              data-testid={`import.reading.${id}`}
              onChange={() => setReading(id)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <p className="help">
        Auto reads a vector with any negative value as logits, and otherwise as probabilities
        (divided by their sum if it is not 1).
      </p>
      <label className="import-text">
        <span className="field-label">Paste the two vectors</span>
        <textarea
          rows={4}
          value={text}
          spellCheck={false}
          data-testid="import.text"
          aria-describedby={status ? statusId : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <div className="import-actions">
        <button
          type="button"
          data-testid="import.apply"
          onClick={() => void importText(text, reading)}
        >
          Import pasted text
        </button>
        <label className="file-button">
          <span>Load a file…</span>
          <input
            type="file"
            accept=".csv,.tsv,.txt,.json,text/csv,application/json,text/plain"
            data-testid="import.file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              const refused = dataFileRefusal(file);
              if (refused) {
                setStatus({ ok: false, text: refused });
                return;
              }
              setProgress(0);
              void file.text().then(
                (content) => importText(content, reading),
                () => {
                  setProgress(null);
                  setStatus({ ok: false, text: `Could not read ${file.name}.` });
                },
              );
            }}
          />
        </label>
      </div>
      {progress !== null && (
        <p className="import-progress" role="status" data-testid="import.progress">
          Reading… <progress max={1} value={progress} aria-label="Import progress" />{' '}
          {Math.round(progress * 100)}%
        </p>
      )}
      {status && progress === null && (
        <p
          id={statusId}
          className={status.ok ? 'import-status' : 'field-error'}
          role={status.ok ? 'status' : 'alert'}
          data-testid="import.status"
        >
          {status.text}
        </p>
      )}
    </details>
  );
}
