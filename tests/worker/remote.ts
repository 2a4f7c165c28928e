import { TrainerMirror } from '../../src/worker/mirror';
import type { TrainingBackend } from '../../src/worker/protocol';
import type { History } from '../../src/history/timelineHistory';

/**
 * The training mirror behind a message boundary, as in a Worker: every message is structured-cloned both
 * ways, calls run one after another in the order sent, later than the caller continues. Its clock moves 1 ms
 * per reading, so rounds have a size that does not depend on this machine; `advance` moves it further (work
 * that takes longer).
 */
export function clonedBackend(): TrainingBackend & { rounds: number; advance(ms: number): void } {
  let t = 0;
  const mirror = new TrainerMirror(() => t++);
  let queue: Promise<unknown> = Promise.resolve();
  const backend = {
    rounds: 0,
    advance(ms: number) {
      t += ms;
    },
    start(init: Parameters<TrainingBackend['start']>[0]) {
      const copy = structuredClone(init);
      queue = queue.then(() => mirror.start(copy));
      return queue as Promise<void>;
    },
    round(req: Parameters<TrainingBackend['round']>[0]) {
      const copy = structuredClone(req);
      const r = queue.then(() => {
        backend.rounds++;
        return structuredClone(mirror.round(copy));
      });
      queue = r;
      return r;
    },
  };
  return backend;
}

/** Lets queued messages and their replies through. */
export const settle = () => new Promise((r) => setTimeout(r, 0));

/** Every entry of a history as plain numbers (its data, index and mark), for exact comparison. */
export function dumpHistory(h: History) {
  const entries = [];
  for (let i = 0; i < h.count; i++) {
    const o = h.offset(i);
    entries.push({
      step: h.step(i),
      loss: h.loss(i),
      cp: h.checkpoint(i),
      mark: h.markOf(i),
      data: Array.from(h.block(i).subarray(o, o + h.stride)),
    });
  }
  return { count: h.count, spacing: h.spacing, thinnedTo: h.thinnedTo, entries };
}
