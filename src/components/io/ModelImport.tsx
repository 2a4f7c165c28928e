import { useState } from 'react';
import {
  ACTIVATION_INFO,
  ACTIVATIONS,
  HIDDEN_ACTIVATIONS,
  type Activation,
  type HiddenActivation,
} from '../../engine';
import { useStore } from '../../store';
import {
  importModelText,
  importOnnxBytes,
  importSafetensorsBytes,
  safetensorsShape,
  type Outcome,
} from './applyImport';
import { FilePick } from './FilePick';
import { readBytes, readText } from './readFile';

interface Pending {
  name: string;
  bytes: ArrayBuffer;
  widths: number[];
}

/**
 * The model-file input: Weightscope's .json, an ONNX export or a .safetensors file. A .safetensors file
 * stores no activations, so it waits here until the user has chosen them.
 */
export function ModelImport({ run }: { run: (f: () => Outcome | Promise<Outcome>) => void }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [hidden, setHidden] = useState<HiddenActivation>('relu');
  const currentOutput = useStore((s) => s.config.outputActivation);
  const [output, setOutput] = useState<Activation | null>(null);
  const pick = ([f]: File[]) => {
    const lower = f.name.toLowerCase();
    setPending(null);
    if (lower.endsWith('.onnx')) run(async () => importOnnxBytes(await readBytes(f), f.name));
    else if (lower.endsWith('.safetensors'))
      run(async () => {
        const bytes = await readBytes(f);
        const r = safetensorsShape(bytes, f.name);
        if (!('widths' in r)) return r;
        setPending({ name: f.name, bytes, widths: r.widths });
        return {
          ok: true,
          text: `${f.name} holds a ${r.widths.join('–')} network of linear layers and no activations: choose them, then import.`,
        };
      });
    else run(async () => importModelText(await readText(f), f.name));
  };
  const out = output ?? currentOutput;
  return (
    <>
      <FilePick
        label="Model file (.json, .onnx, .safetensors)"
        accept=".json,.onnx,.safetensors,application/json"
        onFiles={pick}
      />
      {pending && (
        <fieldset className="io-choice">
          <legend>Activations for {pending.name}</legend>
          {pending.widths.length > 2 && (
            <label>
              Hidden layers{' '}
              <select value={hidden} onChange={(e) => setHidden(e.target.value as HiddenActivation)}>
                {HIDDEN_ACTIVATIONS.map((a) => (
                  <option key={a} value={a}>
                    {ACTIVATION_INFO[a].label}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            Output layer{' '}
            <select value={out} onChange={(e) => setOutput(e.target.value as Activation)}>
              {ACTIVATIONS.map((a) => (
                <option key={a} value={a}>
                  {ACTIVATION_INFO[a].label}
                </option>
              ))}
            </select>
          </label>
          <div className="io-choice-buttons">
            <button
              type="button"
              onClick={() => {
                const { name, bytes } = pending;
                setPending(null);
                run(() => importSafetensorsBytes(bytes, name, { hidden, output: out }));
              }}
            >
              Import {pending.name}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </fieldset>
      )}
    </>
  );
}
