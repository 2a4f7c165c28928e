import type { Mlp, StepRecord } from '../engine';

/**
 * Points where other slices (the timeline, the charts) follow training without the model slice knowing
 * them. Listeners run synchronously inside the training loop, so they must be cheap and allocate little.
 */
export interface StepEvent {
  step: number;
  mlp: Mlp;
  loss: number;
  record: StepRecord | null;
}

type Listener<T> = (e: T) => void;

function channel<T>() {
  const ls = new Set<Listener<T>>();
  return {
    on(l: Listener<T>): () => void {
      ls.add(l);
      return () => ls.delete(l);
    },
    emit(e: T): void {
      for (const l of ls) l(e);
    },
  };
}

/** After every successful training step. */
export const afterStep = channel<StepEvent>();
/** After a hand edit of weights (paint stroke, typed value, undo/redo, import), with its label. */
export const afterEdit = channel<{ label: string; mlp: Mlp; step: number }>();
/** After the network was rebuilt (reset, new architecture or data set). */
export const afterReset = channel<{ mlp: Mlp }>();
/** After a setting changed without rebuilding the network, with what changed. */
export const afterSetting = channel<{ keys: string[]; step: number }>();
