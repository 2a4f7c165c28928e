import { expect, test } from '@playwright/test';

// Bug 6 of issue 10: a link with lr=50 was accepted (the link's limit was 100) and the learning-rate field
// (limit 10) then called the rate the network was training with invalid. One table of limits now decides.
test('a link with an out-of-range learning rate is refused with the table’s message; the field shows the rate in use', async ({
  page,
}) => {
  await page.goto('./?lr=50&seed=3');
  const notice = page.getByRole('status', { name: 'Ignored link parameters' });
  await expect(notice).toContainText('lr=50: learning rate must be between 0.000001 and 10; got 50');

  const exact = page.getByLabel('Exact rate');
  await expect(exact).toHaveValue('0.03');
  await expect(page.getByLabel('Learning rate', { exact: true })).toHaveValue('0.03');
  // Confirming the value the field shows is accepted: what is shown is what the network uses.
  await exact.click();
  await exact.fill('0.03');
  await exact.press('Enter');
  await expect(exact).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The rest of the link applied.
  await page.getByText(/Init & biases/).click();
  await expect(page.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('3');
});

test('a link with a hexadecimal number is refused, not read as 5', async ({ page }) => {
  await page.goto('./?batchSize=0x5');
  const notice = page.getByRole('status', { name: 'Ignored link parameters' });
  await expect(notice).toContainText(
    "batchSize=0x5: batch size must be a whole number between 1 and 512; got '0x5'",
  );
  await expect(page.getByLabel('Batch size')).toHaveValue('10');
});
