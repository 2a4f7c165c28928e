import { describe, expect, it } from 'vitest';
import { cli, spawnCli, SPAWN_TIMEOUT, tempFiles, type CliRun } from './run';

const MODEL_2_1 = JSON.stringify({
  format: 'weightscope-model',
  version: 1,
  inputs: 2,
  layers: [{ units: 1, activation: 'sigmoid', weights: [[0.1, -0.2]], biases: [0] }],
});
const SOFTMAX_2_3 = JSON.stringify({
  format: 'weightscope-model',
  version: 1,
  inputs: 2,
  layers: [
    {
      units: 3,
      activation: 'softmax',
      weights: [
        [0, 0],
        [0, 0],
        [0, 0],
      ],
      biases: [0, 0, 0],
    },
  ],
});
const p = tempFiles({
  'm.json': MODEL_2_1,
  'softmax.json': SOFTMAX_2_3,
  'not-json.json': '{"format": ',
  'wrong-format.json': '{"format":"keras","version":1}',
  'ok.csv': 'x1,x2,label\n0,1,1\n1,0,0\n',
  'bad-number.csv': 'x1,x2,label\n0,1,1\n1,abc,0\n',
  'short-row.csv': 'x1,x2,label\n0,1,1\n1,0\n',
  'no-label.csv': 'x1,x2,y\n0,1,1\n',
  'three.csv': 'a,b,c,label\n1,2,3,0\n',
  'class-5.csv': 'x1,x2,label\n0,1,1\n\n1,0,5\n',
});

const evalWith = (model: string, data: string, loss = 'mse') =>
  cli('eval', '--model', p(model), '--data', p(data), '--loss', loss);

/** Fails with a non-zero exit code and exactly this message on stderr, nothing on stdout. */
function expectError(r: CliRun, message: string, code = 1): void {
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(`weightscope: error: ${message}\n`);
  expect(r.code).toBe(code);
}

