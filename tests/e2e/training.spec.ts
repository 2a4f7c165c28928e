import { expect, test, type Page } from '@playwright/test';

const stepCount = async (page: Page) => Number(await page.getByTestId('step-count').textContent());

test('Step trains one batch; Play moves the step counter and Pause stops it', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByTestId('step-count')).toHaveText('1');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => stepCount(page)).toBeGreaterThan(20);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const paused = await stepCount(page);
  await page.waitForTimeout(500);
  expect(await stepCount(page)).toBe(paused);
  await expect(page.getByTestId('metrics-note')).toHaveText(new RegExp(`at step ${paused}\\b`));
});

test('an absurd learning rate is refused next to the field and nothing changes', async ({ page }) => {
  await page.goto('./');
  const field = page.getByLabel('Exact rate');
  await field.fill('1e9');
  await field.press('Enter');
  await expect(page.getByRole('alert')).toContainText(
    'learning rate must be between 0.000001 and 10; got 1e9',
  );
  await expect(page.getByLabel('Learning rate', { exact: true })).toHaveValue('0.03');
});

test('a learning rate of 10 diverges: training stops with the step and layer, the last good weights stay, a lower rate is offered', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByLabel('Learning rate', { exact: true }).selectOption('10');
  // With L2 = 10 each step multiplies every weight by (1 − lr·L2) = −99: certain, deterministic divergence.
  const l2 = page.getByLabel('L2 strength');
  await l2.fill('10');
  await l2.press('Enter');
  const tables = page.getByRole('table', { name: /Layer \d+ weights table/ });
  const hasTables = (await tables.count()) > 0;
  const snapshot = () =>
    hasTables
      ? tables.evaluateAll((ts) => ts.map((t) => t.textContent).join('|'))
      : page
          .getByRole('img', { name: /Layer 1 weights heatmap/ })
          .evaluate((c) => (c as HTMLCanvasElement).toDataURL());
  const alert = page.getByRole('alert');
  // Long runs go through "Step 100 batches" (one action each), not hundreds of clicks: the test must not depend
  // on how fast the machine clicks.
  const hundred = page.getByRole('button', { name: 'Step 100 batches' });
  for (let i = 0; i < 10 && !(await alert.isVisible()); i++) await hundred.click();
  await expect(alert).toContainText(/diverged at step \d+/);
  const kept = Number(await page.getByTestId('step-count').textContent());
  await expect(alert).toContainText(`diverged at step ${kept + 1}`);
  await expect(alert).toContainText(/in layer \d/);
  const before = await snapshot();
  // Stepping again is refused again: the step count and the last good weights stay.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(alert).toContainText(`diverged at step ${kept + 1}`);
  await expect(page.getByTestId('step-count')).toHaveText(String(kept));
  expect(await snapshot()).toBe(before);
  await page.getByRole('button', { name: /Lower the learning rate to 1\b/ }).click();
  await expect(page.getByLabel('Learning rate', { exact: true })).toHaveValue('1');
  await expect(alert).toHaveCount(0);
});
