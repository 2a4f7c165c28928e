import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, HIDDEN_ACTIVATIONS, INITIALISERS, LOSSES } from '../../src/engine';
import { DEFAULT_CONFIG, type Config } from '../../src/domain/config';
import { HIDDEN_LIMITS, NUMBER_SETTINGS as S } from '../../src/domain/settings';
import { FEATURE_IDS } from '../../src/datasets/features';
import { decodeLink, encodeLink, FIELD_ORDER, LINKABLE_DATASETS, PANEL_IDS } from '../../src/url';

/** Every value a row of the settings table allows. */
const num = (s: { min: number; max: number }) =>
  fc.double({ min: s.min, max: s.max, noNaN: true, noDefaultInfinity: true });
const int = (s: { min: number; max: number }) => fc.integer({ min: s.min, max: s.max });

/** Every valid setting, as a link may carry it. */
const configArb: fc.Arbitrary<Config> = fc
  .record({
    dataset: fc.constantFrom(...LINKABLE_DATASETS),
    noise: num(S.noise),
    trainRatio: num(S.trainRatio),
    points: int(S.points),
    dataSeed: int(S.dataSeed),
    shiftX: num(S.shiftX),
    shiftY: num(S.shiftY),
    balance: num(S.balance),
    features: fc.subarray([...FEATURE_IDS], { minLength: 1 }).map((f) => f as Config['features']),
    hidden: fc.array(int({ min: 1, max: HIDDEN_LIMITS.units2d }), { maxLength: HIDDEN_LIMITS.maxLayers }),
    activation: fc.constantFrom(...HIDDEN_ACTIVATIONS),
    outputActivation: fc.constantFrom(...ACTIVATIONS),
    loss: fc.constantFrom(...LOSSES),
    useBias: fc.boolean(),
    init: fc.constantFrom(...INITIALISERS),
    initValue: num(S.initValue),
    seed: int(S.seed),
    lr: num(S.lr),
    batchSize: int(S.batchSize),
    l1: num(S.l1),
    l2: num(S.l2),
    l1Mode: fc.constantFrom('subgradient' as const, 'clip_at_zero' as const),
    momentum: num(S.momentum),
    clip: num(S.clip),
    nonNegative: fc.boolean(),
    patience: int(S.patience),
    targetLoss: num(S.targetLoss),
    dropout: num(S.dropout),
    perLayer: fc.array(fc.option(fc.constantFrom(...HIDDEN_ACTIVATIONS)), { minLength: 8, maxLength: 8 }),
  })
  .map(({ perLayer, ...c }) => ({ ...c, layerActivations: c.hidden.map((_, i) => perLayer[i]) }) as Config);

describe('a link carries the whole configuration', () => {
  it('every setting survives encode → decode exactly, with nothing ignored', () => {
    fc.assert(
      fc.property(configArb, (config) => {
        const back = decodeLink(encodeLink({ config }));
        expect(back.ignored).toEqual([]);
        expect(back.config).toEqual(config);
      }),
      { numRuns: 400 },
    );
  });

  it('writes every Config key, so a link does not depend on today’s defaults', () => {
    const q = new URLSearchParams(encodeLink({ config: DEFAULT_CONFIG }));
    for (const k of FIELD_ORDER) expect(q.has(k)).toBe(true);
    expect([...FIELD_ORDER].sort()).toEqual(Object.keys(DEFAULT_CONFIG).sort());
  });

  it('carries SiLU, GELU and sine, as the hidden activation and per layer', () => {
    const s = decodeLink('activation=gelu&hidden=4,4,4&layerActivations=silu,,sine&outputActivation=sine');
    expect(s.ignored).toEqual([]);
    expect(s.config).toMatchObject({
      activation: 'gelu',
      layerActivations: ['silu', null, 'sine'],
      outputActivation: 'sine',
    });
    const config = { ...DEFAULT_CONFIG, ...s.config } as Config;
    expect(decodeLink(encodeLink({ config })).config).toEqual(config);
  });

  it('carries the dropout rate, and refuses one above 0.9 with the table’s message', () => {
    expect(decodeLink('dropout=0.5').config).toEqual({ dropout: 0.5 });
    expect(decodeLink('dropout=0.95').ignored).toEqual([
      'dropout=0.95: dropout rate must be between 0 and 0.9; got 0.95',
    ]);
  });

  it('hidden panels, lesson, presentation and weights round-trip too', () => {
    const s = decodeLink(
      encodeLink({
        config: DEFAULT_CONFIG,
        hidden: ['data', 'lr'],
        lesson: 'biases-1',
        presentation: true,
        weights: 'AbC-_',
      }),
    );
    expect(s).toMatchObject({
      hidden: ['data', 'lr'],
      lesson: 'biases-1',
      presentation: true,
      weights: 'AbC-_',
      ignored: [],
    });
  });
});

