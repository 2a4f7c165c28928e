import { expose, transfer } from 'comlink';
import { TrainerMirror } from './mirror';
import type { RoundRequest, TrainerStart, TrainingBackend } from './protocol';

// The page's training worker: the mirror, reached through comlink. A round's large arrays are moved, not copied.
const mirror = new TrainerMirror();
const api: TrainingBackend = {
  start: (init: TrainerStart) => mirror.start(init),
  round(req: RoundRequest) {
    const r = mirror.round(req);
    return transfer(r, [r.entries.buffer, r.losses.buffer, r.checkpoints.buffer, r.entryAt.buffer]);
  },
};
expose(api);
