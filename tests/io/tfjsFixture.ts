/** A TensorFlow.js layers-format model built by hand: model.json text plus its .bin, as tf.save() writes them. */
export interface DenseDef {
  units: number;
  activation?: string;
  useBias?: boolean;
  cls?: string;
}

export function tfjsModel(inputs: number, defs: DenseDef[], seed = 1) {
  let x = seed;
  const rand = () => ((x = (x * 16807) % 2147483647) / 2147483647) * 2 - 1;
  const layers = defs.map((d, i) => ({
    class_name: d.cls ?? 'Dense',
    config: {
      name: `dense_${i + 1}`,
      units: d.units,
      activation: d.activation ?? 'linear',
      use_bias: d.useBias ?? true,
      ...(i === 0 ? { batch_input_shape: [null, inputs] } : {}),
    },
  }));
  const weights: { name: string; shape: number[]; dtype: string }[] = [];
  const values: number[] = [];
  /** kernels[l][j][i]: input j → unit i, as Keras stores it. */
  const kernels: number[][][] = [];
  const biases: number[][] = [];
  let fanIn = inputs;
  defs.forEach((d, i) => {
    const k = Array.from({ length: fanIn }, () => Array.from({ length: d.units }, () => Math.fround(rand())));
    kernels.push(k);
    weights.push({ name: `dense_${i + 1}/kernel`, shape: [fanIn, d.units], dtype: 'float32' });
    values.push(...k.flat());
    const b = Array.from({ length: d.units }, () => Math.fround(rand()));
    biases.push(b);
    if (d.useBias !== false) {
      weights.push({ name: `dense_${i + 1}/bias`, shape: [d.units], dtype: 'float32' });
      values.push(...b);
    }
    fanIn = d.units;
  });
  const bin = new Float32Array(values).buffer;
  const json = {
    format: 'layers-model',
    generatedBy: 'TensorFlow.js tfjs-layers v4.22.0',
    convertedBy: null,
    modelTopology: { class_name: 'Sequential', config: { name: 'sequential_1', layers } },
    weightsManifest: [{ paths: ['./group1-shard1of1.bin'], weights }],
  };
  return { json, bin, kernels, biases, files: new Map([['group1-shard1of1.bin', bin]]) };
}
