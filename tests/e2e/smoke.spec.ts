import { expect, test } from '@playwright/test';

test('the page loads without console errors, draws the heatmaps, and Step changes the weights', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  const heatmaps = page.getByRole('img', { name: /Layer \d+ weights heatmap/ });
  await expect(heatmaps.first()).toBeVisible();
  expect(await heatmaps.count()).toBeGreaterThanOrEqual(2);
  const pixels = () =>
    heatmaps.first().evaluate((c) => {
      const canvas = c as HTMLCanvasElement;
      return canvas.toDataURL();
    });
  const before = await pixels();
  // Not blank: a drawn heatmap has many colours, an empty canvas one.
  const distinct = await heatmaps.first().evaluate((c) => {
    const canvas = c as HTMLCanvasElement;
    const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < d.length; i += 4) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    return seen.size;
  });
  expect(distinct).toBeGreaterThan(5);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByTestId('step-count')).toHaveText('1');
  await expect.poll(pixels).not.toBe(before);
  expect(errors).toEqual([]);
});
