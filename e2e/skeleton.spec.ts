import { expect, test } from './fixtures';

// Hand-derived: KL(Bern(p)‖Bern(q)) = p ln(p/q) + (1−p) ln((1−p)/(1−q)); H(Bern(p)) = −p ln p − (1−p) ln(1−p).
const klBern = (p: number, q: number) =>
  p * Math.log(p / q) + (1 - p) * Math.log((1 - p) / (1 - q));
const hBern = (p: number) => -p * Math.log(p) - (1 - p) * Math.log(1 - p);

test('opens with a title, both panels and every readout', async ({ page, explorer }) => {
  await explorer.open();
  await expect(page).toHaveTitle('KL Explorer');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('KL Explorer');
  await expect(page.getByTestId('panel.p')).toBeVisible();
  await expect(page.getByTestId('panel.q')).toBeVisible();
  await expect(page.getByTestId('formula')).toContainText('KL');
  await expect(explorer.chart('chart-measures')).toBeVisible();
  await expect(explorer.chart('chart-distributions')).toBeVisible();
});

test('a scenario URL restores P and Q and every measure', async ({ explorer }) => {
  await explorer.open('?p=Bern(0.3)&q=Bern(0.6)');
  await expect(explorer.number('p')).toHaveValue('0.3');
  await expect(explorer.number('q')).toHaveValue('0.6');
  await explorer.expectValue('kl-pq', klBern(0.3, 0.6));
  await explorer.expectValue('kl-qp', klBern(0.6, 0.3));
  await explorer.expectValue('sym-kl', klBern(0.3, 0.6) + klBern(0.6, 0.3));
  await explorer.expectValue('h-p', hBern(0.3));
  await explorer.expectValue('h-q', hBern(0.6));
  await explorer.expectValue('ce-pq', hBern(0.3) + klBern(0.3, 0.6));
  // JS with M = Bern(0.45): ½KL(P‖M) + ½KL(Q‖M).
  await explorer.expectValue('js', 0.5 * klBern(0.3, 0.45) + 0.5 * klBern(0.6, 0.45));
  await expect(explorer.readout('kl-pq')).toContainText('0.1838');
});

