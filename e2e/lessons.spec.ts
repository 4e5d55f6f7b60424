import { expect, test } from './fixtures';
import { SharePage } from './pages/share';
import { LESSON_IDS } from '../src/state/lessons/lessonIds';

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
