import { expect, test } from './fixtures';
import { SharePage } from './pages/share';
import { LESSON_IDS } from '../src/state/lessons/lessonIds';
import { READOUT_IDS } from './pages/explorer';

test('the gallery lists every lesson and the header has a Lessons entry', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('view.lessons').click();
  await expect(page.locator('[data-testid^="lesson.card."]')).toHaveCount(LESSON_IDS.length);
  await page.getByTestId(`lesson.open.${LESSON_IDS[0]}`).click();
  await expect(page.getByTestId('lesson.panel')).toHaveAttribute('data-lesson', LESSON_IDS[0]);
  await expect
    .poll(() => page.evaluate(() => location.search))
    .toContain(`lesson=${LESSON_IDS[0]}`);
});

for (const id of LESSON_IDS) {
  test(`lesson ${id}: its link opens it, steps work, the reveal shows guess and computed answer`, async ({
    page,
  }) => {
    const share = new SharePage(page);
    await page.goto(`/?v=1&lesson=${id}&step=1`);
    const panel = share.lessonPanel();
    await expect(panel).toHaveAttribute('data-step', '1');
    await page.getByTestId('lesson.next').click();
    await expect(panel).toHaveAttribute('data-step', '2');
    await expect(page.getByTestId('lesson.try')).not.toBeEmpty();
    // The last step is the question.
    const steps = await panel.locator('.lesson-steps button').count();
    await panel
      .locator('.lesson-steps button')
      .nth(steps - 1)
      .click();
    await expect(page.getByTestId('lesson.question')).toBeVisible();
    await expect(page.getByTestId('lesson.answer')).toHaveCount(0);
    await page.getByTestId('lesson.guess').fill('0.5');
    await page.getByTestId('lesson.reveal').click();
    await expect(page.getByTestId('lesson.guessValue')).toHaveText('0.5');
    const answer = page.getByTestId('lesson.answer');
    await expect(answer).not.toHaveAttribute('data-value', '', { timeout: 20_000 });
    const value = Number(await answer.getAttribute('data-value'));
    expect(Number.isFinite(value)).toBe(true);
  });
}

test('explorer lessons reveal the analysis value on screen', async ({ page }) => {
  const share = new SharePage(page);
  await page.goto('/?v=1&lesson=gaussian&step=4');
  await page.getByTestId('lesson.guess').fill('0.4');
  await page.getByTestId('lesson.reveal').click();
  // KL(N(0,1)‖N(1,2²)) = log 2 + (1 + 1)/8 − 1/2, by the closed form.
  await expect
    .poll(async () => Number(await page.getByTestId('lesson.answer').getAttribute('data-value')))
    .toBeCloseTo(Math.log(2) + 0.25 - 0.5, 12);
  await share.expectValue('kl-pq', Math.log(2) + 0.25 - 0.5);
});

// H(P) for P = ½N(−3,1) + ½N(3,1): scripts/references/fit_reverse.py (mpmath, 30 digits).
const H_CLASSIC = 2.1082364662337505;
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
/** KL(P‖N(0, s)) for that P, by hand: −H(P) + log s + ½log 2π + (Var P + (E P − 0)²)/(2s²), Var P = 10. */
const klClassicTo = (s: number) => -H_CLASSIC + Math.log(s) + HALF_LOG_2PI + 10 / (2 * s * s);

test('a fit lesson’s link opened in the explorer shows all seven readouts', async ({
  page,
  explorer,
}) => {
  await page.goto('/?v=1&lesson=mode-seeking&step=1');
  await expect(page.getByTestId('fit-forward')).toBeVisible();
  await page.getByTestId('view.explore').click();
  for (const id of READOUT_IDS)
    await expect
      .poll(
        async () => Number.isFinite(Number(await explorer.readout(id).getAttribute('data-value'))),
        {
          message: `${id} finite`,
        },
      )
      .toBe(true);
  // The lesson's Q is N(0, 2): KL(P‖Q) by hand, H(P) from mpmath, H(Q) = ½log(2πe) + log 2.
  await explorer.expectValue('kl-pq', klClassicTo(2), 1e-6);
  await explorer.expectValue('h-p', H_CLASSIC, 1e-6);
  await explorer.expectValue('h-q', 0.5 * Math.log(2 * Math.PI * Math.E) + Math.log(2), 1e-9);
  await expect(page.getByTestId('message')).toHaveCount(0);
});

test('a link that gives only a mixture P keeps P, picks a Gaussian Q on its space and says which', async ({
  page,
  explorer,
}) => {
  await page.goto('/?view=explore&p=Mix(0.5*N(-3,1),0.5*N(3,1))');
  // compatibleQ: P's mean 0 and 1.5·√10 = 4.74 → N(0, 4.7).
  const note = page.getByTestId('message').filter({ hasText: 'N(0,4.7)' });
  await expect(note).toBeVisible();
  for (const id of READOUT_IDS)
    await expect
      .poll(async () =>
        Number.isFinite(Number(await explorer.readout(id).getAttribute('data-value'))),
      )
      .toBe(true);
  await explorer.expectValue('kl-pq', klClassicTo(4.7), 1e-6);
  await explorer.expectValue('h-p', H_CLASSIC, 1e-6);
  await note.getByRole('button', { name: 'Dismiss message' }).click();
  await expect(note).toHaveCount(0);
});
