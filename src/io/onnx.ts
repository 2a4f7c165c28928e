import { LEAKY_SLOPE, type ModelFile, type ParseResult } from '../engine';
import { denseModelFile, transpose, type DenseLayer } from './denseLayers';
import { decodeOnnx, type OnnxGraph, type OnnxNode, type OnnxTensor } from './onnxSchema';
import { attr, count, nodeLabel, tensorValues } from './onnxTensor';

/**
 * A sequential MLP from an .onnx file (torch.onnx.export, tf2onnx): one chain from the graph's input to its
 * output of Gemm, or MatMul + Add, each followed by at most one activation, with Identity and Flatten
 * passing through. Weights are read exactly; activations are the graph's. Anything else — another operator,
 * a tensor used twice (a residual or branching graph), shapes that do not chain — is refused with a message
 * naming the operator or tensor.
 */

const ACTIVATION_OPS: Record<string, string> = {
  Relu: 'relu',
  LeakyRelu: 'leaky_relu',
  Tanh: 'tanh',
  Sigmoid: 'sigmoid',
  Softmax: 'softmax',
  Sin: 'sine',
};
const SUPPORTED = ['Gemm', 'MatMul', 'Add', ...Object.keys(ACTIVATION_OPS), 'Identity', 'Flatten'];

type Fail = { ok: false; error: string };
const fail = (error: string): Fail => ({ ok: false, error });

/** The graph's one input: its name and its width (the product of its non-batch dimensions, if known). */
function graphInput(g: OnnxGraph, inits: Map<string, OnnxTensor>) {
  const ins = g.input.filter((v) => !inits.has(v.name));
  if (ins.length !== 1)
    return fail(
      `the graph has ${ins.length} inputs (${ins.map((v) => `'${v.name}'`).join(', ')}); an MLP has one`,
    );
  const dims = ins[0].type?.tensorType?.shape?.dim ?? [];
  const rest = dims.slice(1).map((d) => d.dimValue ?? 0);
  const width = dims.length >= 2 && rest.every((d) => d > 0) ? count(rest) : null;
  return { ok: true as const, name: ins[0].name, rank: dims.length, width };
}

