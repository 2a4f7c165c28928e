import { expect, test, type Page, type TestInfo } from '@playwright/test';

// Each lesson, opened from the front door and followed as its "Try this" text says, with the real controls,
// until its own check says "Seen it!". The app is seeded, so every run trains the same network; only how
// many batches fit in a frame at "max" speed varies, and each check asks for a state, not a step count.

test.use({ viewport: { width: 1280, height: 720 } });

const SEEN = 'Seen it!';
/** Long enough for a few thousand batches at max speed on a slow, shared machine. */
const TRAINING = { timeout: 30_000 };

const check = (page: Page) => page.getByTestId('lesson-check');
const stepCount = async (page: Page) => Number(await page.getByTestId('step-count').textContent());
const playButton = (page: Page) => page.getByRole('button', { name: 'Play', exact: true });
const pauseButton = (page: Page) => page.getByRole('button', { name: 'Pause', exact: true });

/** Opens the page as a first-time visitor, clicks the lesson in the front door, waits for its check. */
async function openLesson(page: Page, testInfo: TestInfo, number: number, title: string) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await page
    .getByRole('region', { name: /Start here/ })
    .getByRole('button', { name: title, exact: true })
    .click();
  await expect(page.getByRole('heading', { name: `Lesson ${number} of 12: ${title}` })).toBeVisible();
  await expect(check(page)).not.toContainText(/Setting up|Loading/, { timeout: 15_000 });
  await expect(check(page)).not.toContainText(SEEN);
  await page.screenshot({ path: testInfo.outputPath('lesson-opened.png'), fullPage: true });
  return errors;
}

/** The screenshot of the lesson with its check passed, and no page errors on the way. */
async function finish(page: Page, testInfo: TestInfo, errors: string[]) {
  await expect(check(page)).toContainText(SEEN);
  await page.screenshot({ path: testInfo.outputPath('lesson-seen.png'), fullPage: true });
  expect(errors).toEqual([]);
}

/** The fastest "Speed" choice: as many batches as fit in each frame. */
const fastest = (page: Page) => page.getByLabel('Speed').selectOption('0');

async function play(page: Page) {
  await playButton(page).click();
  await expect(pauseButton(page)).toBeVisible();
}
async function pause(page: Page) {
  await pauseButton(page).click();
  await expect(playButton(page)).toBeVisible();
}

test('1 negative weights: Step a few times, then Play, until weights have turned negative', async ({
  page,
}, testInfo) => {
  const errors = await openLesson(page, testInfo, 1, 'Can weights be negative?');
  await expect(check(page)).toContainText('0 weights have turned negative');
  const step = page.getByRole('button', { name: 'Step', exact: true });
  for (let i = 0; i < 3; i++) await step.click();
  await expect(page.getByTestId('step-count')).toHaveText('3');
  await play(page);
  await expect(check(page)).toContainText(SEEN, TRAINING);
  await pause(page);
  await expect(check(page)).toContainText(/\d+ weights have turned negative \(\d+ of them on ReLU outputs\)/);
  await finish(page, testInfo, errors);
});

test('2 excitation and inhibition: painting the x₁ weight to −1.5 with the Set brush flips it', async ({
  page,
}, testInfo) => {
  const errors = await openLesson(page, testInfo, 2, 'Excitation and inhibition');
  await expect(check(page)).toContainText('The weight from x₁ to h₁ is +1.50');
  await page.getByRole('radio', { name: 'Set' }).check();
  const value = page.getByRole('spinbutton', { name: 'Brush value (exact)' });
  await value.fill('-1.5');
  await value.blur();
  // Layer 1 is one unit (one row) by two inputs: the weight from x₁ is the first cell.
  const canvas = page.getByRole('img', { name: 'Layer 1 weights heatmap' });
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  const cell = box.height;
  await page.mouse.click(box.x + cell / 2, box.y + cell / 2);
  await expect(check(page)).toContainText('x₁ now inhibits h₁ (w = −1.50)');
  // Only that weight changed: the table view reads −1.5 from x₁ and still −1.5 from x₂.
  await page.getByRole('button', { name: 'Table view' }).click();
  const row = page.getByRole('table', { name: 'Layer 1 weights table' }).locator('tbody tr').first();
  await expect(row.locator('td').nth(0)).toHaveText('−1.500');
  await expect(row.locator('td').nth(1)).toHaveText('−1.500');
  await finish(page, testInfo, errors);
});

