import { expect, test } from '@playwright/test';

test('GELU and dropout 0.5 chosen in the page: a step trains with them and hatches the dropped units', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByText('more', { exact: true }).first().click();
  await page.getByRole('radio', { name: 'GELU' }).check();
  await expect(page.getByRole('img', { name: /^GELU \(solid\)/ })).toBeVisible();
  // Dropout sits behind the training panel's Advanced, so the first screen stays one screen at 1280×720.
  await page.getByText('Advanced', { exact: true }).click();
  const dropout = page.getByLabel('Dropout (hidden layers)');
  await dropout.fill('0.5');
  await dropout.press('Enter');
  await expect(page.getByText(/silences each hidden unit for a sample with chance 0\.5/)).toBeVisible();
  await expect(page.getByTestId('dropped-legend')).toHaveCount(0);
  const heatmap = page.getByRole('img', { name: 'Layer 2 weights heatmap' });
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByTestId('step-count')).toHaveText('1');
  await expect(page.getByTestId('dropped-legend')).toContainText('dropped this step');
  const hatched = await heatmap.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByTestId('step-count')).toHaveText('2');
  // Another step drops other units: the hatching moves (the weights move too, but only a little).
  expect(await heatmap.evaluate((c) => (c as HTMLCanvasElement).toDataURL())).not.toBe(hatched);
  // The link carries both settings, so the run replays elsewhere.
  await expect.poll(() => page.url()).toContain('dropout=0.5');
  expect(page.url()).toContain('activation=gelu');
});
