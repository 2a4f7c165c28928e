import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { parseOnnxModel } from '../../src/io/onnx';
import { expected, fixtureBytes, networkOf, outputsOf } from './modelFixtures';

/**
 * An independent runtime: onnxruntime-web (its WebAssembly backend, in Node) runs the same .onnx files on the
 * same inputs. It computes in float32, so it agrees with the float64 import to float32 rounding.
 */
ort.env.wasm.numThreads = 1;

const cases: [string, number[]][] = [
  ['mlp_2_8_8_1.onnx', [2]],
  ['mlp_2_8_8_1_float_data.onnx', [2]],
  ['mlp_2_8_8_1_transb0_identity.onnx', [2]],
  ['matmul_add_leaky_sigmoid.onnx', [2]],
  ['flatten_softmax.onnx', [1, 2, 2]],
];

describe('imported ONNX models against onnxruntime-web', () => {
  for (const [file, shape] of cases)
    it(`${file}: the imported network computes what onnxruntime computes`, async () => {
      const bytes = fixtureBytes(file);
      const { inputs } = expected[file];
      const session = await ort.InferenceSession.create(bytes);
      const x = new ort.Tensor('float32', Float32Array.from(inputs.flat()), [inputs.length, ...shape]);
      const result = await session.run({ [session.inputNames[0]]: x });
      const got = Array.from(result[session.outputNames[0]].data as Float32Array);
      const mine = outputsOf(networkOf(parseOnnxModel(bytes)), inputs).flat();
      expect(got.length).toBe(mine.length);
      // float32 arithmetic: about 7 significant digits on outputs of order 1.
      got.forEach((v, i) =>
        expect(Math.abs(v - mine[i])).toBeLessThan(1e-6 * Math.max(1, Math.abs(mine[i]))),
      );
      await session.release();
    });
});
