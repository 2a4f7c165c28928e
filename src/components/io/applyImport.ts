import { modelFromJson, parseModelFile, type Mlp, type ModelFile, type ParseResult } from '../../engine';
import { parseCsv } from '../../datasets';
import { parseSafetensors, type SafetensorsActivations } from '../../io/safetensors';
import { parseTfjsModel } from '../../io/tfjs';
import { useStore } from '../../store';
import { readBytes, readText } from './readFile';

export type Outcome = { ok: true; text: string } | { ok: false; text: string };

/**
 * Puts an imported network in place, whole or not at all: the session adopts its architecture and weights as
 * step 0 of a new history when it fits the data set.
 */
export function adoptNetwork(m: Mlp, source: string, inputFeatures: string[] | null = null): Outcome {
  const r = useStore.getState().importNetwork(m, source, inputFeatures);
  return r.ok ? { ok: true, text: r.text } : { ok: false, text: r.text };
}

const failed = (source: string, r: ParseResult<unknown>): Outcome => ({
  ok: false,
  text: `${source} was not imported: ${(r as { error: string }).error}. The current network is unchanged.`,
});

export function importModelText(text: string, name: string): Outcome {
  const r = parseModelFile(text);
  return r.ok ? adoptNetwork(r.value.mlp, name, r.value.inputFeatures) : failed(name, r);
}

/** A model file read from another format: validated as any model file, then adopted whole or not at all. */
export function adoptModelFile(r: ParseResult<ModelFile>, name: string): Outcome {
  if (!r.ok) return failed(name, r);
  const m = modelFromJson(r.value);
  return m.ok ? adoptNetwork(m.value, name) : failed(name, m);
}

/** ONNX: the protobuf decoder is loaded only when a file is chosen (not in the first screen's bytes). */
export async function importOnnxBytes(bytes: ArrayBuffer, name: string): Promise<Outcome> {
  const { parseOnnxModel } = await import('../../io/onnx');
  return adoptModelFile(parseOnnxModel(bytes), name);
}

/** What a .safetensors file holds before its activations are chosen: its layer widths, or why it is refused. */
export function safetensorsShape(bytes: ArrayBuffer, name: string): { ok: true; widths: number[] } | Outcome {
  const r = parseSafetensors(bytes, { hidden: 'relu', output: 'linear' });
  return r.ok
    ? { ok: true, widths: [r.value.inputs, ...r.value.layers.map((l) => l.units)] }
    : failed(name, r);
}

export const importSafetensorsBytes = (
  bytes: ArrayBuffer,
  name: string,
  acts: SafetensorsActivations,
): Outcome => adoptModelFile(parseSafetensors(bytes, acts), name);

/** TensorFlow.js: the chosen files must include one .json (the model) and its .bin weights. */
export async function importTfjsFiles(files: File[]): Promise<Outcome> {
  const json = files.filter((f) => f.name.toLowerCase().endsWith('.json'));
  if (json.length !== 1)
    return {
      ok: false,
      text: `Choose exactly one model.json (found ${json.length}) together with its .bin weight file(s). The current network is unchanged.`,
    };
  const bins = new Map<string, ArrayBuffer>();
  for (const f of files) if (f !== json[0]) bins.set(f.name, await readBytes(f));
  const r = parseTfjsModel(await readText(json[0]), bins);
  return r.ok ? adoptNetwork(r.value, json[0].name) : failed(json[0].name, r);
}

export function importCsvText(text: string, name: string): Outcome {
  const s = useStore.getState();
  const r = parseCsv(text, { trainRatio: s.config.trainRatio, seed: s.config.dataSeed, name });
  if (!r.ok)
    return {
      ok: false,
      text: `${name} was not imported: ${r.error}. The current data set and network are unchanged.`,
    };
  s.setCustomDataset(r.value);
  const d = r.value;
  const c = useStore.getState().config;
  // More than two classes get one softmax unit each (the session's default): say so where the import is told.
  const output =
    d.kind === 'classification' && d.classes > 2 && c.outputActivation === 'softmax'
      ? ` The output is ${d.classes} softmax units trained with cross-entropy, one probability per class.`
      : '';
  return {
    ok: true,
    text: `Imported ${name}: ${d.train.n + d.test.n} rows, ${d.inputs} inputs, ${d.kind === 'classification' ? `${d.classes} classes` : 'regression'}.${output}`,
  };
}
