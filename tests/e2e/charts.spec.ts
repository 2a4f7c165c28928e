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

/** Boxes of every text and every cell of an exported SVG, as Chromium lays them out. */
async function layoutOf(page: Page, svgText: string) {
  await page.setContent(`<!doctype html><body style="margin:0">${svgText}</body>`);
  return page
    .locator('svg')
    .first()
    .evaluate((svg) => {
      const box = (el: Element) => {
        const b = (el as SVGGraphicsElement).getBBox();
        const m = (el as SVGGraphicsElement).getCTM();
        const e = m ? m.e : 0;
        const f = m ? m.f : 0;
        return {
          x: b.x + e,
          y: b.y + f,
          w: b.width,
          h: b.height,
          group: el.closest('g')?.getAttribute('transform') ?? '',
        };
      };
      return {
        width: (svg as SVGSVGElement).width.baseVal.value,
        height: (svg as SVGSVGElement).height.baseVal.value,
        texts: [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', ...box(t) })),
        cells: [...svg.querySelectorAll('g rect')].map(box),
      };
    });
}

type Box = { x: number; y: number; w: number; h: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

async function exported(page: Page, button: string): Promise<string> {
  await page.getByRole('button', { name: 'Import / Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import and export' });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: button }).click(),
  ]);
  const { readFileSync } = await import('node:fs');
  return readFileSync((await file.path())!, 'utf8');
}

test('the captions of an exported heatmap SVG never overlap each other or the cells, and fit the picture', async ({
  page,
}) => {
  // Two inputs: each layer's grid is narrower than its caption, which is where captions ran into each other.
  await page.goto('./?dataset=xor&hidden=1,1,2');
  const { width, height, texts, cells } = await layoutOf(page, await exported(page, 'Heatmaps as SVG'));
  expect(texts.length).toBe(4);
  for (const [i, a] of texts.entries()) {
    expect(a.x, a.text).toBeGreaterThanOrEqual(0);
    expect(a.x + a.w, a.text).toBeLessThanOrEqual(width);
    expect(a.y + a.h, a.text).toBeLessThanOrEqual(height);
    for (const b of texts.slice(i + 1)) expect(overlap(a, b), `${a.text} / ${b.text}`).toBe(false);
    for (const c of cells) expect(overlap(a, c), `${a.text} over a cell`).toBe(false);
  }
});

test('the exported loss chart labels a diverged loss briefly, inside the picture', async ({ page }) => {
  await page.goto(`./${DIVERGED}`);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  const { width, texts } = await layoutOf(page, await exported(page, 'Loss chart as SVG'));
  for (const t of texts) {
    expect(t.text).not.toMatch(/e\+|NaN|Infinity/);
    expect(t.x, t.text).toBeGreaterThanOrEqual(0);
    expect(t.x + t.w, t.text).toBeLessThanOrEqual(width);
  }
  expect(texts.map((t) => t.text).join(' ')).toMatch(/×10/);
});
