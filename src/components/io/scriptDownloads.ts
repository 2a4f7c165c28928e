import { cloneMlp } from '../../engine';
import { scriptFeatures, shuffleStateOf, type ScriptRun } from '../../io/scriptData';
import { useStore } from '../../store';
import type { Outcome } from './applyImport';
import { downloadBlob } from './downloads';

/**
 * The run a script repeats: the network at timeline step 0 (the last entry at step 0 of the current branch:
 * after any edits made before training), the current settings and training data, and the step shown now.
 */
export function scriptRunNow(): ScriptRun | { error: string } {
  const s = useStore.getState();
  const model = cloneMlp(s.mlp);
  const h = s.historyOf(s.branchId);
  let shuffleState = shuffleStateOf(s.config);
  if (h && h.count > 0) {
    const i = h.indexAtStep(0);
    if (h.step(i) !== 0) return { error: 'the timeline no longer holds step 0 of this run' };
    h.restore(
      i,
      model.layers.map((l) => l.weights),
      model.layers.map((l) => l.biases),
    );
    shuffleState = h.checkpoint(i).epochRngState;
  } else if (s.step !== 0) return { error: 'the timeline holds no step 0 of this run' };
  return {
    config: s.config,
    model,
    train: s.train,
    steps: s.step,
    shuffleState,
    ...scriptFeatures(s.config, s.dataset),
  };
}

/** Steps after step 0 at which weights were edited or settings changed: a script cannot repeat those. */
function changesAfterStart(): number[] {
  const s = useStore.getState();
  const h = s.historyOf(s.branchId);
  const steps: number[] = [];
  for (let i = 0; h && i < h.count; i++) if (h.step(i) > 0 && h.markOf(i)) steps.push(h.step(i));
  return steps;
}

/** Writes the script; the exporters are loaded when first asked for (not in the first screen's bytes). */
async function save(kind: 'PyTorch' | 'TensorFlow.js'): Promise<Outcome> {
  const run = scriptRunNow();
  if ('error' in run) return { ok: false, text: `The ${kind} script was not made: ${run.error}.` };
  const py = kind === 'PyTorch';
  const name = `weightscope_run_step${run.steps}.${py ? 'py' : 'mjs'}`;
  const text = py
    ? (await import('../../io/pytorchExport')).pytorchScript(run)
    : (await import('../../io/tfjsExport')).tfjsScript(run);
  downloadBlob(new Blob([text], { type: py ? 'text/x-python' : 'text/javascript' }), name);
  const changed = changesAfterStart();
  const note = changed.length
    ? ` Weights or settings changed during the run (step ${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ', …' : ''}): the script trains from step 0 with today's settings and no hand edits, so it follows the app only up to the first change.`
    : '';
  const how = py ? `python3 ${name} [--steps N] [--device cuda]` : `node ${name} [--steps N]`;
  return { ok: true, text: `Saved ${name}: run it with ${how}.${note}` };
}

export const downloadPytorchScript = () => save('PyTorch');
export const downloadTfjsScript = () => save('TensorFlow.js');