test('3 flip an input: "Train both" mirrors the x₁ weights exactly', async ({ page }, testInfo) => {
  const errors = await openLesson(page, testInfo, 3, 'Flip an input, flip its weights');
  await expect(check(page)).toContainText('Press "Train both".');
  await page.getByRole('button', { name: 'Train both (400 steps)' }).click();
  await expect(check(page)).toContainText('exactly mirrored and every other weight exactly equal');
  await expect(page.getByText(/Largest \|w₁\(negated\) \+ w₁\(original\)\| on x₁: 0\b/)).toBeVisible();
  await finish(page, testInfo, errors);
});

test('4 positive weights only: stuck on XOR with the constraint, solved once it is turned off', async ({
  page,
}, testInfo) => {
  const errors = await openLesson(page, testInfo, 4, 'What if weights could only be positive?');
  await page.getByText('Advanced', { exact: true }).click();
  const constraint = page.getByRole('checkbox', { name: 'Keep weights non-negative' });
  await expect(constraint).toBeChecked();
  await fastest(page);
  await play(page);
  await expect(check(page)).toContainText('Now turn the constraint off', TRAINING);
  await expect.poll(() => stepCount(page), TRAINING).toBeGreaterThanOrEqual(400);
  await pause(page);
  // Positive weights only: accuracy stalls well short of XOR.
  await expect(check(page)).toContainText(
    /With positive weights only the best accuracy was (\d|[1-7]\d|80)%/,
  );
  await constraint.uncheck();
  await play(page);
  await expect(check(page)).toContainText(SEEN, TRAINING);
  await pause(page);
  await expect(check(page)).toContainText(/With negative weights allowed: (9\d|100)%/);
  await finish(page, testInfo, errors);
});

test('5 negative outputs: the same weights seen through ReLU, tanh and sigmoid', async ({
  page,
}, testInfo) => {
  const errors = await openLesson(page, testInfo, 5, 'What does a negative output mean?');
  await expect(check(page)).toContainText('Still to try: tanh, sigmoid.');
  await page.getByRole('button', { name: 'Step epoch' }).click();
  await page.getByRole('button', { name: 'Step epoch' }).click();
  await expect(page.getByTestId('epoch-count')).toHaveText('2');
  await page.getByRole('button', { name: 'Table view' }).click();
  const table = page.getByRole('table', { name: 'Layer 1 weights table' });
  const weights = await table.textContent();
  await page.getByRole('radio', { name: 'tanh' }).check();
  await expect(check(page)).toContainText('Still to try: sigmoid.');
  await page.getByRole('radio', { name: 'sigmoid' }).check();
  await expect(check(page)).toContainText('the same weights through ReLU, tanh and sigmoid');
  // Switching the activation keeps every weight.
  expect(await table.textContent()).toBe(weights);
  await finish(page, testInfo, errors);
});

test('6 initialisation: zero weights stay symmetric for 100 steps; five initialisations compared', async ({
  page,
}, testInfo) => {
  const errors = await openLesson(page, testInfo, 6, 'Does the starting point matter? Initialisation');
  await expect(check(page)).toContainText('Train the zero-initialised network for 100 steps (step 0)');
  await page.getByLabel('Speed').selectOption('10');
  await play(page);
  await expect(check(page)).toContainText(SEEN, TRAINING);
  await pause(page);
  await expect(check(page)).toContainText(/After \d+ steps every hidden unit still has identical weights/);
  await page.getByRole('button', { name: 'Compare five initialisations' }).click();
  const compared = page.getByRole('table', { name: 'Initialisations compared' });
  await expect(compared.locator('tbody tr')).toHaveCount(5);
  await expect(compared.getByRole('rowheader', { name: 'zeros' })).toBeVisible();
  await finish(page, testInfo, errors);
});

test('7 regularisation: overfitting seen, then L1 clipping at zero makes ≥ 20% of the weights exactly 0', async ({
  page,
}, testInfo) => {
  const errors = await openLesson(page, testInfo, 7, 'Overfitting, and what L1 and L2 do to weights');
  await page.getByRole('checkbox', { name: 'Show test points (hollow)' }).check();
  await fastest(page);
  await play(page);
  await expect(check(page)).toContainText('Overfitting seen.', TRAINING);
  await pause(page);
  await expect(page.getByTestId('early-stop')).toContainText('early stopping would stop there');
  // "Reset and use Add L1": a fresh start from the seed, trained with L1 that stops at zero.
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByTestId('step-count')).toHaveText('0');
  await page.getByRole('button', { name: 'Add L1 (0.01, clip at zero)' }).click();
  await expect(page.getByLabel('L1 strength')).toHaveValue('0.01');
  await play(page);
  await expect(check(page)).toContainText(SEEN, TRAINING);
  await pause(page);
  await expect(check(page)).toContainText(/L1 has set (2\d|[3-9]\d|100)% of the weights to exactly 0/);
  await finish(page, testInfo, errors);
});

