import { expect, test, type Page } from '@playwright/test';

const columns = (page: Page) =>
  page.getByRole('list', { name: 'Layer 1 inputs' }).getByRole('listitem').allInnerTexts();
/** Waits (retrying) until the first layer's named columns are these: a link's setup applies after the first paint. */
const expectColumns = (page: Page, names: string[]) =>
  expect(page.getByRole('list', { name: 'Layer 1 inputs' }).getByRole('listitem')).toHaveText(names);

test('input features: x₁² and sin x₁ chosen in the data panel are the first layer’s named columns, and a link keeps them', async ({
  page,
  context,
}) => {
  await page.goto('./');
  const features = page.getByRole('group', { name: 'Input features' });
  await expect(features.getByRole('button', { name: 'x₁', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expectColumns(page, ['x₁', 'x₂']);
  await features.getByRole('button', { name: 'x₁²', exact: true }).click();
  // The keyboard works too: focus the toggle and press Space.
  await features.getByRole('button', { name: 'sin x₁', exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(features.getByRole('button', { name: 'sin x₁', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByTestId('step-count')).toHaveText('1');
  await expectColumns(page, ['x₁', 'x₂', 'x₁²', 'sin x₁']);
  await expect(page.getByText(/Layer 1: 8 units × 4 inputs/)).toBeVisible();

  await expect.poll(() => new URL(page.url()).searchParams.get('features')).toBe('x1,x2,x1sq,sinx1');
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByTestId('step-count')).toHaveText('0');
  // The link's setup applies once the saved session has been looked for (asynchronous): wait for it.
  await expectColumns(other, ['x₁', 'x₂', 'x₁²', 'sin x₁']);
  await expect(
    other.getByRole('group', { name: 'Input features' }).getByRole('button', { name: 'x₁²', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  // The same link draws the same first weights as the page it came from after Reset.
  const first = (p: Page) =>
    p.evaluate(() =>
      document.querySelector<HTMLCanvasElement>('canvas[aria-label="Layer 1 weights heatmap"]')!.toDataURL(),
    );
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByTestId('step-count')).toHaveText('0');
  const drawn = await first(page);
  await expect.poll(() => first(other)).toBe(drawn);
});

test('pruning and class balance are in the normal panels, labelled and usable from the keyboard', async ({
  page,
}) => {
  await page.goto('./');
  const pct = page.getByRole('spinbutton', { name: /Prune smallest \|w\|/ });
  await pct.fill('40');
  await pct.press('Enter');
  await expect(page.getByRole('button', { name: 'Clear pruning' })).toBeEnabled();
  await page.getByRole('button', { name: 'Clear pruning' }).click();
  await expect(page.getByRole('button', { name: 'Clear pruning' })).toBeDisabled();
  await page.getByRole('radio', { name: 'Two Gaussians' }).check();
  const balance = page.getByRole('slider', { name: /Class balance/ });
  await balance.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => new URL(page.url()).searchParams.get('balance')).toBe('0.55');
});

test('words: each of the 21 words names its column of the first layer in full, and the inspector picks by word', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?dataset=words');
  await expect(page.getByText(/Layer 1: 8 units × 21 inputs/)).toBeVisible();
  const names = await columns(page);
  expect(names).toHaveLength(21);
  expect(names.slice(0, 3)).toEqual(['great', 'good', 'love']);
  // No name is cut: each turned label holds its whole text.
  const cut = await page
    .getByRole('list', { name: 'Layer 1 inputs' })
    .getByRole('listitem')
    .evaluateAll((els) => els.filter((e) => e.scrollHeight > e.clientHeight + 1).map((e) => e.textContent));
  expect(cut).toEqual([]);
  const input = page.getByRole('combobox', { name: 'Input' });
  await expect(input.getByRole('option')).toHaveText([...names, 'bias']);
});
