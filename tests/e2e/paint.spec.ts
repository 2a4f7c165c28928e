import { expect, test, type Page } from '@playwright/test';

/** Every value of the Layer 1 weights table, as text, by unit (rows) and input / bias (columns). */
async function readTable(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: 'Layer 1 weights table' });
  await expect(table).toBeVisible();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => (td.textContent ?? '').trim())),
    );
}

test('a dragged stroke with the Set brush sets exactly the cells it crossed, as the table view reads', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  const tableToggle = page.getByRole('button', { name: 'Table view' });
  await tableToggle.click();
  const before = await readTable(page);
  await tableToggle.click();

  await page.getByRole('radio', { name: 'Set' }).check();
  const value = page.getByRole('spinbutton', { name: 'Brush value (exact)' });
  await value.fill('0.75');
  await value.blur();

  const canvas = page.getByRole('img', { name: 'Layer 1 weights heatmap' });
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  const units = before.length;
  const cell = box.height / units;
  const at = (row: number, col: number) => [box.x + (col + 0.5) * cell, box.y + (row + 0.5) * cell] as const;
  // Down input 2 from unit 2 to unit 5, one continuous stroke.
  await page.mouse.move(...at(1, 1));
  await page.mouse.down();
  await page.mouse.move(...at(4, 1), { steps: 12 });
  await page.mouse.up();

  await tableToggle.click();
  const after = await readTable(page);
  const painted = new Set(['1:1', '2:1', '3:1', '4:1']);
  for (let i = 0; i < units; i++) {
    for (let j = 0; j < before[i].length; j++) {
      if (painted.has(`${i}:${j}`)) expect(after[i][j], `unit ${i + 1} input ${j + 1}`).toBe('+0.750');
      else expect(after[i][j], `unit ${i + 1} column ${j + 1}`).toBe(before[i][j]);
    }
  }
  // One stroke, one undoable action: Undo brings every number back.
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toHaveAttribute('title', /Undo paint \(set\)/);
  await undo.click();
  expect(await readTable(page)).toEqual(before);
  expect(errors).toEqual([]);
});
