import { expect, test, type Locator } from '@playwright/test';

/** The text of the arithmetic table's row whose header matches name. */
const row = (table: Locator, name: RegExp) =>
  table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name }) });

test('with momentum, the first step shows every bias’s earlier velocity as exactly 0, as the engine used it', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./?momentum=0.9&lr=0.1');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByTestId('step-count')).toHaveText('1');
  const inspector = page.getByRole('region', { name: 'Step inspector' });
  const table = inspector.getByRole('table', { name: "This step's arithmetic" });
  const layers = await inspector.getByLabel('Layer', { exact: true }).locator('option').count();
  const shown: string[] = [];
  for (let l = 1; l <= layers; l++) {
    await inspector.getByLabel('Layer', { exact: true }).selectOption(String(l));
    const units = await inspector.getByLabel('Unit', { exact: true }).locator('option').count();
    for (let u = 1; u <= units; u++) {
      await inspector.getByLabel('Unit', { exact: true }).selectOption(String(u));
      await inspector.getByLabel('Input', { exact: true }).selectOption('bias');
      // Nothing moved before the first step, so v = 0.9 × 0 + g: an earlier velocity recovered by
      // dividing the bias's change by the learning rate comes out as a stray ±1e-17 instead.
      shown.push(`layer ${l} unit ${u}: ${await row(table, /^v = μ·v \+ g$/).textContent()}`);
    }
  }
  expect(shown.filter((s) => !/0\.9 × 0 \+ g = /.test(s))).toEqual([]);
  expect(errors).toEqual([]);
});

test('the step inspector lists every sample of the batch', async ({ page }) => {
  await page.goto('./?batchSize=10');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByTestId('step-count')).toHaveText('1');
  const inspector = page.getByRole('region', { name: 'Step inspector' });
  const table = inspector.getByRole('table', { name: "This step's arithmetic" });
  await expect(table.getByRole('rowheader', { name: /^#\d+$/ })).toHaveCount(10);
  await expect(table).not.toContainText('more sample');
});
