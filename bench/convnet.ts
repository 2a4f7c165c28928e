/**
 * convnetjs, trained its normal way: one Vol per sample through Trainer.train(x, y), which accumulates the
 * gradient over batch_size calls and then takes the step with the batch-mean gradient.
 *
 * Its conventions match the engine's, so the learning rate carries over unchanged: the 'regression' layer's
 * error term is ŷ − y (the gradient of ½Σ(ŷ − y)², our mse), 'softmax' is softmax + cross-entropy, and the
 * update is w −= lr·(Σ g)/batch_size. Its defaults must be overridden: momentum 0.9 → 0; l2_decay and
 * l1_decay are set to 0.
 */
import convnetjs, { type LayerDef, type Net, type Vol } from 'convnetjs';
import type { Mlp } from '../src/engine';
import type { BenchData, LibGrid, LibTrainer, Workload } from './workloads';

function netFrom(init: Mlp, loss: Workload['loss']): Net {
  const last = init.layers[init.layers.length - 1];
  const defs: LayerDef[] = [{ type: 'input', out_sx: 1, out_sy: 1, out_depth: init.inputs }];
  for (const l of init.layers.slice(0, -1)) {
    if (l.activation !== 'relu' && l.activation !== 'tanh')
      throw new Error(`no ${l.activation} in this bench`);
    defs.push({ type: 'fc', num_neurons: l.units, activation: l.activation });
  }
  // Both heads add their own linear fc layer: 'regression' for mse on a linear unit, 'softmax' for CE.
  defs.push(
    loss === 'cross_entropy'
      ? { type: 'softmax', num_classes: last.units }
      : { type: 'regression', num_neurons: last.units },
  );
  const net = new convnetjs.Net();
  net.makeLayers(defs);
  // Replace convnetjs's random initial weights with the engine's; both store unit u's weights as a row.
  const fcs = net.layers.filter((l) => l.layer_type === 'fc');
  if (fcs.length !== init.layers.length) throw new Error('convnetjs built a different network');
  fcs.forEach((fc, i) => {
    const l = init.layers[i];
    fc.filters!.forEach((f, u) => f.w.set(l.weights.subarray(u * l.inputs, (u + 1) * l.inputs)));
    fc.biases!.w.set(l.biases);
  });
  return net;
}

function params(net: Net): { w: Float64Array; b: Float64Array }[] {
  return net.layers
    .filter((l) => l.layer_type === 'fc')
    .map((fc) => {
      const inputs = fc.filters![0].w.length;
      const w = new Float64Array(fc.filters!.length * inputs);
      fc.filters!.forEach((f, u) => w.set(f.w, u * inputs));
      return { w, b: fc.biases!.w.slice() };
    });
}

function vols(x: Float64Array, n: number, inputs: number): Vol[] {
  return Array.from({ length: n }, (_, i) => {
    const v = new convnetjs.Vol(1, 1, inputs, 0);
    v.w.set(x.subarray(i * inputs, (i + 1) * inputs));
    return v;
  });
}

export function convnetTrainer(w: Workload, init: Mlp, data: BenchData): LibTrainer {
  const net = netFrom(init, w.loss);
  const trainer = new convnetjs.Trainer(net, {
    method: 'sgd',
    learning_rate: w.lr,
    momentum: 0,
    l1_decay: 0,
    l2_decay: 0,
    batch_size: w.batch,
  });
  // Inputs as Vols and targets made once, outside the timing.
  const xs = vols(data.x, data.n, data.inputs);
  const ys: (number | Float64Array)[] = Array.from({ length: data.n }, (_, i) =>
    w.loss === 'cross_entropy' ? data.labels[i] : data.y.slice(i * data.outputs, (i + 1) * data.outputs),
  );
  let s = 0;
  return {
    train(count) {
      let samples = 0;
      for (let i = 0; i < count; i++) {
        const rows = Math.min(w.batch, data.n - s);
        // (A short last batch shifts convnetjs's every-batch_size-calls update by a few samples; only W3 has one.)
        for (let r = 0; r < rows; r++) trainer.train(xs[s + r], ys[s + r]);
        samples += rows;
        s = (s + rows) % data.n;
      }
      return samples;
    },
    params: () => params(net),
  };
}

export function convnetGrid(init: Mlp, points: Float64Array): LibGrid {
  const net = netFrom(init, 'mse');
  const n = points.length / init.inputs;
  const xs = vols(points, n, init.inputs);
  const out = new Float64Array(n);
  return {
    run(count) {
      for (let c = 0; c < count; c++) for (let i = 0; i < n; i++) out[i] = net.forward(xs[i], false).w[0];
      return count * n;
    },
    output: () => out,
  };
}
