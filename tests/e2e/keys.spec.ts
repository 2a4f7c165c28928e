import { expect, test, type Page } from '@playwright/test';

/**
 * Issue 10, bug 3 ("one key, two meanings") and bug 5 ("typing a value"): in each context a key does exactly
 * one thing, and a typed value replaces the brush.
 */

const stepCount = (page: Page) => page.getByTestId('step-count');
const readout = (page: Page) => page.getByTestId('hover-readout');
const grid = (page: Page) => page.getByRole('group', { name: 'Layer 1 weights, paintable' });

/** Trains n batches with the Step button (not a key), so the keys under test are the only keys pressed. */
async function stepTimes(page: Page, n: number) {
  const step = page.getByRole('button', { name: 'Step', exact: true });
  for (let i = 0; i < n; i++) await step.click();
  await expect(stepCount(page)).toHaveText(String(n));
}

/**
 * Keys are handled in the order they are pressed: once `?` has opened the help dialog, every key pressed before
 * it has done all it will do. Esc closes the dialog again.
 */
async function settle(page: Page) {
  await page.keyboard.press('Shift+?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

test('with a heatmap cell focused, → moves the cursor and does not train', async ({ page }) => {
  await page.goto('./');
  await grid(page).focus();
  await expect(readout(page)).toContainText('layer 1 unit 1 ← input 1');
  await page.keyboard.press('ArrowRight');
  await expect(readout(page)).toContainText('layer 1 unit 1 ← input 2');
  await page.keyboard.press('Shift+ArrowRight');
  await settle(page);
  await expect(stepCount(page)).toHaveText('0');
  await expect(page.getByTestId('epoch-count')).toHaveText('0');
});

test('with a heatmap cell focused, ← moves the cursor and does not rewind the timeline', async ({ page }) => {
  await page.goto('./');
  await stepTimes(page, 3);
  await grid(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(readout(page)).toContainText('layer 1 unit 1 ← input 2');
  await page.keyboard.press('ArrowLeft');
  await expect(readout(page)).toContainText('layer 1 unit 1 ← input 1');
  await expect(stepCount(page)).toHaveText('3');
  await expect(page.getByTestId('timeline-status')).toContainText('Live: step 3');
});

test('in presentation mode ← does not rewind the hidden timeline and Space does not fork it', async ({
  page,
}) => {
  await page.goto('./');
  await stepTimes(page, 3);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  // Outside presentation mode ← rewinds: the teacher prepared step 2 before presenting.
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('timeline-status')).toContainText('Showing step 2 of 3');
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveClass(/presenting/);
  await page.keyboard.press('ArrowLeft');
  await settle(page);
  await expect(stepCount(page)).toHaveText('2');
  await page.keyboard.press('Space');
  await settle(page);
  await expect(page.getByRole('button', { name: /Pause/ })).toHaveCount(0);
  await expect(stepCount(page)).toHaveText('2');
  // Back out of presentation mode, the timeline still shows step 2 of the one main run.
  await page.keyboard.press('p');
  await expect(page.locator('html')).not.toHaveClass(/presenting/);
  await expect(page.getByTestId('timeline-status')).toContainText('Showing step 2 of 3');
  await expect(page.getByRole('list', { name: 'Branches' })).toHaveCount(0);
});

test('while the help dialog is open, → does not train', async ({ page }) => {
  await page.goto('./');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Shift+?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(stepCount(page)).toHaveText('0');
});

/** Every value of the Layer 1 weights table, as text, by unit (rows) and input / bias (columns). */
async function readTable(page: Page): Promise<string[][]> {
  const toggle = page.getByRole('button', { name: 'Table view' });
  await toggle.click();
  const table = page.getByRole('table', { name: 'Layer 1 weights table' });
  await expect(table).toBeVisible();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((r) => Array.from(r.querySelectorAll('td'), (td) => (td.textContent ?? '').trim())),
    );
  await toggle.click();
  return rows;
}

/** With the Add brush (value 1), double-clicks the weight from input 1 into unit 1: the value editor opens. */
async function openEditorWithAddBrush(page: Page) {
  await page.getByRole('radio', { name: 'Add' }).check();
  const canvas = page.getByRole('img', { name: 'Layer 1 weights heatmap' });
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  const units = (await readTable(page)).length;
  const cell = box.height / units;
  await page.mouse.dblclick(box.x + cell / 2, box.y + cell / 2);
  const input = page.getByRole('textbox', { name: 'Value of layer 1 unit 1 ← input 1' });
  await expect(input).toBeFocused();
  return input;
}

test('typing a value replaces the Add brush: Enter sets exactly the typed value as one undoable edit', async ({
  page,
}) => {
  await page.goto('./');
  const before = await readTable(page);
  const input = await openEditorWithAddBrush(page);
  await input.fill('0.5');
  await input.press('Enter');
  await expect(input).toHaveCount(0);
  const after = await readTable(page);
  expect(after[0][0]).toBe('+0.500');
  after[0][0] = before[0][0];
  expect(after).toEqual(before);
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toHaveAttribute('title', /^Undo type layer 1 unit 1 ← input 1 = 0\.5/);
  await undo.click();
  expect(await readTable(page)).toEqual(before);
  await expect(undo).toBeDisabled();
});

test('Esc in the value editor cancels: the weight is as it was and nothing is recorded', async ({ page }) => {
  await page.goto('./');
  const before = await readTable(page);
  const input = await openEditorWithAddBrush(page);
  await input.fill('0.5');
  await input.press('Escape');
  await expect(input).toHaveCount(0);
  expect(await readTable(page)).toEqual(before);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});
