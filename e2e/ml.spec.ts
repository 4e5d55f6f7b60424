import { expect, test } from './fixtures';
import { MlPage } from './pages/ml';

// An independent re-derivation of torch.nn.functional.kl_div, in plain JS (nothing from src/):
// input x = log_softmax(s/T), target t = softmax(teacher/T), pointwise t·(log t − x) with 0·log 0 = 0
// (PyTorch's xlogy(t, t) − t·x); 'sum' adds every element, 'mean' divides by B·C, 'batchmean' by B.
const logSoftmax = (z: number[], T: number) => {
  const m = Math.max(...z.map((v) => v / T));
  const lse = m + Math.log(z.reduce((a, v) => a + Math.exp(v / T - m), 0));
  return z.map((v) => v / T - lse);
};
const softmax = (z: number[], T: number) => logSoftmax(z, T).map(Math.exp);
const pointwise = (x: number, t: number) => (t === 0 ? 0 : t * Math.log(t)) - t * x;
function klDivLoss(student: number[][], teacher: number[][], T: number) {
  const none = student.map((s, i) => {
    const x = logSoftmax(s, T);
    const t = softmax(teacher[i]!, T);
    return x.map((xj, j) => pointwise(xj, t[j]!));
  });
  const sum = none.flat().reduce((a, v) => a + v, 0);
  const B = student.length;
  const C = student[0]!.length;
  const probsInput =
    student
      .map((s, i) => {
        const q = softmax(s, T);
        const t = softmax(teacher[i]!, T);
        return q.reduce((a, qj, j) => a + pointwise(qj, t[j]!), 0);
      })
      .reduce((a, v) => a + v, 0) / B;
  return { none, sum, mean: sum / (B * C), batchmean: sum / B, probsInput };
}

const STUDENT = [
  [1, 2, 3],
  [0, 1, 2],
];
const TEACHER = [
  [0.5, 1, -1],
  [2, 0, 1],
];
const ISSUE_URL = '?view=torch&student=1,2,3;0,1,2&teacher=0.5,1,-1;2,0,1&T=2';

test('the issue URL: every KLDivLoss readout matches a hand re-derivation', async ({ page }) => {
  const ml = new MlPage(page);
  await ml.open(ISSUE_URL, 'kldiv-sum');
  const ref = klDivLoss(STUDENT, TEACHER, 2);
  await ml.expectValue('kldiv-sum', ref.sum, 1e-12);
  await ml.expectValue('kldiv-mean', ref.mean, 1e-12);
  await ml.expectValue('kldiv-batchmean', ref.batchmean, 1e-12);
  await ml.expectValue('distill-loss', 4 * ref.batchmean, 1e-12);
  await ml.expectValue('kldiv-probs-input', ref.probsInput, 1e-12);
  // log_target=True computes the same numbers here (no masked class): exp(log t)(log t − x).
  await ml.expectValue('kldiv-batchmean-logtarget', ref.batchmean, 1e-12);
  // The true mean KL(P‖Q) is what batchmean should be.
  await ml.expectValue('kl-true-mean', ref.batchmean, 1e-12);
  const none = JSON.parse(await ml.raw('kldiv-none')) as number[][];
  expect(none).toHaveLength(2);
  none.forEach((row, i) =>
    row.forEach((v, j) => expect(Math.abs(v - ref.none[i]![j]!)).toBeLessThan(1e-14)),
  );
  expect(ref.probsInput).toBeLessThan(0); // the pitfall: negative "KL"
  await expect(page.getByTestId('torch-code')).toContainText(
    "F.kl_div(inp, tgt, reduction='batchmean')",
  );
});

