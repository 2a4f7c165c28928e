import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { modelFromJson, predict, type Mlp, type ModelFile, type ParseResult } from '../../src/engine';

/** The committed fixtures of tests/fixtures/models (made by make_fixtures.py with torch and onnx). */
const DIR = fileURLToPath(new URL('../fixtures/models/', import.meta.url));

export const fixtureBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(DIR + name));

interface Expected {
  inputs: number[][];
  outputs: number[][];
}
/** torch's float64 outputs of each fixture's model on fixed inputs. */
export const expected: Record<string, Expected> = JSON.parse(readFileSync(DIR + 'expected.json', 'utf8'));

/** A parsed model file through the app's own validation, or the test fails with the parser's message. */
export function networkOf(r: ParseResult<ModelFile>): Mlp {
  if (!r.ok) throw new Error(r.error);
  const m = modelFromJson(r.value);
  if (!m.ok) throw new Error(m.error);
  return m.value;
}

/** The network's outputs on a fixture's inputs, one row per sample. */
export function outputsOf(m: Mlp, inputs: number[][]): number[][] {
  const out = predict(m, Float64Array.from(inputs.flat()), inputs.length);
  const k = out.length / inputs.length;
  return inputs.map((_, r) => Array.from(out.subarray(r * k, (r + 1) * k)));
}

/** The largest |a − b| / max(|b|, 1e-300) over two tables of the same shape. */
export function maxRelDiff(a: number[][], b: number[][]): number {
  let worst = 0;
  b.forEach((row, r) =>
    row.forEach((v, c) => {
      worst = Math.max(worst, Math.abs(a[r][c] - v) / Math.max(Math.abs(v), 1e-300));
    }),
  );
  return worst;
}
