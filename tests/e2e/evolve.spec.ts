import { expect, test, type Page } from '@playwright/test';

/** Every layer's weights table as text (the values the page shows). */
const tables = (page: Page) =>
  page
    .getByRole('table', { name: /Layer \d+ weights table/ })
    .evaluateAll((ts) => ts.map((t) => t.textContent).join('|'));

test('select a weight, step, and read the step inspector', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  const inspector = page.getByRole('region', { name: 'Step inspector' });
  await inspector.getByLabel('Layer').selectOption('2');
  await inspector.getByLabel('Unit').selectOption('4');
  await inspector.getByLabel('Input').selectOption('unit 2');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByTestId('step-count')).toHaveText('1');
  await expect(inspector.getByTestId('inspector-step')).toContainText('Step 1');
  await expect(inspector.getByTestId('inspector-sentence')).toContainText(
    /the gradient is (positive|negative|zero)/,
  );
  const table = inspector.getByRole('table', { name: "This step's arithmetic" });
  await expect(table).toContainText('w before');
  await expect(table).toContainText('w after');
  await expect(table.getByRole('rowheader', { name: /^#\d+$/ })).toHaveCount(10);
  expect(errors).toEqual([]);
});

test('scrub back 50 steps shows the weights recorded then; a fork leaves the old branch selectable', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await page.getByRole('button', { name: 'Table view' }).click();
  const epoch = page.getByRole('button', { name: 'Step epoch' });
  await epoch.click();
  await expect(page.getByTestId('step-count')).toHaveText('25');
  const at25 = await tables(page);
  await epoch.click();
  await epoch.click();
  await expect(page.getByTestId('step-count')).toHaveText('75');
  const at75 = await tables(page);
  expect(at75).not.toBe(at25);

  const scrubber = page.getByRole('slider', { name: 'Shown step' });
  await scrubber.focus();
  for (let i = 0; i < 50; i++) await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('timeline-status')).toContainText('Showing step 25 of 75');
  await expect(page.getByTestId('step-count')).toHaveText('25');
  expect(await tables(page)).toBe(at25);

  // Training from step 25 forks a branch; the main run is still there.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByTestId('step-count')).toHaveText('26');
  await expect(page.getByTestId('timeline-status')).toContainText('Live: step 26');
  await page.getByRole('radio', { name: 'main run' }).check();
  await expect(page.getByTestId('step-count')).toHaveText('75');
  expect(await tables(page)).toBe(at75);
  expect(errors).toEqual([]);
});