test('typing -inf masks a class: +∞ where only the student masks it, NaN where both do', async ({
  page,
}) => {
  const ml = new MlPage(page);
  await ml.open(ISSUE_URL, 'kldiv-sum');
  await ml.cell('student', 0, 2).fill('-inf');
  await expect(ml.readout('kldiv-sum')).toHaveAttribute('data-value', 'Infinity');
  expect(JSON.parse(await ml.raw('kldiv-none'))[0][2]).toBe('Infinity');
  await ml.cell('teacher', 0, 2).fill('-Infinity');
  await expect(ml.readout('kldiv-sum')).toHaveAttribute('data-value', 'NaN');
  expect(JSON.parse(await ml.raw('kldiv-none'))[0][2]).toBe('NaN');
  await expect(page.getByText('PyTorch returns NaN here').first()).toBeVisible();
  // The true KL stays finite: the masked class contributes 0 (0·log 0 = 0).
  const row2 = klDivLoss([STUDENT[1]!], [TEACHER[1]!], 2).sum;
  const row1 = klDivLoss([[1, 2]], [[0.5, 1]], 2).sum;
  await ml.expectValue('kl-true-mean', (row1 + row2) / 2, 1e-12);
  await expect
    .poll(() => page.evaluate(() => decodeURIComponent(location.search)))
    .toContain('student=1,2,-inf;0,1,2');
});

test('the masked-logit pitfall toggle and a dragged bar from the keyboard', async ({ page }) => {
  const ml = new MlPage(page);
  await ml.open(ISSUE_URL, 'kldiv-sum');
  await page.getByTestId('pitfall.mask').check();
  await expect(ml.readout('kldiv-batchmean')).toHaveAttribute('data-value', 'NaN');
  await expect(ml.cell('student', 0, 2)).toHaveValue('-inf');
  await page.getByTestId('pitfall.mask').uncheck();
  await ml.expectValue('kldiv-batchmean', klDivLoss(STUDENT, TEACHER, 2).batchmean);
  const bar = page.getByTestId('ml.studentBars.0');
  await bar.focus();
  await bar.press('ArrowUp');
  await expect(ml.cell('student', 0, 0)).toHaveValue('1.1');
  const moved = [[1.1, 2, 3], STUDENT[1]!];
  await ml.expectValue('kldiv-sum', klDivLoss(moved, TEACHER, 2).sum);
  await expect(page.getByRole('slider', { name: 'Student logits, row 1, class 1' })).toBeVisible();
});

for (const [search, param, text] of [
  ['?view=torch&student=1,2,3;0,1&T=2', 'student', 'rows must have equal lengths'],
  ['?view=torch&teacher=1,x,3&T=2', 'teacher', 'is not a number'],
  ['?view=torch&T=-1', 'T', 'must be between'],
] as const) {
  test(`a bad torch URL (${param}) gets a message and falls back to the default`, async ({
    page,
  }) => {
    const ml = new MlPage(page);
    await ml.open(search, 'kldiv-sum');
    await expect(ml.messages().filter({ hasText: `“${param}”` })).toContainText(text);
    // The defaults are the issue's logits and T = 2.
    await ml.expectValue('kldiv-sum', klDivLoss(STUDENT, TEACHER, 2).sum);
  });
}

test('distillation: T²·KL and the gradient norms', async ({ page }) => {
  const ml = new MlPage(page);
  await ml.open('?view=distill&student=1,2,3;0,1,2&teacher=0.5,1,-1;2,0,1&T=4', 'distill-t2kl');
  const ref = klDivLoss(STUDENT, TEACHER, 4);
  await ml.expectValue('distill-kl', ref.batchmean, 1e-12);
  await ml.expectValue('distill-t2kl', 16 * ref.batchmean, 1e-12);
  // ∂/∂s_ij of T²·(1/B)Σ KL = T(q_ij − p_ij)/B; without T² it is (q − p)/(T·B).
  const diff = STUDENT.flatMap((s, i) => {
    const q = softmax(s, 4);
    const p = softmax(TEACHER[i]!, 4);
    return q.map((qj, j) => qj - p[j]!);
  });
  const n = Math.hypot(...diff);
  await ml.expectValue('distill-grad', (4 * n) / 2, 1e-12);
  await ml.expectValue('distill-grad-unscaled', n / 8, 1e-12);
  await expect(ml.chart('chart-distill-gradient')).toBeVisible();
  await expect(ml.chart('chart-distill-softened')).toBeVisible();
  // The PyTorch behind it (npm run verify:code runs it and compares).
  await expect(page.getByTestId('distill-code')).toContainText(
    "kl = F.kl_div(log_q_T, p_T, reduction='batchmean')",
  );
});

