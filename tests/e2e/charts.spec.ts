import { expect, test, type Page } from '@playwright/test';

// Issue 14: a finite but huge weight (1.7e308) made the L1 chart's domain wider than the largest double, and the
// axis built from it read "NaN" at a tick while Chromium logged translate(0,NaN).
const HUGE_WEIGHT =
  '?dataset=circle&hidden=3&activation=tanh&outputActivation=tanh&loss=mse&useBias=1&seed=5&w=AWgAl_-pUN1c_G3JP7mNBvAWSO5_4Nv0Zz9S3L_xR1Fn7qHqv3i13JkJBuU_3WCowwo35T9w6ZjzjH3qvxam7zUEx9y_Z7Yr9MEy7j-CA1q6gm3KP588LNSa5u-_0bLuHwvRqT9txmmIKnzvPw';

/** Collects every console error and warning and every uncaught exception of the page. */
function consoleProblems(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') seen.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
  return seen;
}

/** Opens the timeline charts (wherever the layout puts them) and waits until their axes are drawn. */
async function showTimelineCharts(page: Page) {
  const charts = page.locator('section.charts');
  await charts.scrollIntoViewIfNeeded();
  const details = charts.locator('details').first();
  if ((await details.getAttribute('open')) === null) await charts.locator('summary').first().click();
  await expect(
    page.getByRole('img', { name: 'L1 norm per layer (Σ|w|)' }).locator('.tick').first(),
  ).toBeAttached();
}

test('every tick of the timeline charts is a number after a huge finite weight, and nothing is logged', async ({
  page,
}) => {
  const problems = consoleProblems(page);
  await page.goto(`./${HUGE_WEIGHT}`);
  await showTimelineCharts(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByTestId('step-count')).toHaveText('1');
  // Let the charts redraw from the new entry (they are throttled to one draw per 120 ms).
  await page.waitForTimeout(400);
  const l1Ticks = await page
    .getByRole('img', { name: 'L1 norm per layer (Σ|w|)' })
    .locator('.tick text')
    .allTextContents();
  expect(l1Ticks.length).toBeGreaterThan(2);
  const ticks = await page.locator('section.charts svg .tick text').allTextContents();
  expect(ticks.filter((t) => /NaN|Infinity/.test(t))).toEqual([]);
  const transforms = await page
    .locator('section.charts svg [transform]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('transform') ?? ''));
  expect(transforms.filter((t) => /NaN|Infinity/.test(t))).toEqual([]);
  expect(problems).toEqual([]);
});

// Issue 11: a diverging loss printed as "1.3e+114" and overflowed its box. Weights of ±1e40 in a linear
// 2-3-1 network give losses near 1e161 from the first measurement.
const DIVERGED =
  '?dataset=circle&hidden=3&activation=linear&outputActivation=linear&loss=mse&useBias=1&seed=5&w=Wxpz-KNmsq0HlD5BIR9DnAEKAA';

test('a diverged loss reads as a short ×10ⁿ number that fits its box, as does the loss axis', async ({
  page,
}) => {
  const problems = consoleProblems(page);
  await page.goto(`./${DIVERGED}`);
  const box = page.getByTestId('train-loss');
  await expect(box).toHaveText(/^\d(\.\d+)?×10[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/);
  for (const id of ['train-loss', 'test-loss']) {
    const fits = await page
      .getByTestId(id)
      .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(fits.scroll, id).toBeLessThanOrEqual(fits.client);
  }
  // The whole metrics panel does not scroll sideways either.
  const panel = await page
    .getByRole('region', { name: 'Loss and accuracy' })
    .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(panel.scroll).toBeLessThanOrEqual(panel.client);
  await expect(page.getByRole('img', { name: /Loss chart/ })).toHaveAttribute('aria-label', /×10/);
  expect(problems).toEqual([]);
});
