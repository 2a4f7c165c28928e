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
  const code = await dialog.getByLabel('Embed code').inputValue();
  expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?[^"]*hide=heatmaps,lr/);
  const src = code.match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&');
  await page.goto(src);
  await expect(page.getByRole('region', { name: 'Weight heatmaps' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/web-embed-from-dialog.png', fullPage: true });
});
