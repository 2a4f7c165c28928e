import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, HIDDEN_ACTIVATIONS, INITIALISERS, LOSSES } from '../../src/engine';
import { DEFAULT_CONFIG, LIMITS, type Config } from '../../src/domain/config';
import { decodeLink, encodeLink, FIELD_ORDER, LINKABLE_DATASETS, PANEL_IDS } from '../../src/url';

const num = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
const int = (lo: number, hi: number) => fc.integer({ min: lo, max: hi });

/** Every valid setting, as a link may carry it. */
const configArb: fc.Arbitrary<Config> = fc
  .record({
    dataset: fc.constantFrom(...LINKABLE_DATASETS),
    noise: num(0, 0.5),
    trainRatio: num(0.1, 0.9),
    points: int(20, LIMITS.points),
    dataSeed: int(0, 2 ** 32 - 1),
    shiftX: num(-6, 6),
    shiftY: num(-6, 6),
    balance: num(0.05, 0.95),
    hidden: fc.array(int(1, LIMITS.units2d), { maxLength: LIMITS.hiddenLayers }),
    activation: fc.constantFrom(...HIDDEN_ACTIVATIONS),
    outputActivation: fc.constantFrom(...ACTIVATIONS),
    loss: fc.constantFrom(...LOSSES),
    useBias: fc.boolean(),
    init: fc.constantFrom(...INITIALISERS),
    initValue: num(-100, 100),
    seed: int(0, 2 ** 32 - 1),
    lr: num(1e-6, 100),
    batchSize: int(1, LIMITS.batchSize),
    l1: num(0, 10),
    l2: num(0, 10),
    l1Mode: fc.constantFrom('subgradient' as const, 'clip_at_zero' as const),
    momentum: num(0, 0.999),
    clip: num(0, 1e6),
    nonNegative: fc.boolean(),
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
      'noise=0.9: outside 0 … 0.5',
      'hidden=8,999: each layer needs 1 … 64 units',
      'activation=elu: not one of relu, leaky_relu, tanh, sigmoid, linear',
      'seed=1.5: not a whole number',
      'lr=abc: not a number',
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
