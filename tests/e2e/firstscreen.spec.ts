import { expect, test, type Locator, type Page } from '@playwright/test';

/** Bottom edge and right edge of an element, in page pixels from the top-left of the first screen. */
async function box(el: Locator) {
  await expect(el).toBeVisible();
  const b = await el.boundingBox();
  if (!b) throw new Error('no box');
  return { top: b.y, bottom: b.y + b.height, right: b.x + b.width };
}

const play = (page: Page) => page.getByRole('button', { name: 'Play', exact: true });
const heatmaps = (page: Page) => page.getByRole('img', { name: /Layer \d+ weights heatmap/ });
const outputMap = (page: Page) => page.getByRole('img', { name: /Decision map/ });
const lossChart = (page: Page) => page.getByRole('region', { name: 'Loss and accuracy' }).locator('canvas');

test('at 1280×720 (a projector) Play, the data, every heatmap, the output and the loss chart fit one screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  // A first-time visitor: the lesson door is open too.
  await page.goto('./');
  await expect(page.getByRole('region', { name: /Start here/ })).toBeVisible();
  const parts: [string, Locator][] = [
    ['Play', play(page)],
    ['data panel', page.getByRole('region', { name: 'Data' })],
    ['output map', outputMap(page)],
    ['loss chart', lossChart(page)],
  ];
  const n = await heatmaps(page).count();
  expect(n).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < n; i++) parts.push([`layer ${i + 1} heatmap`, heatmaps(page).nth(i)]);
  const outside: string[] = [];
  for (const [name, el] of parts) {
    const b = await box(el);
    if (b.bottom > 720 || b.right > 1280) outside.push(`${name} ends at y=${Math.round(b.bottom)}`);
  }
  expect(outside).toEqual([]);
});

test('on a 390×844 phone Play is on the first screen, the output within a screen and a half, nothing sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await expect(page.getByRole('region', { name: /Start here/ })).toBeVisible();
  expect((await box(play(page))).bottom).toBeLessThanOrEqual(844);
  expect((await box(outputMap(page))).top).toBeLessThanOrEqual(1.5 * 844);
  const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
});

/** Every weight as text, read from the table view (then back to the heatmaps). */
async function weights(page: Page): Promise<string[]> {
  const toggle = page.getByRole('button', { name: 'Table view' });
  await toggle.click();
  const tables = page.getByRole('table', { name: /Layer \d+ weights table/ });
  await expect(tables.first()).toBeVisible();
  const text = await tables.allInnerTexts();
  await toggle.click();
  await expect(heatmaps(page).first()).toBeVisible();
  return text;
}

/** A finger drawn down the middle of a heatmap canvas, as pointer events a touch screen sends. */
async function swipe(canvas: Locator) {
  await canvas.evaluate((c) => {
    const r = c.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const fire = (type: string, y: number) =>
      c.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          cancelable: true,
          pointerId: 7,
          pointerType: 'touch',
          isPrimary: true,
          button: type === 'pointermove' ? -1 : 0,
          buttons: type === 'pointerup' ? 0 : 1,
          clientX: x,
          clientY: y,
        }),
      );
    fire('pointerdown', r.top + 4);
    for (let y = r.top + 4; y < r.bottom - 4; y += 6) fire('pointermove', y);
    fire('pointerup', r.bottom - 4);
  });
}

test.describe('a vertical swipe over a heatmap', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test('scrolls the page and paints nothing while painting is off', async ({ page }) => {
    await page.goto('./');
    const canvas = heatmaps(page).first();
    await canvas.scrollIntoViewIfNeeded();
    const before = await weights(page);
    await swipe(canvas);
    expect(await weights(page)).toEqual(before);
    // The browser may pan the page over the canvas only if the canvas lets it.
    expect(await canvas.evaluate((c) => getComputedStyle(c).touchAction)).toBe('pan-y');
  });

  test('paints once the Paint toggle is on', async ({ page }) => {
    await page.goto('./');
    const toggle = page.getByRole('button', { name: 'Paint', exact: true });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const canvas = heatmaps(page).first();
    expect(await canvas.evaluate((c) => getComputedStyle(c).touchAction)).toBe('none');
    const before = await weights(page);
    await swipe(canvas);
    expect(await weights(page)).not.toEqual(before);
  });
});
