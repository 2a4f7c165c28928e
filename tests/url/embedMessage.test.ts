import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { createMlp, createRng } from '../../src/engine';
import { parseEmbedMessage, readEmbedConfig, weightProblem } from '../../src/url/embedMessage';

describe('embedding API messages', () => {
  it('anything that is not a weightscope:<verb> object is ignored (null), never thrown on', () => {
    const ignored: unknown[] = [
      null,
      undefined,
      42,
      'weightscope:step',
      [],
      ['weightscope:step'],
      {},
      { type: 42 },
      { type: 'step' },
      { type: 'weightscope:' },
      { type: 'weightscope:reset' },
      { type: 'weightscope:state', step: 3 },
      { type: 'WEIGHTSCOPE:step' },
      new Proxy(
        {},
        {
          get() {
            throw new Error('hostile');
          },
        },
      ),
    ];
    for (const m of ignored) expect(parseEmbedMessage(m)).toBeNull();
  });

  it('no input makes the reader throw, and only the seven verbs are ever read', () => {
    const verbs = ['config', 'model', 'step', 'play', 'pause', 'select', 'get'];
    const message = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom(...verbs.map((v) => `weightscope:${v}`)), count: fc.anything() }),
      fc.record({ type: fc.constant('weightscope:select'), weight: fc.anything() }),
      fc.record({ type: fc.constant('weightscope:config'), config: fc.anything() }),
      fc.record({ type: fc.constant('weightscope:model'), model: fc.anything() }),
    );
    fc.assert(
      fc.property(message, (m) => {
        const r = parseEmbedMessage(m);
        if (r) expect(verbs).toContain(r.ok ? r.request.verb : r.verb);
      }),
      { numRuns: 500 },
    );
  });

  it('a verb with an unusable payload is refused with the reason, in the settings table’s words', () => {
    expect(parseEmbedMessage({ type: 'weightscope:step', count: 0 })).toEqual({
      ok: false,
      verb: 'step',
      error: 'step count must be a whole number between 1 and 10000; got 0',
    });
    expect(parseEmbedMessage({ type: 'weightscope:step', count: '5' })).toMatchObject({ ok: false });
    expect(parseEmbedMessage({ type: 'weightscope:step', count: 2.5 })).toMatchObject({ ok: false });
    expect(parseEmbedMessage({ type: 'weightscope:config', config: 'lr=1' })).toMatchObject({ ok: false });
    expect(parseEmbedMessage({ type: 'weightscope:model', model: 7 })).toMatchObject({ ok: false });
    expect(parseEmbedMessage({ type: 'weightscope:select', layer: -1, row: 0, col: 0 })).toMatchObject({
      ok: false,
    });
    expect(parseEmbedMessage({ type: 'weightscope:select', weight: { layer: 0, row: 0 } })).toMatchObject({
      ok: false,
    });
  });

  it('reads each verb’s payload', () => {
    expect(parseEmbedMessage({ type: 'weightscope:step' })).toEqual({
      ok: true,
      request: { verb: 'step', count: 1 },
    });
    expect(parseEmbedMessage({ type: 'weightscope:step', count: 30 })).toEqual({
      ok: true,
      request: { verb: 'step', count: 30 },
    });
    expect(parseEmbedMessage({ type: 'weightscope:select', layer: 1, row: 0, col: 'bias' })).toEqual({
      ok: true,
      request: { verb: 'select', weight: { layer: 1, row: 0, col: 'bias' } },
    });
    expect(parseEmbedMessage({ type: 'weightscope:select', weight: { layer: 0, row: 2, col: 1 } })).toEqual({
      ok: true,
      request: { verb: 'select', weight: { layer: 0, row: 2, col: 1 } },
    });
    expect(parseEmbedMessage({ type: 'weightscope:select', weight: null })).toEqual({
      ok: true,
      request: { verb: 'select', weight: null },
    });
    expect(parseEmbedMessage({ type: 'weightscope:model', model: { format: 'x' } })).toEqual({
      ok: true,
      request: { verb: 'model', text: '{"format":"x"}' },
    });
    expect(parseEmbedMessage({ type: 'weightscope:play' })).toEqual({ ok: true, request: { verb: 'play' } });
  });

  it('a model object that cannot be written as JSON is refused, not thrown on', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(parseEmbedMessage({ type: 'weightscope:model', model: cyclic })).toMatchObject({ ok: false });
  });
});

describe('a configuration from an embedding page is read as a link reads it', () => {
  it('accepts a valid partial setup', () => {
    expect(readEmbedConfig({ lr: 0.3, hidden: [3, 2], activation: 'relu' }, DEFAULT_CONFIG)).toEqual({
      ok: true,
      value: { lr: 0.3, hidden: [3, 2], activation: 'relu' },
    });
  });

  it('refuses a value outside the table with the same message a link gets', () => {
    expect(readEmbedConfig({ lr: 50 }, DEFAULT_CONFIG)).toEqual({
      ok: false,
      error: 'lr: learning rate must be between 0.000001 and 10; got 50',
    });
  });

  it('refuses a value of the wrong type, an unknown setting, a CSV data set, and NaN', () => {
    for (const patch of [
      { lr: '0.3' },
      { useBias: 1 },
      { hidden: '3,2' },
      { hidden: [3, 'x'] },
      { learningRate: 0.1 },
      { dataset: 'csv' },
      { lr: NaN },
      { seed: 1.5 },
    ]) {
      const r = readEmbedConfig(patch, DEFAULT_CONFIG);
      expect(r.ok, JSON.stringify(patch)).toBe(false);
    }
  });

  it('checks a setting against the current setup (a layer of 100 units is too wide on 2D data)', () => {
    expect(readEmbedConfig({ hidden: [100] }, DEFAULT_CONFIG).ok).toBe(false);
    expect(readEmbedConfig({ hidden: [100] }, { ...DEFAULT_CONFIG, dataset: 'digits' }).ok).toBe(true);
  });
});

describe('a selected weight must be in the network', () => {
  const mlp = createMlp(
    {
      inputs: 2,
      layers: [
        { units: 3, activation: 'tanh' },
        { units: 1, activation: 'tanh' },
      ],
      init: { kind: 'xavier_uniform' },
    },
    createRng(1),
  );
  it('accepts weights and biases inside, names the bound of those outside', () => {
    expect(weightProblem({ layer: 0, row: 2, col: 1 }, mlp)).toBeNull();
    expect(weightProblem({ layer: 1, row: 0, col: 'bias' }, mlp)).toBeNull();
    expect(weightProblem({ layer: 2, row: 0, col: 0 }, mlp)).toMatch(/layers 0 to 1/);
    expect(weightProblem({ layer: 0, row: 3, col: 0 }, mlp)).toMatch(/rows 0 to 2/);
    expect(weightProblem({ layer: 0, row: 0, col: 2 }, mlp)).toMatch(/cols 0 to 1/);
  });
});
