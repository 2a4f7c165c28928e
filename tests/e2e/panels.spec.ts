import { expect, test, type Page } from '@playwright/test';

const diagramPixels = (page: Page) =>
  page.getByRole('img', { name: /Network diagram/ }).evaluate((c) => (c as HTMLCanvasElement).toDataURL());

async function weightTables(page: Page): Promise<string[]> {
  const tables = page.getByRole('table', { name: /Layer \d+ weights table/ });
  await expect(tables.first()).toBeVisible();
  return tables.allInnerTexts();
}

test('switching ReLU → tanh keeps every weight while the unit maps change', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await page.getByRole('radio', { name: 'ReLU' }).check({ force: true });
  await expect(page.getByTestId('layer-summary-0')).toContainText('ReLU');
  await page.getByRole('button', { name: 'Table view' }).click();
  const before = await weightTables(page);
  const mapsBefore = await diagramPixels(page);
  await page.getByRole('radio', { name: 'tanh' }).check({ force: true });
  // The diagram redraws (and re-summarises) only while on screen; the tables pushed it below the fold.
  await page.getByRole('img', { name: /Network diagram/ }).scrollIntoViewIfNeeded();
  await expect(page.getByTestId('layer-summary-0')).toContainText('tanh');
  await expect.poll(() => diagramPixels(page)).not.toBe(mapsBefore);
  expect(await weightTables(page)).toEqual(before);
  await page.getByRole('button', { name: 'Table view' }).click();
  expect(errors).toEqual([]);
});

test('adding a hidden layer adds a heatmap and a column of units', async ({ page }) => {
  await page.goto('./');
  const heatmaps = page.getByRole('img', { name: /Layer \d+ weights heatmap/ });
  await expect(heatmaps.first()).toBeVisible();
  const n = await heatmaps.count();
  await page.getByRole('button', { name: '+ Add hidden layer' }).click();
  await expect(heatmaps).toHaveCount(n + 1);
  await expect(page.getByTestId(`layer-summary-${n}`)).toContainText('Output');
  await page.getByRole('button', { name: 'Remove hidden layer 1' }).click();
  await expect(heatmaps).toHaveCount(n);
});

test('choosing digits shows the citation, a confusion matrix and misclassified images', async ({ page }) => {
  await page.goto('./');
  await page.getByText('Digits 8×8').click();
  await expect(page.getByText(/Alpaydin, E\. & Kaynak, C\. \(1998\)/)).toBeVisible();
  const matrix = page.getByRole('table', { name: /Confusion matrix/ });
  await expect(matrix).toBeVisible();
  await expect(matrix.getByRole('row')).toHaveCount(11);
  await expect(page.getByText('Misclassified (true → predicted)')).toBeVisible();
  // A 64 → 32 → 10 network is possible.
  const units = page.getByRole('spinbutton', { name: 'Units in hidden layer 1' });
  await units.fill('32');
  await page.getByRole('button', { name: 'Remove hidden layer 2' }).click();
  await expect(page.getByRole('img', { name: 'Layer 1 weights heatmap' })).toBeVisible();
  await expect(page.getByText(/Layer 1: 32 units × 64 inputs/)).toBeVisible();
});

test('clicking the output plot adds training points without resetting the network', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByTestId('step-count')).toHaveText('1');
  const map = page.getByRole('img', { name: /Decision map/ });
  const before = await map.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
  await map.click({ position: { x: 20, y: 20 } });
  await map.click({ position: { x: 270, y: 270 }, modifiers: ['Shift'] });
  await expect.poll(() => map.evaluate((c) => (c as HTMLCanvasElement).toDataURL())).not.toBe(before);
  await expect(page.getByTestId('step-count')).toHaveText('1');
});
