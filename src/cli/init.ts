import { createMlp, createRng, serializeModel, type Activation, type InitKind } from '../engine';
import { CHOICE_SETTINGS, choiceProblem, NUMBER_SETTINGS, type ChoiceSetting } from '../domain/settings';
import { readNumber } from '../format/number';
import { num, parseFlags, str, type FlagSpec } from './args';
import { usageError } from './errors';
import { featuresProblem } from '../domain/config';
import { writeText } from './files';

const FLAGS = {
  layers: { kind: 'string', required: true },
  out: { kind: 'string', required: true },
  activation: { kind: 'string' },
  output: { kind: 'string' },
  init: { kind: 'string' },
  'init-value': { kind: 'setting', setting: NUMBER_SETTINGS.initValue },
  'no-bias': { kind: 'boolean' },
  seed: { kind: 'setting', setting: NUMBER_SETTINGS.seed },
  features: { kind: 'string' },
} as const satisfies Record<string, FlagSpec>;

/** A flag naming one of a setting's choices, refused in the settings table's words. */
function oneOf<T extends string>(flag: string, value: string, setting: ChoiceSetting): T {
  const problem = choiceProblem(setting, value);
  if (problem) throw usageError(`--${flag}: ${problem}`);
  return value as T;
}

/** '2,8,8,1' → [2, 8, 8, 1]: the input size, then each layer's units. */
function readLayers(text: string): number[] {
  const sizes = text.split(',').map((s) => s.trim());
  const read = sizes.map((s) => readNumber(s));
  const values = read.map((r) => (r.ok ? r.value : NaN));
  if (sizes.length < 2 || values.some((v) => !Number.isInteger(v) || v < 1)) {
    throw usageError(`--layers must be sizes like 2,8,1 (inputs, then each layer's units), found '${text}'`);
  }
  return values;
}

export function initCommand(argv: readonly string[]): string {
  const f = parseFlags('init', argv, FLAGS);
  const sizes = readLayers(str(f, 'layers'));
  const inputFeatures = f.features === undefined ? null : String(f.features).split(',');
  if (inputFeatures) {
    const problem = featuresProblem(inputFeatures);
    if (problem) throw usageError(`--features: ${problem}`);
    if (inputFeatures.length !== sizes[0])
      throw usageError(
        `--features names ${inputFeatures.length} features, but --layers starts with ${sizes[0]} inputs`,
      );
  }
  const hidden = oneOf<Activation>(
    'activation',
    (f.activation as string) ?? 'tanh',
    CHOICE_SETTINGS.activation,
  );
  const output = oneOf<Activation>(
    'output',
    (f.output as string) ?? 'sigmoid',
    CHOICE_SETTINGS.outputActivation,
  );
  const kind = oneOf<InitKind>('init', (f.init as string) ?? 'xavier_uniform', CHOICE_SETTINGS.init);
  const init: { kind: InitKind; value?: number } = { kind };
  if (f['init-value'] !== undefined) init.value = num(f, 'init-value');
  const layers = sizes
    .slice(1)
    .map((units, i) => ({ units, activation: i === sizes.length - 2 ? output : hidden }));
  const m = createMlp(
    { inputs: sizes[0], layers, init, useBias: !f['no-bias'] },
    createRng(num(f, 'seed', 1)),
  );
  const out = str(f, 'out');
  writeText(out, serializeModel(m, { inputFeatures }) + '\n');
  return JSON.stringify({ layers: sizes, out });
}
