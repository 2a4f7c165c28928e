import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Fixtures made by tests/fixtures/models/make_fixtures.py with torch.onnx.export and torch. */
const fixture = (name: string) => ({
  name,
  mimeType: 'application/octet-stream',
  buffer: readFileSync(`tests/fixtures/models/${name}`),
});
const layer1 = (page: Page) =>
  page.evaluate(
    () => document.querySelector<HTMLCanvasElement>('canvas[aria-label^="Layer 1"]')?.toDataURL() ?? '',
  );

async function openDialog(page: Page) {
  await page.goto('./');
  await page.getByRole('button', { name: 'Import / Export' }).click();
  return page.getByRole('dialog', { name: 'Import and export' });
}

test('a PyTorch .onnx export is imported and redraws the weights', async ({ page }) => {
  const dialog = await openDialog(page);
  const before = await layer1(page);
  await dialog
    .getByLabel('Model file (.json, .onnx, .safetensors)')
    .setInputFiles(fixture('mlp_2_8_8_1.onnx'));
  await expect(dialog.getByRole('status')).toContainText('Imported mlp_2_8_8_1.onnx: a 2–8–8–1 network');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => layer1(page)).not.toBe(before);
});

test('a .safetensors file is imported with the activations chosen in the dialog', async ({ page }) => {
  const dialog = await openDialog(page);
  await dialog
    .getByLabel('Model file (.json, .onnx, .safetensors)')
    .setInputFiles(fixture('seq_2_8_8_1_f32.safetensors'));
  const choice = dialog.getByRole('group', { name: 'Activations for seq_2_8_8_1_f32.safetensors' });
  await choice.getByLabel('Hidden layers').selectOption('relu');
  await choice.getByLabel('Output layer').selectOption('tanh');
  await choice.getByRole('button', { name: 'Import seq_2_8_8_1_f32.safetensors' }).click();
  await expect(dialog.getByRole('status')).toContainText(
    'Imported seq_2_8_8_1_f32.safetensors: a 2–8–8–1 network',
  );
});

test('a Conv .onnx is refused by name and the network is unchanged', async ({ page }) => {
  const dialog = await openDialog(page);
  const before = await layer1(page);
  await dialog.getByLabel('Model file (.json, .onnx, .safetensors)').setInputFiles(fixture('conv.onnx'));
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('conv.onnx was not imported: the graph has a Conv node');
  await expect(alert).toContainText('The current network is unchanged.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await layer1(page)).toBe(before);
});

test('the PyTorch script of the run downloads with the network, data and training code', async ({ page }) => {
  const dialog = await openDialog(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'PyTorch script (.py)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('weightscope_run_step0.py');
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text).toContain('def build_model(');
  expect(text).toContain('def train(model, steps):');
  expect(text).toMatch(/^TRAIN_X = \[$/m);
});
