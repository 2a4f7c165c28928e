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
  expect(a).not.toBe('');
  // The link's setup applies once the saved session has been looked for (asynchronous): wait for it.
  await expect
    .poll(() =>
      other.evaluate(
        () => document.querySelector<HTMLCanvasElement>('canvas[aria-label^="Layer 1"]')?.toDataURL() ?? '',
      ),
    )
    .toBe(a);
});

test('a TensorFlow Playground address opens as the same setup, says what differs, and becomes our link', async ({
  page,
}) => {
  await page.goto(
    './#activation=relu&batchSize=10&dataset=xor&regDataset=reg-plane&learningRate=0.1&regularizationRate=0' +
      '&noise=0&networkShape=5,3&seed=0.61&showTestData=false&discretize=false&percTrainData=50&x=true&y=true' +
      '&xTimesY=true&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false' +
      '&collectStats=false&problem=classification&initZero=false&hideText=false',
  );
  const notice = page.getByRole('status', { name: 'Ignored link parameters' });
  await expect(notice).toContainText('This TensorFlow Playground link opened as the same setup here');
  await expect(notice).toContainText('biases start at 0 here');
  await expect(page.getByText(/Layer 1: 5 units × 3 inputs/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Layer 1 inputs' }).getByRole('listitem')).toHaveText([
    'x₁',
    'x₂',
    'x₁x₂',
  ]);
  await expect(page.getByRole('radio', { name: 'XOR' })).toBeChecked();
  await expect.poll(() => new URL(page.url()).searchParams.get('activation')).toBe('relu');
  const url = new URL(page.url());
  expect(url.hash).toBe('');
  expect(url.searchParams.get('hidden')).toBe('5,3');
  expect(url.searchParams.get('init')).toBe('uniform');
  // No lesson list in the way: a Playground address is a setup, as our links are.
  await expect(page.getByRole('region', { name: /twelve experiments/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByTestId('step-count')).toHaveText('1');
});
