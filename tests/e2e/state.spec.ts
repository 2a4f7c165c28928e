import { expect, test, type Page } from '@playwright/test';

// Where features meet (issue 10): lessons, the timeline and undo share one owner of state, so a lesson starts
// its own history and undo cannot reach across it. Each test reproduces a bug the first release had.

test.use({ viewport: { width: 1280, height: 720 } });

/** Every layer's weights table as text (the values the page shows). */
const tables = async (page: Page) => {
  const toggle = page.getByRole('button', { name: 'Table view' });
  await toggle.click();
  const text = await page
    .getByRole('table', { name: /Layer \d+ weights table/ })
    .evaluateAll((ts) => ts.map((t) => t.textContent).join('|'));
  await toggle.click();
  return text;
};

async function open(page: Page, errors: string[]) {
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
}

async function openLesson(page: Page, title: string) {
  const door = page.getByRole('region', { name: /Start here/ });
  await door.getByRole('button', { name: title, exact: true }).click();
  await expect(page.getByTestId('lesson-check')).not.toContainText(/Setting up|Loading/, { timeout: 15_000 });
}

const stepButton = (page: Page) => page.getByRole('button', { name: 'Step', exact: true });

async function rewindToStart(page: Page) {
  const scrubber = page.getByRole('slider', { name: 'Shown step' });
  await scrubber.scrollIntoViewIfNeeded();
  await scrubber.focus();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('step-count')).toHaveText('0');
}

test("a lesson's timeline starts at the lesson's network, not the one before it (bug 1)", async ({
  page,
}) => {
  const errors: string[] = [];
  await open(page, errors);
  // Free exploration first: a trained network that is not the lesson's.
  await page.getByRole('button', { name: 'Step epoch' }).click();
  await openLesson(page, 'Can weights be negative?');
  const opened = await tables(page);
  expect(opened).not.toMatch(/−\d/); // the lesson's hand-set weights are all positive
  for (let i = 0; i < 3; i++) await stepButton(page).click();
  await expect(page.getByTestId('step-count')).toHaveText('3');
  await rewindToStart(page);
  expect(await tables(page)).toBe(opened);
  expect(errors).toEqual([]);
});

test('lesson 2: Step, then rewind to the start, does not say "Seen it" without painting (bug 1)', async ({
  page,
}) => {
  const errors: string[] = [];
  await open(page, errors);
  await openLesson(page, 'Excitation and inhibition');
  const check = page.getByTestId('lesson-check');
  await expect(check).not.toContainText('Seen it!');
  await stepButton(page).click();
  await rewindToStart(page);
  await expect(check).not.toContainText('Seen it!');
  expect(errors).toEqual([]);
});

test('undo after opening a lesson does not replay edits from before it (bug 2)', async ({ page }) => {
  const errors: string[] = [];
  await open(page, errors);
  // Paint in free exploration: zero every weight of layer 1 with a stroke.
  await page.getByRole('radio', { name: 'Zero' }).check();
  const canvas = page.getByRole('img', { name: 'Layer 1 weights heatmap' });
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + 3, box.y + 3);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 3, box.y + box.height - 3, { steps: 10 });
  await page.mouse.up();
  await openLesson(page, 'Can weights be negative?');
  const opened = await tables(page);
  const undo = page.getByRole('button', { name: /Undo/ });
  await expect(undo).toBeDisabled();
  await page.keyboard.press('Control+z');
  expect(await tables(page)).toBe(opened);
  expect(errors).toEqual([]);
});

test('undo of a prune restores the weights and the mask; redo prunes again (bug 4)', async ({ page }) => {
  const errors: string[] = [];
  await open(page, errors);
  await openLesson(page, 'How many weights does it need? Pruning');
  const before = await tables(page);
  expect(before).not.toContain('pruned');
  await page.getByRole('button', { name: 'Apply pruning' }).click();
  const pruned = await tables(page);
  expect(pruned).toContain('pruned');
  await page.getByRole('button', { name: /Undo/ }).click();
  expect(await tables(page)).toBe(before);
  await page.getByRole('button', { name: /Redo/ }).click();
  expect(await tables(page)).toBe(pruned);
  expect(errors).toEqual([]);
});
