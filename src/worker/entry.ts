import { expose, transfer } from 'comlink';
import { TrainerMirror } from './mirror';
import type { RoundRequest, TrainerStart, TrainingBackend } from './protocol';

/** The buffers of every typed array in a value (all of a round's arrays are fresh copies, so all can move). */
function buffers(v: unknown, out: Set<ArrayBuffer>): Set<ArrayBuffer> {
  if (ArrayBuffer.isView(v)) {
    if (v.buffer instanceof ArrayBuffer) out.add(v.buffer);
  } else if (Array.isArray(v)) for (const x of v) buffers(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) buffers(x, out);
  return out;
}

// The page's training worker: the mirror, reached through comlink. A round's arrays (its timeline entries,
// weights and the inspector's record, megabytes on a big network) are moved to the page, not copied.
const mirror = new TrainerMirror();
const api: TrainingBackend = {
  start: (init: TrainerStart) => mirror.start(init),
  round(req: RoundRequest) {
    const r = mirror.round(req);
    return transfer(r, [...buffers(r, new Set())]);
  },
};
expose(api);
