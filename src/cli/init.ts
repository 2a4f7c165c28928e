import {
  ACTIVATIONS,
  createMlp,
  createRng,
  HIDDEN_ACTIVATIONS,
  INITIALISERS,
  isInitKind,
  serializeModel,
  type Activation,
  type InitKind,
} from '../engine';
import { num, parseFlags, str } from './args';
import { usageError } from './errors';
import { writeText } from './files';

const FLAGS = {
  layers: { kind: 'string', required: true },
  out: { kind: 'string', required: true },
  activation: { kind: 'string' },
  output: { kind: 'string' },
  init: { kind: 'string' },
  'init-value': { kind: 'number' },
  'no-bias': { kind: 'boolean' },
  seed: { kind: 'count' },
} as const;

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw usageError(`--${flag} must be one of ${allowed.join(', ')}, found '${value}'`);
  }
  return value as T;
}

/** '2,8,8,1' → [2, 8, 8, 1]: the input size, then each layer's units. */
function readLayers(text: string): number[] {
  const sizes = text.split(',').map((s) => s.trim());
  if (sizes.length < 2 || sizes.some((s) => !/^\d+$/.test(s) || Number(s) < 1)) {
    throw usageError(`--layers must be sizes like 2,8,1 (inputs, then each layer's units), found '${text}'`);
  }
  return sizes.map(Number);
}

export function initCommand(argv: readonly string[]): string {
  const f = parseFlags('init', argv, FLAGS);
  const sizes = readLayers(str(f, 'layers'));
  const hidden = oneOf<Activation>('activation', (f.activation as string) ?? 'tanh', HIDDEN_ACTIVATIONS);
  const output = oneOf<Activation>('output', (f.output as string) ?? 'sigmoid', ACTIVATIONS);
  const kind = (f.init as string) ?? 'xavier_uniform';
  if (!isInitKind(kind))
    throw usageError(`--init must be one of ${INITIALISERS.join(', ')}, found '${kind}'`);
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
  writeText(out, serializeModel(m) + '\n');
  return JSON.stringify({ layers: sizes, out });
}
