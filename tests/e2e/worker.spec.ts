import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { generate2d, isToy2dId } from '../../src/datasets';
import { serializeModel } from '../../src/engine';
import { checkConfig, DEFAULT_CONFIG, type Config } from '../../src/domain/config';
import { buildRun } from '../../src/domain/run';

// Play trains in a Web Worker; the weights it leaves are still bit for bit the engine's in Node for as many
// steps as the page shows, and the page keeps drawing frames while a big network trains.

const trainingWorkers = (page: Page) => page.workers().filter((w) => /entry/.test(w.url()));
const stepCount = async (page: Page) => Number(await page.getByTestId('step-count').textContent());

test('play in the worker, pause: the exported weights equal the Node engine after as many steps', async ({
  page,
}) => {
  const patch: Partial<Config> = { seed: 5, dataset: 'moons', momentum: 0.9, l2: 0.001, batchSize: 5 };
  const query = Object.entries(patch)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  await page.goto(`./?${query}`);
  await page.getByRole('button', { name: /Play/ }).click();
  await expect.poll(() => stepCount(page)).toBeGreaterThan(300);
  await page.getByRole('button', { name: /Pause/ }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  // The play loop's next frame shows whatever it had applied and not yet shown; after it, nothing moves.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  expect(trainingWorkers(page)).toHaveLength(1);
  const n = await stepCount(page);
  await page.getByRole('button', { name: 'Import / Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Model file (.json)' }).click();
  const fromBrowser = readFileSync(await (await download).path(), 'utf8');
  // Paused means paused: nothing that was still under way in the worker moved the count afterwards.
  expect(await stepCount(page)).toBe(n);

  const checked = checkConfig({ ...DEFAULT_CONFIG, ...patch });
  if (!checked.ok) throw new Error(checked.error);
  const c = checked.value;
  if (!isToy2dId(c.dataset)) throw new Error(c.dataset);
  const data = generate2d(c.dataset, {
    n: c.points,
    noise: c.noise,
    trainRatio: c.trainRatio,
    seed: c.dataSeed,
  });
  const s = buildRun(c, data);
  s.trainer.run(n);
  expect(fromBrowser).toBe(serializeModel(s.mlp));
});

test('the page keeps drawing frames while a big network trains in the worker', async ({ page }) => {
  await page.goto('./?dataset=digits&hidden=256,256&batchSize=64');
  await expect(page.getByTestId('step-count')).toHaveText('0');
  await page.getByRole('button', { name: /Play/ }).click();
  await expect.poll(() => stepCount(page)).toBeGreaterThan(0);
  // Frames drawn while 20 more steps are trained (a frozen page would draw none until they were done).
  const r = (await page.evaluate(`new Promise((resolve) => {
    const count = () => Number(document.querySelector('[data-testid="step-count"]').textContent);
    const s0 = count();
    let frames = 0;
    const f = () => {
      frames++;
      if (count() - s0 >= 20) resolve({ frames, steps: count() - s0 });
      else requestAnimationFrame(f);
    };
    requestAnimationFrame(f);
  })`)) as { frames: number; steps: number };
  await page.getByRole('button', { name: /Pause/ }).click();
  expect(trainingWorkers(page)).toHaveLength(1);
  expect(r.steps).toBeGreaterThanOrEqual(20);
  expect(r.frames).toBeGreaterThan(2);
});
