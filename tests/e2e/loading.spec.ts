import { expect, test } from '@playwright/test';

// Issue 14: a click on Step while the digits file was still loading changed nothing, and the button stayed
// enabled. Controls that cannot act yet say so; once the data arrive they work at the first click.

test.use({ serviceWorkers: 'block' });

test('while digits load, Step is disabled and says "Loading digits…"; after loading one click steps', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/data/digits.csv', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./?dataset=digits&hidden=13');
  const step = page.getByRole('button', { name: 'Step', exact: true });
  await expect(page.getByRole('status').filter({ hasText: 'Loading digits…' })).toBeVisible();
  await expect(step).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeDisabled();
  await expect(page.getByTestId('step-count')).toHaveText('0');
  release();
  await expect(step).toBeEnabled({ timeout: 15_000 });
  await step.click();
  await expect(page.getByTestId('step-count')).toHaveText('1');
  expect(errors).toEqual([]);
});
