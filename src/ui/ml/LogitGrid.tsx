import { useId, useState } from 'react';
import { formatLogit, parseLogit, type LogitMatrix } from '../../state/mlScenario';

/**
 * A compact grid of logits (rows × classes) as text fields: numbers, or -inf / -Infinity / −∞ for a
 * masked class. A cell that does not parse says why under the grid and keeps the last valid value.
 */
export function LogitGrid({
  label,
  matrix,
  onChange,
  testId,
  rowName = (i) => `row ${i + 1}`,
}: {
  label: string;
  matrix: LogitMatrix;
  onChange: (m: number[][]) => void;
  testId: string;
  rowName?: (i: number) => string;
}) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const errorId = useId();
  const classes = matrix[0]?.length ?? 0;
  const setCell = (i: number, j: number, x: number) =>
    onChange(matrix.map((row, r) => (r === i ? row.map((v, c) => (c === j ? x : v)) : [...row])));
  const report = (key: string, message: string | null) =>
    setErrors((e) => {
      const next = { ...e };
      if (message === null) delete next[key];
      else next[key] = message;
      return next;
    });
  const messages = Object.entries(errors);
  return (
    <div className="logit-grid-wrap">
      <table className="logit-grid" aria-label={label} data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">row</span>
            </th>
            {Array.from({ length: classes }, (_, j) => (
              <th scope="col" key={j}>
                {j + 1}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.map((row, i) => (
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              {row.map((v, j) => (
                <td key={j}>
                  <LogitCell
                    value={v}
                    label={`${label}, ${rowName(i)}, class ${j + 1}`}
                    testId={`${testId}.${i}.${j}`}
                    describedBy={errors[`${i},${j}`] ? errorId : undefined}
                    onCommit={(x) => setCell(i, j, x)}
                    onError={(m) => report(`${i},${j}`, m)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {messages.length > 0 && (
        <p id={errorId} className="field-error" role="alert">
          {messages.map(([key, m]) => {
            const [i, j] = key.split(',').map(Number);
            return (
              <span key={key} className="grid-error">
                {rowName(i!)}, class {j! + 1}: {m}.{' '}
              </span>
            );
          })}
        </p>
      )}
    </div>
  );
}

function LogitCell({
  value,
  label,
  testId,
  describedBy,
  onCommit,
  onError,
}: {
  value: number;
  label: string;
  testId: string;
  describedBy?: string;
  onCommit: (x: number) => void;
  onError: (message: string | null) => void;
}) {
  const [draft, setDraft] = useState(formatLogit(value));
  const [shown, setShown] = useState(value);
  const [invalid, setInvalid] = useState(false);
  // Follow edits made elsewhere (a dragged bar, the URL) unless the draft already means this value.
  if (!Object.is(value, shown)) {
    setShown(value);
    const parsed = parseLogit(draft);
    if (!(parsed.ok && Object.is(parsed.value, value))) setDraft(formatLogit(value));
    setInvalid(false);
  }
  return (
    <input
      type="text"
      inputMode="text"
      spellCheck={false}
      autoComplete="off"
      className="logit-cell"
      value={draft}
      aria-label={label}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      data-testid={testId}
      onChange={(e) => {
        setDraft(e.target.value);
        const r = parseLogit(e.target.value);
        setInvalid(!r.ok);
        onError(r.ok ? null : r.message);
        if (r.ok) onCommit(r.value);
      }}
      onBlur={() => {
        setDraft(formatLogit(value));
        setInvalid(false);
        onError(null);
      }}
    />
  );
}