test('dragging a slider updates the numbers, the charts and the number input, and then the URL', async ({
  page,
  explorer,
}) => {
  await explorer.open('?p=Bern(0.3)&q=Bern(0.6)');
  const before = await explorer.chartY('chart-distributions');
  const historyLength = await page.evaluate(() => history.length);
  // (Reading the chart scrolled it into view.)
  await explorer.slider('p').scrollIntoViewIfNeeded();
  const box = (await explorer.slider('p').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(box.x + box.width * (0.3 + i * 0.04), box.y + box.height / 2);
  await page.mouse.up();
  const p = Number(await explorer.slider('p').inputValue());
  expect(p).toBeGreaterThan(0.6);
  await expect(explorer.number('p')).toHaveValue(String(p));
  await explorer.expectValue('kl-pq', klBern(p, 0.6));
  await expect.poll(() => explorer.chartY('chart-distributions')).not.toEqual(before);
  // The URL follows once editing settles: the released drag is one history entry, not one per move.
  await expect
    .poll(() => page.evaluate(() => decodeURIComponent(location.search)))
    .toContain(`p=Bern(${p})`);
  expect(await page.evaluate(() => history.length)).toBe(historyLength + 1);
  // Back returns to the scenario before the drag, inside the app.
  await page.goBack();
  await explorer.expectValue('kl-pq', klBern(0.3, 0.6));
  await expect(explorer.slider('p')).toHaveValue('0.3');
});

test('Back steps through committed changes (a typed spec, a view change) and never leaves the app first', async ({
  page,
  explorer,
}) => {
  await explorer.open('?p=Bern(0.3)&q=Bern(0.6)');
  await explorer.spec('q').fill('Bern(0.5)');
  await explorer.spec('q').press('Enter');
  await explorer.expectValue('kl-pq', klBern(0.3, 0.5));
  await expect.poll(() => page.evaluate(() => location.search)).toContain('Bern(0.5)');
  await page.getByRole('button', { name: 'Monte Carlo', exact: true }).click();
  await expect.poll(() => page.evaluate(() => location.search)).toContain('view=mc');
  await page.goBack();
  await expect(explorer.readout('kl-pq')).toBeVisible();
  await explorer.expectValue('kl-pq', klBern(0.3, 0.5));
  await page.goBack();
  await explorer.expectValue('kl-pq', klBern(0.3, 0.6));
  await expect(page).toHaveURL(/127\.0\.0\.1/);
  await page.goForward();
  await explorer.expectValue('kl-pq', klBern(0.3, 0.5));
});

test('keyboard on the slider and typing in the number input stay in sync', async ({ explorer }) => {
  await explorer.open('?p=Bern(0.3)&q=Bern(0.6)');
  await explorer.slider('q').focus();
  await explorer.slider('q').press('ArrowRight');
  await expect(explorer.number('q')).toHaveValue('0.61');
  await explorer.number('p').fill('0.25');
  await expect(explorer.slider('p')).toHaveValue('0.25');
  await explorer.expectValue('kl-pq', klBern(0.25, 0.61));
  // An out-of-range entry is explained and changes nothing.
  await explorer.number('p').fill('1.5');
  await expect(explorer.page.getByText('Must be at most 1')).toBeVisible();
  await explorer.expectValue('kl-pq', klBern(0.25, 0.61));
});

test('an infinite divergence shows ∞ with its reason, never NaN', async ({ page, explorer }) => {
  await explorer.open('?p=Bern(0.5)&q=Bern(0)');
  await expect(explorer.readout('kl-pq')).toHaveAttribute('data-value', 'Infinity');
  await expect(explorer.readout('kl-pq')).toContainText('∞');
  await expect(explorer.readout('kl-pq')).toContainText(
    'Q gives probability 0 to an outcome that P can produce',
  );
  await expect(explorer.readout('ce-pq')).toHaveAttribute('data-value', 'Infinity');
  await explorer.expectValue('kl-qp', Math.LN2);
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('the spec text field applies valid text as you type and explains invalid text', async ({
  explorer,
}) => {
  await explorer.open('?p=Bern(0.3)&q=Bern(0.6)');
  await explorer.spec('q').fill('Bern(0.2)');
  await explorer.expectValue('kl-pq', klBern(0.3, 0.2));
  await expect(explorer.slider('q')).toHaveValue('0.2');
  await explorer.spec('q').fill('Bern(2)');
  await expect(explorer.page.getByText('Bern(p) needs 0 ≤ p ≤ 1, got 2')).toBeVisible();
  await explorer.expectValue('kl-pq', klBern(0.3, 0.2));
});

test('bits change the display but not the readout contract', async ({ page, explorer }) => {
  await explorer.open('?p=Bern(0.3)&q=Bern(0.6)&units=bits');
  await explorer.expectValue('kl-pq', klBern(0.3, 0.6));
  await expect(explorer.readout('kl-pq')).toContainText(
    (klBern(0.3, 0.6) / Math.LN2).toPrecision(4),
  );
  await page.getByText('nats', { exact: true }).click();
  await expect(explorer.readout('kl-pq')).toContainText('0.1838');
  await expect.poll(() => page.evaluate(() => location.search)).not.toContain('units=');
});

for (const [search, param, text] of [
  ['?p=Bern(1.7)&q=Bern(0.6)', 'p', '0 ≤ p ≤ 1, got 1.7'],
  ['?p=Bern(x)&q=Bern(0.6)', 'p', "expected a number but found 'x'"],
  ['?p=Bern(&q=Bern(0.6)', 'p', 'missing a number'],
  [`?p=${'9'.repeat(10_000)}&q=Bern(0.6)`, 'p', '10,000 characters long'],
  ['?p=Bern(0.3)&q=Bern(0.6)&zoom=2', 'zoom', 'not a parameter'],
] as const) {
  test(`a bad URL (${search.slice(0, 30)}) names the parameter and keeps the rest`, async ({
    page,
    explorer,
  }) => {
    await explorer.open(search);
    const message = explorer.messages().filter({ hasText: `“${param}”` });
    await expect(message).toContainText(text);
    await explorer.expectValue('h-q', hBern(0.6));
    await explorer.expectValue('h-p', hBern(0.3)); // the default P, or the one given
    await message.getByRole('button', { name: 'Dismiss message' }).click();
    await expect(message).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}

test('back and forward restore the scenario of each entry', async ({ page, explorer }) => {
  await explorer.open('?p=Bern(0.1)&q=Bern(0.6)');
  await page.goto('/?p=Bern(0.9)&q=Bern(0.6)');
  await explorer.expectValue('h-p', hBern(0.9));
  await page.goBack();
  await explorer.expectValue('h-p', hBern(0.1));
  await page.goForward();
  await explorer.expectValue('h-p', hBern(0.9));
});
