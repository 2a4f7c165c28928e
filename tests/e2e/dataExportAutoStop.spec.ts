import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const stepCount = async (page: Page) => Number(await page.getByTestId('step-count').textContent());

/** Clicks the data set export in the open dialog; returns the file's name and text. */
async function exportData(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Import and export' });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Data set as CSV (with train/test split)' }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test('the data set exports as CSV with its split and imports back to the same points and split', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Import / Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import and export' });
  const first = await exportData(page);
  expect(first.name).toBe('weightscope-data-circle.csv');
  const lines = first.text.trimEnd().split('\n');
  expect(lines[0]).toBe('x₁,x₂,label,split');
  expect(lines.filter((l) => l.endsWith(',train'))).toHaveLength(250);
  expect(lines.filter((l) => l.endsWith(',test'))).toHaveLength(250);
  await dialog.getByLabel(/Data set \(.csv/).setInputFiles({
    name: first.name,
    mimeType: 'text/csv',
    buffer: Buffer.from(first.text),
  });
  await expect(dialog.getByRole('status')).toHaveText(
    'Imported weightscope-data-circle.csv: 500 rows, 2 inputs, 2 classes.',
  );
  // Exported again from the imported set: the same rows in the same split, byte for byte.
  const again = await exportData(page);
  expect(again.name).toBe('weightscope-data-csv.csv');
  expect(again.text).toBe(first.text);
});

test('play stops by itself at the target test loss, which the loss chart marks', async ({ page }) => {
  await page.goto('./?dataset=gaussians&targetLoss=0.2');
  await expect(page.locator('.loss-chart figcaption')).toContainText('target 0.2');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Stopped:' });
  await expect(notice).toHaveText(/^Stopped: test loss reached 0\.2 at step [\d,]+/);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  const stopped = await stepCount(page);
  expect((await notice.textContent())!.replace(/,/g, '')).toContain(`at step ${stopped}`);
  await page.waitForTimeout(300);
  expect(await stepCount(page)).toBe(stopped);
  // The setting came from the link and shows in the controls.
  await page.getByText('Advanced').click();
  await expect(page.getByLabel('At test loss (0 = off)')).toHaveValue('0.2');
});
