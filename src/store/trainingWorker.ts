import { wrap, type Remote } from 'comlink';
import type { TrainingBackend } from '../worker/protocol';

/**
 * The page's training backend: a module Worker running src/worker/entry.ts, started on the first Play (not in
 * the first screen's work). Undefined where there are no workers: play then trains in the animation frames.
 */
export function workerBackend(): TrainingBackend | undefined {
  if (typeof Worker === 'undefined') return undefined;
  let remote: Remote<TrainingBackend> | null = null;
  const get = () =>
    (remote ??= wrap<TrainingBackend>(
      new Worker(new URL('../worker/entry.ts', import.meta.url), { type: 'module', name: 'training' }),
    ));
  return {
    start: (init) => get().start(init),
    round: (req) => get().round(req),
  };
}
