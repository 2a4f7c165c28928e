import { expect, test } from '@playwright/test';

test('keyboard: → steps, Shift+→ epoch, Space plays and pauses, p presents, ? lists shortcuts; not while typing', async ({
  page,
}) => {
  await page.goto('./');
  const step = page.getByTestId('step-count');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  await expect(step).toHaveText('1');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByTestId('epoch-count')).toHaveText('1');
  // Typing in a field: no shortcut fires.
  const batch = page.getByRole('textbox', { name: /Batch size/ });
  await batch.click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('rpz');
  const after = await step.textContent();
  expect(Number(after)).toBeGreaterThan(1);
  await expect(page.locator('html')).not.toHaveClass(/presenting/);
  await batch.press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveClass(/presenting/);
  const fs = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(parseFloat(fs)).toBeGreaterThanOrEqual(18);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/web-presentation-1280x720.png' });
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /Pause/ })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /Play/ }).first()).toBeVisible();
  await page.keyboard.press('Shift+?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('r');
  await expect(step).toHaveText('0');
});
