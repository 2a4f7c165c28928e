import { expect, test } from '@playwright/test';

test('a copied link reproduces the setup (same weights drawn); bad parameters are listed as text, never as markup', async ({
  page,
  context,
}) => {
  await page.goto(
    './?dataset=xor&hidden=4,3&lr=0.1&seed=11&foo=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&noise=9',
  );
  const notice = page.getByRole('status', { name: 'Ignored link parameters' });
  await expect(notice).toContainText('noise=9: noise must be between 0 and 0.5; got 9');
  await expect(notice).toContainText('not a Weightscope setting');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('hidden')).toBe('4,3');
  const link = page.url();
  expect(link).toContain('seed=11');
  const weights = () =>
    page.evaluate(
      () => document.querySelector<HTMLCanvasElement>('canvas[aria-label^="Layer 1"]')?.toDataURL() ?? '',
    );
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByTestId('step-count')).toHaveText('0');
  await page.keyboard.press('r');
  await expect(page.getByTestId('step-count')).toHaveText('0');
  const a = await weights();
  const b = await other.evaluate(
    () => document.querySelector<HTMLCanvasElement>('canvas[aria-label^="Layer 1"]')?.toDataURL() ?? '',
  );
  expect(a).not.toBe('');
  expect(b).toBe(a);
});
