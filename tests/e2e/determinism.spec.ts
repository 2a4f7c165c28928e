import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { generate2d, isToy2dId } from '../../src/datasets';
import { serializeModel } from '../../src/engine';
import { checkConfig, DEFAULT_CONFIG, type Config } from '../../src/domain/config';
import { buildRun } from '../../src/domain/run';

// The same settings and seed give the same weights in the browser and in Node, to the last bit: the page's
// exported model after 25 Steps equals the engine's own run of the same config in this Node process. The
// cases cover every transcendental path: tanh, sigmoid and softmax outputs, normal draws (log, cos), data
// drawn with sin/cos, cross-entropy losses (exp, log1p, log), GELU, SiLU and sine, dropout masks.
const CASES: Partial<Config>[] = [
  { seed: 11, activation: 'relu', init: 'he_uniform', lr: 0.05 },
  {
    seed: 5,
    dataset: 'moons',
    activation: 'tanh',
    init: 'xavier_normal',
    outputActivation: 'sigmoid',
    loss: 'binary_cross_entropy',
    momentum: 0.9,
    l2: 0.001,
  },
  {
    seed: 3,
    dataset: 'circle',
    activation: 'sigmoid',
    init: 'lecun_normal',
    outputActivation: 'softmax',
    loss: 'cross_entropy',
    l1: 0.001,
  },
  // GELU, SiLU and sine (tanh, exp, sin) and dropout masks (their own 32-bit generator).
  { seed: 9, activation: 'gelu', dropout: 0.5 },
  { seed: 4, layerActivations: ['silu', 'sine'], outputActivation: 'sine', dropout: 0.2, momentum: 0.5 },
];

for (const patch of CASES) {
  test(`a link replays identically in Chromium and Node: ${JSON.stringify(patch)}`, async ({ page }) => {
    const query = Object.entries(patch)
      .map(([k, v]) => `${k}=${v}`)
      .join('&');
    await page.goto(`./?${query}`);
    for (let i = 0; i < 25; i++) await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.getByTestId('step-count')).toHaveText('25');
    await page.getByRole('button', { name: 'Import / Export' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Model file (.json)' }).click();
    const fromBrowser = readFileSync(await (await download).path(), 'utf8');

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
    s.trainer.run(25);
    expect(fromBrowser).toBe(serializeModel(s.mlp));
  });
}
