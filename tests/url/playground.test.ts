import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configProblems, DEFAULT_CONFIG, normaliseConfig } from '../../src/domain/config';
import { decodeLink, isPlaygroundLink } from '../../src/url';
import { decodePlaygroundLink as decodeWith } from '../../src/url/playground';

const decodePlaygroundLink = (hash: string) => decodeWith(hash, decodeLink);

/** The address TensorFlow Playground's page shows as it starts (its defaults, a seed it drew). */
const PLAYGROUND_START =
  '#activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03&regularizationRate=0' +
  '&noise=0&networkShape=4,2&seed=0.70348&showTestData=false&discretize=false&percTrainData=50&x=true&y=true' +
  '&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false' +
  '&collectStats=false&problem=classification&initZero=false&hideText=false';

/** Playground's page with one setting changed (as its address would read). */
const withSetting = (key: string, value: string) =>
  PLAYGROUND_START.replace(new RegExp(`([#&])${key}=[^&]*`), `$1${key}=${value}`);

describe('a TensorFlow Playground address read as the same setup', () => {
  it('reads Playground’s start as its experiment: circle, 4-2 tanh, U(−0.5, 0.5), rate 0.03, batch 10', () => {
    const link = decodePlaygroundLink(PLAYGROUND_START);
    expect(link.from).toBe('playground');
    expect(link.config).toMatchObject({
      dataset: 'circle',
      points: 500,
      noise: 0,
      trainRatio: 0.5,
      features: ['x1', 'x2'],
      hidden: [4, 2],
      layerActivations: [null, null],
      activation: 'tanh',
      outputActivation: 'tanh',
      loss: 'mse',
      useBias: true,
      init: 'uniform',
      initValue: 0.5,
      lr: 0.03,
      batchSize: 10,
    });
    expect(link.config.l1 ?? 0).toBe(0);
    expect(link.config.l2 ?? 0).toBe(0);
    // Only what truly differs is listed: the random numbers and the biases' start.
    expect(link.ignored).toHaveLength(2);
    expect(link.ignored[0]).toMatch(/^seed=0\.70348: .*always gives the same ones here \(seed \d+\)$/);
    expect(link.ignored[1]).toBe('biases start at 0 here (Playground starts them at 0.1)');
  });

  it('carries each changed setting across', () => {
    let h = PLAYGROUND_START;
    for (const [k, v] of [
      ['activation', 'relu'],
      ['dataset', 'spiral'],
      ['learningRate', '0.3'],
      ['batchSize', '25'],
      ['noise', '35'],
      ['percTrainData', '70'],
      ['networkShape', '6,6,3'],
      ['xSquared', 'true'],
      ['sinY', 'true'],
      ['xTimesY', 'true'],
      ['initZero', 'true'],
    ] as const)
      h = h.replace(new RegExp(`([#&])${k}=[^&]*`), `$1${k}=${v}`);
    const c = decodePlaygroundLink(h).config;
    expect(c).toMatchObject({
      activation: 'relu',
      dataset: 'spiral',
      lr: 0.3,
      batchSize: 25,
      noise: 0.35,
      trainRatio: 0.7,
      hidden: [6, 6, 3],
      layerActivations: [null, null, null],
      init: 'zeros',
    });
    // In our order of features, whatever order Playground's address lists them in.
    expect(c.features).toEqual(['x1', 'x2', 'x1sq', 'x1x2', 'sinx2']);
  });

  it('L1 is clipped at zero (as Playground does when a weight would cross it), L2 adds rate·w', () => {
    const l1 = decodePlaygroundLink(withSetting('regularizationRate', '0.01') + '&regularization=L1').config;
    expect(l1).toMatchObject({ l1: 0.01, l1Mode: 'clip_at_zero' });
    expect(l1.l2 ?? 0).toBe(0);
    const l2 = decodePlaygroundLink(withSetting('regularizationRate', '0.003') + '&regularization=L2').config;
    expect(l2).toMatchObject({ l2: 0.003 });
    expect(l2.l1 ?? 0).toBe(0);
  });

  it('regression: the plane with a linear output and 1,200 points; its Gaussians, which are not here, are said', () => {
    const plane = decodePlaygroundLink(withSetting('problem', 'regression'));
    expect(plane.config).toMatchObject({
      dataset: 'plane',
      outputActivation: 'linear',
      loss: 'mse',
      points: 1200,
    });
    const gauss = decodePlaygroundLink(
      withSetting('problem', 'regression').replace('reg-plane', 'reg-gauss'),
    );
    expect(gauss.config.dataset).toBe('plane');
    expect(gauss.ignored).toContain('regDataset=reg-gauss: no such data here (the plane is used)');
  });

  it('an empty layer list is no hidden layer, as in Playground; an empty number is Playground’s default', () => {
    expect(decodePlaygroundLink(withSetting('networkShape', '')).config).toMatchObject({
      hidden: [],
      layerActivations: [],
    });
    expect(decodePlaygroundLink(withSetting('learningRate', '')).config.lr).toBe(0.03);
  });

  it('cos x₁ has no counterpart: it is left out and said; the other features stay', () => {
    const link = decodePlaygroundLink(withSetting('cosX', 'true'));
    expect(link.config.features).toEqual(['x1', 'x2']);
    expect(link.ignored).toContain('cosX=true: cos x₁ is not an input feature here (left out)');
  });

  it('a value out of range is refused by the settings table, named as the person wrote it, and the rest applies', () => {
    const link = decodePlaygroundLink(withSetting('learningRate', '50').replace('noise=0', 'noise=80'));
    expect(link.ignored.find((l) => l.startsWith('learningRate=50: '))).toMatch(/learning rate/);
    expect(link.ignored.find((l) => l.startsWith('noise=80: '))).toMatch(/percent ÷ 100/);
    expect(link.config.lr).toBeUndefined();
    expect(link.config.noise).toBeUndefined();
    expect(link.config.hidden).toEqual([4, 2]);
  });

  it('a refusal is the table’s own line, under the name and value the person wrote', () => {
    const why = (query: string) => decodeLink(query).ignored[0]!.split(': ').slice(1).join(': ');
    const link = decodePlaygroundLink(withSetting('learningRate', '50').replace('noise=0', 'noise=80'));
    expect(link.ignored).toContain(`learningRate=50: ${why('lr=50')}`);
    expect(link.ignored).toContain(`noise=80: ${why('noise=0.8')} (Playground's percent ÷ 100)`);
    // Not a percentage at all: passed on as written, for the table to refuse by its own words.
    for (const v of ['35abc', '1e1'])
      expect(decodePlaygroundLink(withSetting('noise', v)).ignored).toContain(
        `noise=${v}: ${why(`noise=${v}`)} (Playground's percent ÷ 100)`,
      );
    expect(decodePlaygroundLink(withSetting('noise', '35.25')).config.noise).toBe(0.3525);
    // A refusal with no Playground name of its own is left as the table said it.
    const none = decodePlaygroundLink(withSetting('x', 'false').replace('y=true', 'y=false'));
    expect(none.ignored).toContain(decodeLink('features=').ignored[0]);
  });

  it('what has no counterpart is said and replaced by Playground’s own default', () => {
    const odd = decodePlaygroundLink(
      withSetting('problem', 'ranking').replace('dataset=circle', 'dataset=moons') + '&regularization=L3',
    );
    expect(odd.config.dataset).toBe('circle');
    expect(odd.ignored).toEqual(
      expect.arrayContaining([
        'problem=ranking: not classification or regression (classification is used)',
        'dataset=moons: no such data here (the circle is used)',
        'regularization=L3: not none, L1 or L2 (none is used)',
      ]),
    );
    expect(odd.config.l1 ?? 0).toBe(0);
    expect(odd.config.l2 ?? 0).toBe(0);
    // A rate without a regularizer regularizes nothing, as in Playground; known data is not remarked on.
    const plain = decodePlaygroundLink(withSetting('regularizationRate', '0.003'));
    expect(plain.config.l2 ?? 0).toBe(0);
    expect(plain.config.l1 ?? 0).toBe(0);
    expect(decodePlaygroundLink(withSetting('problem', 'regression')).ignored).toHaveLength(2);
  });

  it('reads the # part as Playground does: spaces around a value, the first of a repeated key, no nameless key', () => {
    expect(decodePlaygroundLink(withSetting('networkShape', '%203,2%20')).config.hidden).toEqual([3, 2]);
    expect(decodePlaygroundLink(withSetting('learningRate', '%20')).config.lr).toBe(0.03);
    expect(decodePlaygroundLink(PLAYGROUND_START + '&activation=relu').config.activation).toBe('tanh');
    expect(decodePlaygroundLink(PLAYGROUND_START + '&=5').ignored.filter((l) => l.startsWith(':'))).toEqual(
      [],
    );
    // Its seed is the FNV-1a hash of its text (computed by hand for this one).
    expect(decodePlaygroundLink(PLAYGROUND_START).config.seed).toBe(1476347361);
  });

  it('Playground’s hidden controls hide ours; a key it does not have is said', () => {
    const link = decodePlaygroundLink(
      PLAYGROUND_START + '&playButton_hide=true&resetButton_hide=false&colour=red',
    );
    expect(link.hidden).toEqual(['play']);
    expect(link.ignored).toContain('colour: not a TensorFlow Playground setting');
  });

  it('the same Playground seed always gives the same seed here; another gives another', () => {
    const a = decodePlaygroundLink(PLAYGROUND_START).config;
    expect(decodePlaygroundLink(PLAYGROUND_START).config.seed).toBe(a.seed);
    expect(a.dataSeed).toBe(a.seed);
    expect(decodePlaygroundLink(withSetting('seed', '0.12345')).config.seed).not.toBe(a.seed);
  });

  it('an address is read as Playground’s when its # part names two of Playground’s settings', () => {
    expect(isPlaygroundLink(PLAYGROUND_START)).toBe(true);
    expect(isPlaygroundLink('#seed=0.5&x=true')).toBe(true);
    expect(isPlaygroundLink('seed=0.5&x=true')).toBe(true);
    expect(isPlaygroundLink('#playButton_hide=true&networkShape=3')).toBe(true);
    expect(isPlaygroundLink('#seed=0.5')).toBe(false);
    expect(isPlaygroundLink('#a=1&b=2')).toBe(false);
    expect(isPlaygroundLink('#main')).toBe(false);
    expect(isPlaygroundLink('')).toBe(false);
    expect(isPlaygroundLink('#x=%E0%A4%A&y=true')).toBe(false);
  });

  it('any text after # is read without throwing, into a setup the settings table accepts', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'activation=relu',
        'activation=swish',
        'networkShape=',
        'networkShape=3,x',
        'networkShape=9,9,9,9,9,9,9,9,9',
        'batchSize=0',
        'noise=-5',
        'percTrainData=abc',
        'dataset=moons',
        'regularization=L1',
        'regularizationRate=1e9',
        'x=false',
        'y=false',
        'problem=regression',
        '%E0%A4%A=1',
        '=',
        '&&',
      ),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const link = decodePlaygroundLink('#' + pieces.join('&'));
        expect(link.from).toBe('playground');
        expect(configProblems(normaliseConfig({ ...DEFAULT_CONFIG, ...link.config }))).toEqual([]);
      }),
    );
  });
});
