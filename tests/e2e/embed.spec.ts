import { expect, test } from '@playwright/test';

test('embed parameters hide what they name; the Embed dialog builds the iframe snippet', async ({ page }) => {
  await page.goto('./?hide=data,heatmaps,header&learningRate_hide=true&controls_hide=false');
  await expect(page.getByRole('region', { name: 'Training' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Weight heatmaps' })).toHaveCount(0);
  await expect(page.getByRole('banner')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/web-embed-hidden.png', fullPage: true });
  await page.goto('./');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed in a page or slide' });
  await dialog.getByRole('checkbox', { name: 'heatmaps' }).check();
  await dialog.getByRole('checkbox', { name: 'lr', exact: true }).check();
  // The pages that may drive the copy (the embedding API) travel in its link; a non-origin is refused.
  const origins = dialog.getByLabel('Pages that may drive it (embedding API)');
  await origins.fill('https://teacher.example/page');
  await expect(dialog.getByRole('alert')).toContainText('is not a page origin');
  await origins.fill('https://teacher.example');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  const code = await dialog.getByLabel('Embed code').inputValue();
  expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?[^"]*hide=heatmaps,lr/);
  expect(code).toContain('embedOrigin=https%3A%2F%2Fteacher.example');
  const src = code.match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&');
  await page.goto(src);
  await expect(page.getByRole('region', { name: 'Weight heatmaps' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/web-embed-from-dialog.png', fullPage: true });
});
