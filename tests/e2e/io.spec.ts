import { expect, test } from '@playwright/test';

const layer1 = (page: import('@playwright/test').Page) =>
  page.evaluate(
    () => document.querySelector<HTMLCanvasElement>('canvas[aria-label^="Layer 1"]')?.toDataURL() ?? '',
  );

test('malformed model, TF.js and CSV files are refused with their message; the network is unchanged', async ({
  page,
}) => {
  await page.goto('./');
  const before = await layer1(page);
  await page.getByRole('button', { name: 'Import / Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import and export' });
  await dialog.getByLabel('Model file (.json, .onnx, .safetensors)').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"weightscope-model","version":1,"inputs":2,"layers":[]}'),
  });
  await expect(dialog.getByRole('alert')).toContainText('"layers" is empty');
  await dialog.getByLabel(/TensorFlow.js model/).setInputFiles({
    name: 'model.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'layers-model',
        modelTopology: {
          class_name: 'Sequential',
          config: { layers: [{ class_name: 'Conv2D', config: { name: 'conv' } }] },
        },
        weightsManifest: [],
      }),
    ),
  });
  await expect(dialog.getByRole('alert')).toContainText("layer 1 ('conv') is a Conv2D layer");
  await dialog.getByLabel(/Data set \(.csv/).setInputFiles({
    name: 'x.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('a,b\n1,2\n'),
  });
  await expect(dialog.getByRole('alert')).toContainText('x.csv was not imported');
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await layer1(page)).toBe(before);
});

test('exports the model, the heatmaps as SVG and PNG', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Import / Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import and export' });
  const [model] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Model file (.json)' }).click(),
  ]);
  expect(model.suggestedFilename()).toMatch(/^weightscope-model-step0\.json$/);
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Heatmaps as SVG' }).click(),
  ]);
  expect(svg.suggestedFilename()).toMatch(/\.svg$/);
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Heatmaps as PNG' }).click(),
  ]);
  const path = await png.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(path!).subarray(1, 4).toString()).toBe('PNG');
});