test('VAE: the closed-form KL per dimension, its total and β·KL', async ({ page }) => {
  const ml = new MlPage(page);
  await ml.open('?view=vae&mu=0,1.5,0.01&sigma=1,0.5,1&beta=4', 'vae-total');
  const kl = (m: number, s: number) => 0.5 * (m * m + s * s - 1 - Math.log(s * s));
  const total = kl(0, 1) + kl(1.5, 0.5) + kl(0.01, 1);
  await ml.expectValue('vae-total', total, 1e-12);
  await ml.expectValue('vae-beta-total', 4 * total, 1e-12);
  // KL = 0 and 5e-5 nats: below the 0.01 threshold, switched off.
  await expect(ml.readout('vae-switched-off')).toHaveAttribute('data-value', '[0,2]');
  await expect(page.getByTestId('vae.dim.0')).toContainText('switched off');
});

test('RL trust region: both KLs of the step and the largest η within δ', async ({ page }) => {
  const ml = new MlPage(page);
  await ml.open('?view=rl&logits=0,0&adv=1,-1&eta=1&delta=0.01', 'rl-kl-old-new');
  // π_old = (½, ½), ∇ = π ⊙ (A − E[A]) = (½, −½): z_new = (η/2, −η/2), π_new = softmax(z_new).
  const pNew = softmax([0.5, -0.5], 1);
  const klOldNew = 0.5 * Math.log(0.5 / pNew[0]!) + 0.5 * Math.log(0.5 / pNew[1]!);
  const klNewOld = pNew[0]! * Math.log(pNew[0]! / 0.5) + pNew[1]! * Math.log(pNew[1]! / 0.5);
  await ml.expectValue('rl-kl-old-new', klOldNew, 1e-12);
  await ml.expectValue('rl-kl-new-old', klNewOld, 1e-12);
  // KL(old‖new) = −log 2 − ½log(σ(η)σ(−η)) = log cosh(η/2), which equals δ at η = 2·acosh(e^δ).
  await ml.expectValue('rl-max-eta', 2 * Math.acosh(Math.exp(0.01)), 1e-9);
  await expect(ml.chart('chart-rl-kl')).toBeVisible();
});

test('calibration: the worker fits T near the overconfidence factor 3 and lowers the ECE', async ({
  page,
}) => {
  const ml = new MlPage(page);
  await ml.open('?view=calibration&calseed=7&calsize=1000', 'cal-fitted-t');
  const T = await ml.value('cal-fitted-t');
  expect(T).toBeGreaterThan(2);
  expect(T).toBeLessThan(4.5);
  expect(await ml.value('cal-ece-after')).toBeLessThan(await ml.value('cal-ece-before'));
  expect(await ml.value('cal-nll-after')).toBeLessThan(await ml.value('cal-nll-before'));
  await expect(ml.chart('chart-cal-nll')).toBeVisible();
  await expect(ml.chart('chart-cal-reliability')).toBeVisible();
  await page.getByTestId('cal.seed.number').fill('8');
  await expect.poll(() => ml.value('cal-fitted-t')).not.toBe(T);
});

test('the ML recipes are in nats whatever the switch says, and the choice is kept for the rest', async ({
  page,
}) => {
  await page.goto('/?view=vae&units=bits');
  const units = page.getByTestId('units');
  // Inside a disabled fieldset the radios are disabled.
  await expect(units.getByRole('radio', { name: 'bits' })).toBeDisabled();
  await expect(units.getByRole('radio', { name: 'nats' })).toBeChecked();
  await expect(units).toHaveAttribute('title', /PyTorch's losses use the natural log/);
  await page.getByRole('button', { name: 'Explore' }).click();
  await expect(units.getByRole('radio', { name: 'bits' })).toBeEnabled();
  await expect(units.getByRole('radio', { name: 'bits' })).toBeChecked();
  await expect(page).toHaveURL(/units=bits/);
});
