import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// The session is saved in IndexedDB as it changes and restored on reload. Each test has a fresh browser
// context, so a fresh, empty IndexedDB.

const stepCount = (page: Page) => page.getByTestId('step-count');

/** Waits until the latest change is stored (the header's status says so). */
const saved = (page: Page) => expect(page.locator('.autosave-status')).toHaveText('Saved');

/** Trains `n` batches with the keyboard (→), from the page's body. */
async function train(page: Page, n: number) {
  await page.locator('h1').click();
  for (let i = 0; i < n; i++) await page.keyboard.press('ArrowRight');
}

/** The model file the page exports now: its name (with the step) and its exact text. */
async function exportModel(page: Page): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Import / Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import and export' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Model file (.json)' }).click(),
  ]);
  const out = { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
  await dialog.getByRole('button', { name: 'Close' }).click();
  return out;
}

/** Paints one weight of layer 1 (unit 2, input 1) with the Set brush at 1.25. */
async function paintOne(page: Page) {
  await page.getByRole('radio', { name: 'Set' }).check();
  const value = page.getByRole('spinbutton', { name: 'Brush value (exact)' });
  await value.fill('1.25');
  await value.blur();
  const canvas = page.getByRole('img', { name: 'Layer 1 weights heatmap' });
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  const cell = box.height / 8;
  await page.mouse.click(box.x + 0.5 * cell, box.y + 1.5 * cell);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Undo paint \(set\)/);
}

test('paint a weight, train 30 steps, rewind to step 20, reload: the same network bit for bit at the same step', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await paintOne(page);
  await train(page, 30);
  await expect(stepCount(page)).toHaveText('30');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await expect(stepCount(page)).toHaveText('20');
  await saved(page);
  const before = await exportModel(page);
  expect(before.name).toBe('weightscope-model-step20.json');

  await page.reload();
  await expect(stepCount(page)).toHaveText('20');
  const after = await exportModel(page);
  expect(after.name).toBe(before.name);
  expect(after.text).toBe(before.text);
  // The undo history came back too: the paint can still be undone.
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Undo paint \(set\)/);
  expect(errors).toEqual([]);
});

test('"New" starts over, and Undo brings the previous session back', async ({ page }) => {
  await page.goto('./');
  await train(page, 5);
  await expect(stepCount(page)).toHaveText('5');
  const before = await exportModel(page);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(stepCount(page)).toHaveText('0');
  await expect(page.getByText('A new session started.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(stepCount(page)).toHaveText('5');
  expect((await exportModel(page)).text).toBe(before.text);
});

test('a link that carries another setup wins over the saved session, says so, and offers it back', async ({
  page,
}) => {
  await page.goto('./');
  await train(page, 5);
  await expect(stepCount(page)).toHaveText('5');
  await saved(page);
  await page.goto('./?lr=0.1');
  const offer = page.getByRole('status', { name: 'Saved session' });
  await expect(offer).toContainText("This link's setup is shown; your saved session is kept.");
  await expect(stepCount(page)).toHaveText('0');
  await expect(page).toHaveURL(/[?&]lr=0\.1(&|$)/);
  await offer.getByRole('button', { name: 'Restore my saved session' }).click();
  await expect(stepCount(page)).toHaveText('5');
  await expect(offer).toBeHidden();
});

test('storage that is unavailable gets a one-line notice and the app keeps working', async ({ page }) => {
  await page.addInitScript(() => {
    indexedDB.open = () => {
      throw new DOMException('IndexedDB is disabled in this window', 'InvalidStateError');
    };
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await expect(page.getByRole('alert')).toHaveText(
    /^Autosave is off: this browser's storage is not available/,
  );
  await expect(page.locator('.autosave-status')).toHaveText('Not saved');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(stepCount(page)).toHaveText('1');
  expect(errors).toEqual([]);
});

test('two tabs keep separate sessions', async ({ context }) => {
  const one = await context.newPage();
  await one.goto('./');
  await train(one, 7);
  await expect(stepCount(one)).toHaveText('7');
  await saved(one);

  const two = await context.newPage();
  await two.goto('./');
  await expect(two.getByRole('status', { name: 'Saved session' })).toContainText('open in another tab');
  await expect(stepCount(two)).toHaveText('0');
  await train(two, 3);
  await expect(stepCount(two)).toHaveText('3');
  await saved(two);

  await one.reload();
  await expect(stepCount(one)).toHaveText('7');
  await two.reload();
  await expect(stepCount(two)).toHaveText('3');
});