test('8 pruning: train past 95%, prune 70% and retrain with the mask held', async ({ page }, testInfo) => {
  const errors = await openLesson(page, testInfo, 8, 'How many weights does it need? Pruning');
  await fastest(page);
  await play(page);
  await expect
    .poll(async () => parseFloat((await page.getByTestId('train-accuracy').textContent()) ?? ''), TRAINING)
    .toBeGreaterThanOrEqual(95);
  await pause(page);
  await expect(check(page)).toContainText('Pruned 0% (aim ≥ 50%)');
  const slider = page.getByRole('slider', { name: /Prune/ });
  await slider.fill('0.7');
  await expect(slider).toHaveAttribute('aria-valuetext', '70%');
  await page.getByRole('button', { name: 'Apply pruning' }).click();
  // Right after pruning the check may already pass, or wait for retraining to win the accuracy back.
  await expect(check(page)).toContainText(/Pruned 70%|^✓ 70% of the weights pruned/);
  await play(page);
  await expect(check(page)).toContainText(SEEN, TRAINING);
  await pause(page);
  await expect(check(page)).toContainText(
    /70% of the weights pruned and the network still gets (9\d|100)% right/,
  );
  await finish(page, testInfo, errors);
});

test('9 biases: stuck without biases, solved once they are turned on', async ({ page }, testInfo) => {
  const errors = await openLesson(page, testInfo, 9, 'What are biases for?');
  await fastest(page);
  await play(page);
  await expect(check(page)).toContainText('Now turn biases on', TRAINING);
  await expect.poll(() => stepCount(page), TRAINING).toBeGreaterThanOrEqual(400);
  await pause(page);
  await expect(check(page)).toContainText(/Without biases: ([0-7]?\d)% at best/);
  await page.getByText('Init & biases').click();
  await page.getByRole('checkbox', { name: 'Biases' }).check();
  await expect(page.getByRole('button', { name: 'Biases on' })).toBeVisible();
  await play(page);
  await expect(check(page)).toContainText(SEEN, TRAINING);
  await pause(page);
  await expect(check(page)).toContainText(/with biases (9[5-9]|100)%/);
  await finish(page, testInfo, errors);
});

test('10 digits: train until test accuracy passes 90%', async ({ page }, testInfo) => {
  const errors = await openLesson(page, testInfo, 10, 'What does a hidden unit look for? Handwritten digits');
  await expect(check(page)).toContainText('train until it passes 90%');
  await fastest(page);
  await play(page);
  await expect(check(page)).toContainText(SEEN, TRAINING);
  await pause(page);
  await expect(check(page)).toContainText(/Test accuracy (9\d|100)%/);
  await finish(page, testInfo, errors);
});

test('11 MNIST: train past 85%; the check names the unit that votes hardest for "3"', async ({
  page,
}, testInfo) => {
  const errors = await openLesson(page, testInfo, 11, 'Which pixels make a unit vote "3"? MNIST 28×28');
  await expect(check(page)).toContainText('train until it passes 85%');
  await expect(page.getByRole('img', { name: 'unit 1, 28×28 weights' }).first()).toBeVisible();
  await fastest(page);
  await play(page);
  // 784 inputs: a frame holds few batches, so this lesson gets longer than the others (a hang limit only).
  await expect(check(page)).toContainText(SEEN, { timeout: 120_000 });
  await pause(page);
  await expect(check(page)).toContainText(
    /Unit \d+ pushes hardest towards "3" \(weight \+\d\.\d\d into output 3\)/,
  );
  await finish(page, testInfo, errors);
});

test('12 words: after 100 steps "great" weighs positive and "awful" negative', async ({ page }, testInfo) => {
  const errors = await openLesson(page, testInfo, 12, 'Words with signs');
  await expect(check(page)).toContainText('Train for 100 steps (step 0)');
  await page.getByLabel('Speed').selectOption('10');
  await play(page);
  await expect(check(page)).toContainText(SEEN, TRAINING);
  await pause(page);
  await expect(check(page)).toContainText(/"great" has weight \+\d+\.\d\d and "awful" −\d+\.\d\d/);
  await finish(page, testInfo, errors);
});
