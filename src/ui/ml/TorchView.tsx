import { usePublishedReadout } from '../readouts/usePublishedReadout';
import { useMemo, useState, type ReactNode } from 'react';
import { klDivLab, type KlDivLabResult } from '../../core/ml/klDivLab';
import { TORCH_NAN_REASONS, type TorchScalar } from '../../core/ml/torchKlDiv';
import { formatNumber } from '../format';
import { explainInfinity } from '../measures';
import { Tex } from '../formula/Tex';
import { MlLogitInputs } from './MlLogitInputs';
import { Readout } from './controls';
import { noneMatrixJson, torchDataValue, torchValueText } from './torchReadout';
import { torchCode, torchCodeText } from './torchCode';
import { shapeProblem, useMlValue } from './useMl';
import './ml.css';

/** The KLDivLoss lab (`?view=torch`): PyTorch's numbers next to the true KL, and its pitfalls. */
export function TorchView() {
  const [student] = useMlValue('mlStudent');
  const [teacher] = useMlValue('mlTeacher');
  const [T] = useMlValue('mlT');
  const problem = shapeProblem(student, teacher);
  const lab = useMemo(() => {
    if (problem) return null;
    try {
      return { ok: true as const, lab: klDivLab({ student, teacher, temperature: T }) };
    } catch (e) {
      return { ok: false as const, message: e instanceof Error ? e.message : String(e) };
    }
  }, [student, teacher, T, problem]);

  return (
    <main className="ml-layout" id="main" data-testid="view-torch">
      <div className="column">
        <MlLogitInputs title="Logits and temperature" />
      </div>
      <div className="column">
        {lab && !lab.ok && (
          <p className="problem card" role="alert">
            {lab.message}
          </p>
        )}
        {lab?.ok && (
          <>
            <TorchResults lab={lab.lab} T={T} />
            <NoneMatrix lab={lab.lab} />
            <Pitfalls lab={lab.lab} />
            <TorchCode lab={lab.lab} />
          </>
        )}
      </div>
    </main>
  );
}

function Scalar({ s, testId, label }: { s: TorchScalar; testId: string; label: string }) {
  const attrs = usePublishedReadout(testId, { 'data-value': torchDataValue(s.value) });
  return (
    <td className="torch-scalar" data-testid={testId} {...attrs} aria-label={label}>
      <span className={s.value === 'NaN' ? 'torch-nan' : 'torch-num'}>
        {torchValueText(s.value, 6)}
      </span>
      {s.nanReason && <span className="torch-nan-note">PyTorch returns NaN here</span>}
    </td>
  );
}