describe('weightscope reports what is wrong on stderr and exits non-zero', () => {
  it('a model file that is not JSON, with the app’s message', () => {
    const r = evalWith('not-json.json', 'ok.csv');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^weightscope: error: .*not-json\.json: the file is not valid JSON \(/);
  });

  it('a model file of another format, with the app’s message', () => {
    expectError(
      evalWith('wrong-format.json', 'ok.csv'),
      `${p('wrong-format.json')}: "format" must be "weightscope-model", found "keras"`,
    );
  });

  it('a CSV value that is not a number, naming row and column', () => {
    expectError(
      evalWith('m.json', 'bad-number.csv'),
      `${p('bad-number.csv')}: row 3, column 2 ('x2'): 'abc' is not a number`,
    );
  });

  it('a CSV row with too few values', () => {
    expectError(
      evalWith('m.json', 'short-row.csv'),
      `${p('short-row.csv')}: row 3 has 2 values, expected 3 (the header has 3 columns)`,
    );
  });

  it("a CSV whose last column is not 'label'", () => {
    expectError(
      evalWith('m.json', 'no-label.csv'),
      `${p('no-label.csv')}: the last header column must be named 'label', found 'y'`,
    );
  });

  it('data with more input columns than the model has inputs', () => {
    expectError(
      evalWith('m.json', 'three.csv'),
      'the data has 3 input columns but the model expects 2 inputs',
    );
  });

  it('a label that is not a class of a several-output model, naming its row', () => {
    expectError(
      evalWith('softmax.json', 'class-5.csv', 'cross_entropy'),
      `${p('class-5.csv')}: row 4: label 5 is not a class of the model's 3 outputs (0 to 2)`,
    );
  });

  it('a loss that does not fit the output layer', () => {
    expectError(
      evalWith('m.json', 'ok.csv', 'cross_entropy'),
      "loss 'cross_entropy' needs a softmax output layer, not sigmoid",
    );
  });

  it('an unknown loss', () => {
    expectError(
      evalWith('m.json', 'ok.csv', 'hinge'),
      "--loss: loss must be one of mse, binary_cross_entropy, cross_entropy; got 'hinge' (see --help)",
      2,
    );
  });

  it('a file that does not exist', () => {
    expectError(evalWith('missing.json', 'ok.csv'), `cannot read ${p('missing.json')}: no such file`);
  });

  it('an unknown flag', () => {
    expectError(
      cli('eval', '--model', p('m.json'), '--dataset', p('ok.csv')),
      "unknown flag '--dataset' for 'eval' (see --help)",
      2,
    );
  });

  it('an unknown command, and no command at all', () => {
    expectError(cli('fit'), "unknown command 'fit'; commands: init, train, eval (see --help)", 2);
    expectError(cli(), 'no command given; commands: init, train, eval (see --help)', 2);
  });

  it('a missing required flag', () => {
    expectError(cli('eval', '--model', p('m.json'), '--loss', 'mse'), "'eval' needs --data (see --help)", 2);
  });

  it('a flag without its value', () => {
    expectError(cli('eval', '--model', '--data', p('ok.csv')), '--model needs a value (see --help)', 2);
  });

  it('non-numeric and non-whole flag values', () => {
    const train = (...extra: string[]) =>
      cli(
        'train',
        '--model',
        p('m.json'),
        '--data',
        p('ok.csv'),
        '--loss',
        'mse',
        '--out',
        p('t.json'),
        ...extra,
      );
    expectError(
      train('--lr', 'fast', '--batch-size', '2', '--steps', '1'),
      "--lr: learning rate must be a number between 0.000001 and 10; got 'fast' (see --help)",
      2,
    );
    expectError(
      train('--lr', '0.1', '--batch-size', '2.5', '--steps', '1'),
      '--batch-size: batch size must be a whole number between 1 and 512; got 2.5 (see --help)',
      2,
    );
    expectError(
      train('--lr', '0.1', '--batch-size', '0', '--steps', '1'),
      '--batch-size: batch size must be a whole number between 1 and 512; got 0 (see --help)',
      2,
    );
  });

  it('bad init settings', () => {
    expectError(
      cli('init', '--layers', '2,x,1', '--out', p('i.json')),
      "--layers must be sizes like 2,8,1 (inputs, then each layer's units), found '2,x,1' (see --help)",
      2,
    );
    expectError(
      cli('init', '--layers', '2,1', '--activation', 'softmax', '--out', p('i.json')),
      "--activation: hidden activation must be one of relu, leaky_relu, tanh, sigmoid, linear, silu, gelu, sine; got 'softmax' (see --help)",
      2,
    );
    expectError(
      cli('init', '--layers', '2,1', '--init', 'glorot', '--out', p('i.json')),
      "--init: initialiser must be one of zeros, constant, uniform, normal, xavier_uniform, xavier_normal, he_uniform, he_normal, lecun_normal; got 'glorot' (see --help)",
      2,
    );
  });
});

describe('as a separate process, errors reach stderr with a non-zero exit code', () => {
  const spawnEval = (model: string, data: string) =>
    spawnCli('eval', '--model', p(model), '--data', p(data), '--loss', 'mse');

  it(
    'a bad model file, a bad CSV value, mismatched inputs and an unknown flag',
    async () => {
      const [model, csv, inputs, flag] = await Promise.all([
        spawnEval('wrong-format.json', 'ok.csv'),
        spawnEval('m.json', 'bad-number.csv'),
        spawnEval('m.json', 'three.csv'),
        spawnCli('eval', '--model', p('m.json'), '--dataset', p('ok.csv')),
      ]);
      expectError(model, `${p('wrong-format.json')}: "format" must be "weightscope-model", found "keras"`);
      expectError(csv, `${p('bad-number.csv')}: row 3, column 2 ('x2'): 'abc' is not a number`);
      expectError(inputs, 'the data has 3 input columns but the model expects 2 inputs');
      expectError(flag, "unknown flag '--dataset' for 'eval' (see --help)", 2);
    },
    SPAWN_TIMEOUT,
  );
});