describe('what a link cannot apply is ignored and listed; the rest applies', () => {
  it('unknown, malformed and out-of-range parameters are each listed with why', () => {
    const s = decodeLink(
      '?lr=abc&noise=0.9&seed=1.5&dataset=csv&foo=1&hidden=8,999&batchSize=32&activation=elu',
    );
    expect(s.config).toEqual({ batchSize: 32 });
    expect(s.ignored).toEqual([
      'dataset=csv: an imported CSV file cannot travel in a link',
      'noise=0.9: noise must be between 0 and 0.5; got 0.9',
      'hidden=8,999: units in hidden layer 2 must be a whole number between 1 and 64 on 2D data; got 999',
      "activation=elu: hidden activation must be one of relu, leaky_relu, tanh, sigmoid, linear, silu, gelu, sine; got 'elu'",
      'seed=1.5: seed must be a whole number between 0 and 4294967295; got 1.5',
      "lr=abc: learning rate must be a number between 0.000001 and 10; got 'abc'",
      'foo: not a Weightscope setting',
    ]);
  });

  it('wide data sets allow wide layers; layerActivations must match the hidden layers', () => {
    expect(decodeLink('dataset=digits&hidden=200').config.hidden).toEqual([200]);
    expect(decodeLink('hidden=8,8&layerActivations=relu').ignored[0]).toMatch(/needs 2 entries/);
  });

  it('accepts TensorFlow Playground’s *_hide parameters and its names', () => {
    const s = decodeLink(
      'learningRate_hide=true&dataset_hide=1&heatmaps_hide=true&noise_hide=false&nonsense_hide=true',
    );
    expect(s.hidden).toEqual(['lr', 'dataset', 'heatmaps']);
    expect(s.ignored).toEqual(['nonsense_hide: no panel or control has that name']);
  });

  it('hide= takes a comma list of panel and control ids', () => {
    const s = decodeLink(`hide=${PANEL_IDS.join(',')},lr,zzz`);
    expect(s.hidden).toEqual([...PANEL_IDS, 'lr']);
    expect(s.ignored).toEqual(['hide=zzz: no panel or control has that name']);
  });

  it('a repeated parameter uses the first and says so; long values are shortened in the notice', () => {
    const s = decodeLink(`seed=3&seed=4&x${'y'.repeat(100)}=1`);
    expect(s.config.seed).toBe(3);
    expect(s.ignored[0]).toBe('seed: given more than once (the first is used)');
    expect(s.ignored[1].length).toBeLessThan(80);
  });

  it('hundreds of random links never throw and only ever yield valid values', () => {
    const key = fc.oneof(
      fc.constantFrom(...FIELD_ORDER, 'hide', 'lesson', 'present', 'w', 'lr_hide'),
      fc.string(),
    );
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom('<img src=x onerror=alert(1)>', 'NaN', 'Infinity', '1e999', '-0', ''),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 12 }), fc.string(), (pairs, junk) => {
        const q = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&') + junk;
        const s = decodeLink(q);
        for (const [k, v] of Object.entries(s.config)) {
          if (typeof v === 'number') expect(Number.isFinite(v), k).toBe(true);
        }
        if (s.lesson) expect(s.lesson).toMatch(/^[a-z0-9-]+$/);
      }),
      { numRuns: 600 },
    );
  });
});

describe('input features in a link', () => {
  it('a link carries the chosen features and reads them back', () => {
    const config: Config = { ...DEFAULT_CONFIG, features: ['x1sq', 'sinx1'] };
    const q = encodeLink({ config });
    expect(new URLSearchParams(q).get('features')).toBe('x1sq,sinx1');
    const back = decodeLink(q);
    expect(back.ignored).toEqual([]);
    expect(back.config.features).toEqual(['x1sq', 'sinx1']);
  });

  it('a link without them (every older link) leaves x₁, x₂', () => {
    const q = new URLSearchParams(encodeLink({ config: DEFAULT_CONFIG }));
    q.delete('features');
    const back = decodeLink(q.toString());
    expect(back.ignored).toEqual([]);
    expect(back.config.features).toBeUndefined();
    expect({ ...DEFAULT_CONFIG, ...back.config }.features).toEqual(['x1', 'x2']);
  });

  it('an unknown feature or an empty list is refused and said why', () => {
    expect(decodeLink('features=x1,cos').ignored).toEqual([
      "features=x1,cos: input feature must be one of x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2; got 'cos'",
    ]);
    expect(decodeLink('features=').ignored[0]).toMatch(
      /^features=: input features must include at least one/,
    );
  });
});