function TorchResults({ lab, T }: { lab: KlDivLabResult; T: number }) {
  const { torch, torchLogTarget, klPQ } = lab;
  const nanReasons = [
    ...new Set([torch.sum, torchLogTarget.sum].flatMap((s) => (s.nanReason ? [s.nanReason] : []))),
  ];
  const trueMean = klPQ.mean;
  return (
    <section className="card" aria-labelledby="torch-results-title">
      <h2 id="torch-results-title">
        nn.KLDivLoss(input = log_softmax(s/T), target = softmax(t/T)){' '}
        <span className="unit">nats</span>
      </h2>
      <div className="table-scroll">
        <table className="ml-table">
          <thead>
            <tr>
              <th scope="col">reduction</th>
              <th scope="col">
                log_target=
                <wbr />
                False
              </th>
              <th scope="col">
                log_target=
                <wbr />
                True
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">'sum'</th>
              <Scalar s={torch.sum} testId="kldiv-sum" label="sum, log_target False" />
              <Scalar
                s={torchLogTarget.sum}
                testId="kldiv-sum-logtarget"
                label="sum, log_target True"
              />
            </tr>
            <tr>
              <th scope="row">
                'mean' <span className="row-note">÷ B·C: not a KL</span>
              </th>
              <Scalar s={torch.mean} testId="kldiv-mean" label="mean, log_target False" />
              <Scalar
                s={torchLogTarget.mean}
                testId="kldiv-mean-logtarget"
                label="mean, log_target True"
              />
            </tr>
            <tr>
              <th scope="row">
                'batchmean' <span className="row-note">÷ B: the mean KL</span>
              </th>
              <Scalar
                s={torch.batchmean}
                testId="kldiv-batchmean"
                label="batchmean, log_target False"
              />
              <Scalar
                s={torchLogTarget.batchmean}
                testId="kldiv-batchmean-logtarget"
                label="batchmean, log_target True"
              />
            </tr>
          </tbody>
        </table>
      </div>
      {nanReasons.map((r) => (
        <p key={r} className="torch-nan-reason" role="note">
          <strong>PyTorch returns NaN here:</strong> {TORCH_NAN_REASONS[r]}
        </p>
      ))}
      <dl className="ml-readouts">
        <Readout
          label="true mean KL(P‖Q) over rows"
          testId="kl-true-mean"
          dataValue={trueMean ? String(trueMean.value) : ''}
          value={trueMean ? formatNumber(trueMean.value, 6) : '—'}
          note={
            trueMean?.reason
              ? explainInfinity(trueMean.reason)
              : trueMean
                ? 'what batchmean should equal'
                : 'a row has every logit masked: no distribution'
          }
          className="readout-p"
        />
        <Readout
          label={`distillation loss T²·batchmean (T² = ${formatNumber(T * T)})`}
          testId="distill-loss"
          dataValue={torchDataValue(lab.distillLoss.value)}
          value={torchValueText(lab.distillLoss.value, 6)}
          note={lab.distillLoss.value === 'NaN' ? 'PyTorch returns NaN here' : undefined}
        />
      </dl>
      <div className="table-scroll">
        <table className="ml-table per-row" aria-label="KL per row">
          <thead>
            <tr>
              <th scope="col">row i</th>
              <th scope="col">KL(P_i‖Q_i), true</th>
              <th scope="col">Σ_j none[i, j], PyTorch</th>
            </tr>
          </thead>
          <tbody>
            {klPQ.rows.map((r, i) => {
              const cells = torch.none[i]!;
              const nan = cells.some((c) => c.value === 'NaN');
              const rowSum = nan ? NaN : cells.reduce((a, c) => a + (c.value as number), 0);
              return (
                <tr key={i} data-testid={`kl-row-${i}`} data-value={r ? String(r.value) : ''}>
                  <th scope="row">{i + 1}</th>
                  <td>{r ? formatNumber(r.value, 6) : '— (no distribution)'}</td>
                  <td>{nan ? <span className="torch-nan">NaN</span> : formatNumber(rowSum, 6)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Tex
        label="PyTorch's pointwise rule"
        tex={String.raw`\ell_{ij} = \begin{cases} t_{ij}\,(\log t_{ij} - x_{ij}) \text{ with } 0\log 0 = 0 & \texttt{log\_target=False}\\ e^{t_{ij}}\,(t_{ij} - x_{ij}) & \texttt{log\_target=True}\end{cases}`}
      />
    </section>
  );
}

function NoneMatrix({ lab }: { lab: KlDivLabResult }) {
  const none = lab.torch.none;
  return (
    <section className="card" aria-labelledby="torch-none-title">
      <h2 id="torch-none-title">
        reduction='none': the pointwise matrix ℓ<sub>ij</sub>{' '}
        <span className="unit">log_target=False</span>
      </h2>
      <div className="table-scroll">
        <table
          className="ml-table none-matrix"
          data-testid="kldiv-none"
          data-value={noneMatrixJson(none)}
        >
          <thead>
            <tr>
              <th scope="col">row</th>
              {none[0]!.map((_, j) => (
                <th scope="col" key={j}>
                  class {j + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {none.map((row, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                {row.map((el, j) => (
                  <td
                    key={j}
                    className={el.value === 'NaN' ? 'cell-nan' : ''}
                    title={el.nanReason ? TORCH_NAN_REASONS[el.nanReason] : undefined}
                  >
                    {torchValueText(el.value)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {lab.torch.nanCells.length > 0 && (
        <ul className="torch-nan-list">
          {lab.torch.nanCells.map((c) => (
            <li key={`${c.row},${c.col}`}>
              <strong>
                Row {c.row + 1}, class {c.col + 1}: PyTorch returns NaN here.
              </strong>{' '}
              {TORCH_NAN_REASONS[c.reason]}
            </li>
          ))}
        </ul>
      )}
      <p className="hint">
        Elements may be negative (where q &gt; p); only each row's sum is a KL divergence, ≥ 0.
      </p>
    </section>
  );
}

function Pitfalls({ lab }: { lab: KlDivLabResult }) {
  const [student, setStudent] = useMlValue('mlStudent');
  const [teacher, setTeacher] = useMlValue('mlTeacher');
  const { pitfalls, torch, klPQ, klQP } = lab;
  const C = student[0]!.length;
  const last = C - 1;
  const masked = student[0]![last] === -Infinity && teacher[0]![last] === -Infinity;
  const [saved, setSaved] = useState<[number, number]>([0, 0]);
  const toggleMask = (on: boolean) => {
    if (on) {
      setSaved([student[0]![last]!, teacher[0]![last]!]);
      const mask = (m: readonly (readonly number[])[]) =>
        m.map((row, i) => (i === 0 ? row.map((v, j) => (j === last ? -Infinity : v)) : [...row]));
      setStudent(mask(student));
      setTeacher(mask(teacher));
    } else {
      const restore = (m: readonly (readonly number[])[], x: number) =>
        m.map((row, i) =>
          i === 0 ? row.map((v, j) => (j === last ? (Number.isFinite(x) ? x : 0) : v)) : [...row],
        );
      setStudent(restore(student, saved[0]));
      setTeacher(restore(teacher, saved[1]));
    }
  };
  const v = (s: TorchScalar) => torchValueText(s.value, 5);
  const right = klPQ.mean ? formatNumber(klPQ.mean.value, 5) : '—';
  const rows: {
    id: string;
    title: string;
    wrong: TorchScalar;
    rightText: string;
    why: string;
    testId?: string;
  }[] = [
    {
      id: 'probs',
      title: 'Probabilities passed as input',
      wrong: pitfalls.probsAsInput,
      rightText: right,
      why: 'kl_div expects log-probabilities as input; with probabilities it computes Σ t(log t − q), which is not a divergence and can be negative.',
      testId: 'kldiv-probs-input',
    },
    {
      id: 'mean',
      title: "'mean' instead of 'batchmean'",
      wrong: pitfalls.meanInsteadOfBatchmean,
      rightText: v(torch.batchmean),
      why: `'mean' divides the sum by every element (B·C), so it is the KL divided by the number of classes too (here ÷ ${C}).`,
    },
    {
      id: 'swapped',
      title: 'Input and target swapped',
      wrong: pitfalls.swapped,
      rightText: right,
      testId: 'kldiv-swapped',
      why: `The target plays P: swapping gives KL(Q‖P) = ${klQP.mean ? formatNumber(klQP.mean.value, 5) : '—'}, the other direction (mode-seeking instead of mass-covering).`,
    },
    {
      id: 'unnormalised',
      title: `Target that sums to ${pitfalls.targetScale}`,
      wrong: pitfalls.unnormalizedTarget,
      rightText: right,
      testId: 'kldiv-unnormalised',
      why: `Nothing checks that the target sums to 1: c·P gives c·KL + c·log c (c = ${pitfalls.targetScale}), not a divergence.`,
    },
  ];
  const [open, setOpen] = useState<Record<string, boolean>>({ probs: true });
  return (
    <section className="card" aria-labelledby="pitfalls-title">
      <h2 id="pitfalls-title">Pitfalls: what goes wrong, and why</h2>
      <ul className="pitfalls">
        {rows.map((r) => (
          <li key={r.id} className="pitfall">
            <label className="pitfall-toggle">
              <input
                type="checkbox"
                checked={open[r.id] ?? false}
                data-testid={`pitfall.${r.id}`}
                onChange={(e) => setOpen((o) => ({ ...o, [r.id]: e.target.checked }))}
              />
              <span className="pitfall-title">{r.title}</span>
              {r.testId ? (
                <PitfallValue testId={r.testId} value={r.wrong}>
                  {v(r.wrong)}
                </PitfallValue>
              ) : (
                <span className="pitfall-value">{v(r.wrong)}</span>
              )}
            </label>
            <p className="pitfall-why">{r.why}</p>
            {open[r.id] && (
              <p className="pitfall-detail">
                PyTorch gives <strong>{v(r.wrong)}</strong>; the correct value is{' '}
                <strong>{r.rightText}</strong> nats.
                {r.wrong.nanReason && (
                  <> PyTorch returns NaN here: {TORCH_NAN_REASONS[r.wrong.nanReason]}</>
                )}
              </p>
            )}
          </li>
        ))}
        <li className="pitfall">
          <label className="pitfall-toggle">
            <input
              type="checkbox"
              checked={masked}
              data-testid="pitfall.mask"
              onChange={(e) => toggleMask(e.target.checked)}
            />
            <span className="pitfall-title">Masked logit −∞ (row 1, class {C}, in both)</span>
            <span className="pitfall-value">{v(torch.batchmean)}</span>
          </label>
          <p className="pitfall-why">
            A masked class has p = 0 and log q = −∞; PyTorch multiplies 0·(−∞) = NaN, while the true
            term is 0 (0·log 0 = 0), so the KL stays {right}.
          </p>
        </li>
      </ul>
    </section>
  );
}

/** A pitfall's value as a readout: published in the store, where a lesson reads its answer. */
function PitfallValue({
  testId,
  value,
  children,
}: {
  testId: string;
  value: TorchScalar;
  children: ReactNode;
}) {
  const attrs = usePublishedReadout(testId, { 'data-value': torchDataValue(value.value) });
  return (
    <span className="pitfall-value" data-testid={testId} {...attrs}>
      {children}
    </span>
  );
}

function TorchCode({ lab }: { lab: KlDivLabResult }) {
  const [student] = useMlValue('mlStudent');
  const [teacher] = useMlValue('mlTeacher');
  const [T] = useMlValue('mlT');
  const text = torchCodeText(torchCode(student, teacher, T, lab));
  return (
    <section className="card" aria-labelledby="torch-code-title">
      <h2 id="torch-code-title">The PyTorch behind each number</h2>
      <pre className="code-block" data-testid="torch-code" tabIndex={0} aria-label="PyTorch code">
        <code>{text}</code>
      </pre>
    </section>
  );
}
