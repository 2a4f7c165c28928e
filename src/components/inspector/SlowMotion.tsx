import { useEffect, useRef } from 'react';
import { useStore } from '../../store';
import type { StepPhase } from '../../session';

/** The phases of one step in order: forward through each layer, the loss, backward through each, the update. */
export function phasesOf(layers: number): NonNullable<StepPhase>[] {
  const out: NonNullable<StepPhase>[] = [];
  for (let l = 0; l < layers; l++) out.push({ kind: 'forward', layer: l });
  out.push({ kind: 'loss', layer: layers - 1 });
  for (let l = layers - 1; l >= 0; l--) out.push({ kind: 'backward', layer: l });
  out.push({ kind: 'update', layer: 0 });
  return out;
}

export function phaseText(p: NonNullable<StepPhase>): string {
  switch (p.kind) {
    case 'forward':
      return `Forward: layer ${p.layer + 1} computes z = W·a + b and its activations`;
    case 'loss':
      return 'Loss: the outputs are compared with the targets; the output error terms δ are formed';
    case 'backward':
      return `Backward: layer ${p.layer + 1}'s error terms δ and gradients δ·a`;
    case 'update':
      return 'Update: every weight moves by −lr × its gradient';
  }
}

const PHASE_MS = 900;

/** Plays the last step phase by phase; the store's phase lets the network diagram highlight the active layer. */
export function SlowMotion() {
  const phase = useStore((s) => s.phase);
  const layers = useStore((s) => s.mlp.layers.length);
  const timer = useRef(0);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const play = () => {
    const list = phasesOf(layers);
    let k = 0;
    const next = () => {
      useStore.getState().setPhase(k < list.length ? list[k] : null);
      k++;
      if (k <= list.length) timer.current = window.setTimeout(next, PHASE_MS);
    };
    window.clearTimeout(timer.current);
    next();
  };
  const stop = () => {
    window.clearTimeout(timer.current);
    useStore.getState().setPhase(null);
  };
  return (
    <div className="slow-motion">
      {phase ? (
        <button type="button" onClick={stop}>
          Stop slow motion
        </button>
      ) : (
        <button type="button" onClick={play}>
          Play this step in slow motion
        </button>
      )}
      <p className="small" role="status" aria-live="polite">
        {phase ? phaseText(phase) : ''}
      </p>
    </div>
  );
}