/** Reads the file's graph as dense layers. */
function walk(g: OnnxGraph): ParseResult<ModelFile> {
  const inits = new Map(g.initializer.map((t) => [t.name, t]));
  const input = graphInput(g, inits);
  if (!input.ok) return input;
  if (g.output.length !== 1) return fail(`the graph has ${g.output.length} outputs; an MLP has one`);
  const output = g.output[0].name;
  const consumers = new Map<string, OnnxNode[]>();
  for (const n of g.node)
    for (const i of n.input) if (i && !inits.has(i)) consumers.set(i, [...(consumers.get(i) ?? []), n]);

  const layers: DenseLayer[] = [];
  let width = input.width;
  let flat = input.rank <= 2;
  let cur = input.name;
  const used = new Set<OnnxNode>();
  /** The operator that made cur, Identity and Flatten aside: what an Add or an activation may follow. */
  let prevOp = '';
  const weightsOf = (n: OnnxNode, k: number) => {
    const t = inits.get(n.input[k] ?? '');
    if (!t) return fail(`${nodeLabel(n)}: input '${n.input[k] ?? ''}' is not a stored weight tensor`);
    const v = tensorValues(t);
    return v.ok ? { ok: true as const, t, values: v.value } : v;
  };
  const addLayer = (n: OnnxNode, t: OnnxTensor, w: Float64Array, inputs: number, units: number) => {
    if (!flat)
      return fail(
        `${nodeLabel(n)} takes the input '${input.name}' of rank ${input.rank}; a Flatten node must come first`,
      );
    if (width !== null && inputs !== width)
      return fail(
        `weight '${t.name}' of ${nodeLabel(n)} takes ${inputs} inputs, but ${layers.length ? 'the layer before gives' : `the graph input '${input.name}' has`} ${width}`,
      );
    layers.push({ name: t.name, inputs, units, weights: w, biases: null, activation: 'linear' });
    width = units;
    return null;
  };

  while (cur !== output) {
    const users = consumers.get(cur) ?? [];
    if (users.length === 0)
      return fail(`tensor '${cur}' is used by no node, and the graph output '${output}' is not reached`);
    if (users.length > 1)
      return fail(
        `tensor '${cur}' is used by ${users.length} nodes (${users.map(nodeLabel).join(', ')}): a residual or branching graph is not a sequential MLP`,
      );
    const n = users[0];
    if (n.domain && n.domain !== 'ai.onnx')
      return fail(`${nodeLabel(n)} is from the operator domain '${n.domain}'`);
    if (!SUPPORTED.includes(n.opType))
      return fail(`the graph has a ${nodeLabel(n)}; a sequential MLP is made of ${SUPPORTED.join(', ')}`);
    const computed = n.input.filter((i) => i && !inits.has(i));
    if (computed.length !== 1)
      return fail(
        `${nodeLabel(n)} combines ${computed.length} computed tensors (${computed.map((c) => `'${c}'`).join(', ')}); a sequential MLP has one path`,
      );
    if (n.output.length !== 1) return fail(`${nodeLabel(n)} has ${n.output.length} outputs; a layer has one`);
    const last = layers[layers.length - 1];
    if (n.opType === 'Gemm') {
      if (attr(n, 'alpha', 1) !== 1 || attr(n, 'beta', 1) !== 1 || attr(n, 'transA', 0) !== 0)
        return fail(
          `${nodeLabel(n)} scales or transposes its input (alpha, beta, transA); only alpha = beta = 1, transA = 0 is a plain dense layer`,
        );
      const b = weightsOf(n, 1);
      if (!b.ok) return b;
      if (b.t.dims.length !== 2)
        return fail(
          `weight '${b.t.name}' of ${nodeLabel(n)} has shape [${b.t.dims}]; a dense layer's is 2-D`,
        );
      // transB = 1 (PyTorch) stores B as units × inputs, which is Weightscope's layout; transB = 0 is inputs × units.
      const tb = attr(n, 'transB', 0) !== 0;
      const [units, inputs] = tb ? b.t.dims : [b.t.dims[1], b.t.dims[0]];
      const problem = addLayer(n, b.t, tb ? b.values : transpose(b.values, inputs, units), inputs, units);
      if (problem) return problem;
      if (n.input[2]) {
        const c = biasOf(n, 2, units, inits);
        if (!c.ok) return c;
        layers[layers.length - 1].biases = c.value;
      }
    } else if (n.opType === 'MatMul') {
      const b = weightsOf(n, n.input[0] === cur ? 1 : 0);
      if (!b.ok) return b;
      if (n.input[0] !== cur || b.t.dims.length !== 2)
        return fail(
          `${nodeLabel(n)} must multiply the layer input by a 2-D weight (x · W); weight '${b.t.name}' has shape [${b.t.dims}]`,
        );
      const [inputs, units] = b.t.dims;
      const problem = addLayer(n, b.t, transpose(b.values, inputs, units), inputs, units);
      if (problem) return problem;
    } else if (n.opType === 'Add') {
      if (!last || last.biases || (prevOp !== 'MatMul' && prevOp !== 'Gemm'))
        return fail(`${nodeLabel(n)} does not add a bias to a MatMul's or Gemm's output`);
      const k = n.input.findIndex((i) => i !== cur);
      const c = biasOf(n, k, last.units, inits);
      if (!c.ok) return c;
      last.biases = c.value;
    } else if (n.opType in ACTIVATION_OPS) {
      if (!last || !['Gemm', 'MatMul', 'Add'].includes(prevOp))
        return fail(`${nodeLabel(n)} does not follow a linear layer (Gemm, or MatMul + Add)`);
      if (n.opType === 'LeakyRelu') {
        const alpha = attr(n, 'alpha', LEAKY_SLOPE);
        // The file stores alpha as float32: 0.01 arrives as Math.fround(0.01).
        if (alpha !== LEAKY_SLOPE && alpha !== Math.fround(LEAKY_SLOPE))
          return fail(
            `${nodeLabel(n)} has slope alpha = ${alpha}; Weightscope's leaky ReLU has slope ${LEAKY_SLOPE}`,
          );
      }
      if (n.opType === 'Softmax' && ![1, -1].includes(attr(n, 'axis', 1)))
        return fail(
          `${nodeLabel(n)} normalises over axis ${attr(n, 'axis', 1)}, not over the units (axis 1)`,
        );
      last.activation = ACTIVATION_OPS[n.opType];
    } else if (n.opType === 'Flatten') {
      if (attr(n, 'axis', 1) !== 1)
        return fail(`${nodeLabel(n)} flattens from axis ${attr(n, 'axis', 1)}, not 1`);
      flat = true;
    }
    used.add(n);
    if (n.opType !== 'Identity' && n.opType !== 'Flatten') prevOp = n.opType;
    cur = n.output[0];
  }
  const stray = g.node.find((n) => !used.has(n));
  if (stray) return fail(`the graph has a ${nodeLabel(stray)} off the path from input to output`);
  if (!layers.length) return fail('the graph has no Gemm or MatMul layer');
  return { ok: true, value: denseModelFile(layers[0].inputs, layers) };
}

/** A bias tensor of shape [units] or [1, units]. */
function biasOf(
  n: OnnxNode,
  k: number,
  units: number,
  inits: Map<string, OnnxTensor>,
): ParseResult<Float64Array> {
  const t = inits.get(n.input[k] ?? '');
  if (!t) return fail(`${nodeLabel(n)}: input '${n.input[k] ?? ''}' is not a stored bias tensor`);
  const shapeOk =
    (t.dims.length === 1 && t.dims[0] === units) ||
    (t.dims.length === 2 && t.dims[0] === 1 && t.dims[1] === units);
  if (!shapeOk) return fail(`bias '${t.name}' of ${nodeLabel(n)} has shape [${t.dims}], expected [${units}]`);
  return tensorValues(t);
}

/** Parses the bytes of an .onnx file into a Weightscope model file; never throws. */
export function parseOnnxModel(bytes: ArrayBuffer | Uint8Array): ParseResult<ModelFile> {
  const decoded = decodeOnnx(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  if (!decoded.ok) return decoded;
  const g = decoded.value.graph;
  if (!g || !g.node.length) return fail('the file holds no ONNX graph');
  return walk(g);
}
