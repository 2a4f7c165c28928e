/**
 * TensorFlow.js (tfjs-core with the pure-JS cpu backend), trained its normal way: variables, a loss
 * function of tensors, and tf.train.sgd(lr).minimize inside tf.tidy.
 */
import { createRequire } from 'node:module';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type { Mlp } from '../src/engine';
import type { BenchData, LibGrid, LibTrainer, Workload } from './workloads';

/**
 * tfjs-core's node bundle (dist/tf-core.node.js) registers no gradients, so minimize() fails with
 * "gradient function not found". The full @tensorflow/tfjs package fixes that by importing
 * dist/register_all_gradients from tfjs-core's ES-module build; we load that same module. It has to go
 * through require (which tsx transpiles) because Node's ESM loader rejects that build's directory imports.
 * Its gradients land in tfjs's global registry, shared with the node bundle we import above.
 */
createRequire(import.meta.url)('@tensorflow/tfjs-core/dist/register_all_gradients.js');

export async function initTfjs(): Promise<string> {
  await tf.setBackend('cpu');
  await tf.ready();
  return `${tf.version_core} (${tf.getBackend()})`;
}

interface Dense {
  /** inputs × units: tfjs's usual kernel layout (the transpose of the engine's). */
  kernel: tf.Variable;
  bias: tf.Variable;
  activation: string;
}

function layersFrom(init: Mlp): Dense[] {
  return init.layers.map((l) => {
    const k = new Float32Array(l.inputs * l.units);
    for (let u = 0; u < l.units; u++)
      for (let j = 0; j < l.inputs; j++) k[j * l.units + u] = l.weights[u * l.inputs + j];
    return {
      kernel: tf.variable(tf.tensor2d(k, [l.inputs, l.units])),
      bias: tf.variable(tf.tensor1d(Float32Array.from(l.biases))),
      activation: l.activation,
    };
  });
}

/** Forward pass; a softmax layer returns its logits (the loss applies the softmax). */
function forward(layers: Dense[], x: tf.Tensor2D): tf.Tensor2D {
  let h = x;
  for (const l of layers) {
    const z = tf.add(tf.matMul(h, l.kernel), l.bias) as tf.Tensor2D;
    h = l.activation === 'relu' ? tf.relu(z) : l.activation === 'tanh' ? tf.tanh(z) : z;
  }
  return h;
}

function lossFn(w: Workload, layers: Dense[], x: tf.Tensor2D, y: tf.Tensor2D): tf.Scalar {
  const out = forward(layers, x);
  if (w.loss === 'cross_entropy') return tf.losses.softmaxCrossEntropy(y, out) as tf.Scalar;
  // The engine's mse: ½·Σₖ(ŷₖ − yₖ)² per sample, mean over the batch.
  return tf.mul(0.5, tf.mean(tf.sum(tf.squaredDifference(out, y), 1))) as tf.Scalar;
}

function dispose(layers: Dense[]): void {
  for (const l of layers) tf.dispose([l.kernel, l.bias]);
}

export function tfjsTrainer(w: Workload, init: Mlp, data: BenchData): LibTrainer & { dispose(): void } {
  const layers = layersFrom(init);
  const vars = layers.flatMap((l) => [l.kernel, l.bias]);
  const opt = tf.train.sgd(w.lr);
  // The batches as tensors, made once: feeding data is not what is being measured.
  const xs: tf.Tensor2D[] = [];
  const ys: tf.Tensor2D[] = [];
  for (let s = 0; s < data.n; s += w.batch) {
    const rows = Math.min(w.batch, data.n - s);
    xs.push(
      tf.tensor2d(Float32Array.from(data.x.subarray(s * data.inputs, (s + rows) * data.inputs)), [
        rows,
        data.inputs,
      ]),
    );
    ys.push(
      tf.tensor2d(Float32Array.from(data.y.subarray(s * data.outputs, (s + rows) * data.outputs)), [
        rows,
        data.outputs,
      ]),
    );
  }
  let pos = 0;
  return {
    train(count) {
      let samples = 0;
      for (let i = 0; i < count; i++) {
        const x = xs[pos];
        const y = ys[pos];
        tf.tidy(() => {
          opt.minimize(() => lossFn(w, layers, x, y), false, vars);
        });
        samples += x.shape[0];
        pos = (pos + 1) % xs.length;
      }
      return samples;
    },
    params: () =>
      layers.map((l) => {
        const [inputs, units] = l.kernel.shape;
        const k = l.kernel.dataSync();
        const wOut = new Float64Array(inputs * units);
        for (let u = 0; u < units; u++)
          for (let j = 0; j < inputs; j++) wOut[u * inputs + j] = k[j * units + u];
        return { w: wOut, b: Float64Array.from(l.bias.dataSync()) };
      }),
    dispose() {
      dispose(layers);
      tf.dispose([...xs, ...ys]);
      opt.dispose();
    },
  };
}

export function tfjsGrid(init: Mlp, points: Float64Array): LibGrid & { dispose(): void } {
  const layers = layersFrom(init);
  const n = points.length / init.inputs;
  const x = tf.tensor2d(Float32Array.from(points), [n, init.inputs]);
  let out: Float64Array = new Float64Array(0);
  let last: ArrayLike<number> = out;
  return {
    run(count) {
      for (let i = 0; i < count; i++) last = tf.tidy(() => forward(layers, x).dataSync());
      return count * n;
    },
    output() {
      out = Float64Array.from(last);
      return out;
    },
    dispose() {
      dispose(layers);
      x.dispose();
    },
  };
}
