/**
 * When play stops by itself: the test loss has reached a target, or it has not improved for `patience`
 * epochs (early stopping). A pure rule over the test losses measured during one play, so it can be checked
 * with hand-made loss sequences and called from wherever play's frames are published (the main thread or a
 * worker). Imports only the number formats.
 */
import { formatNumber } from '../format/display';
import { writeNumber } from '../format/number';

/** The auto-stop settings; 0 switches each off. */
export interface AutoStopSettings {
  /** Epochs without a lower test loss before play stops. */
  patience: number;
  /** Play stops once the test loss is at or below this. */
  targetLoss: number;
}

/** One measurement during play: the test loss at a step, and how far training is in epochs (fractional). */
export interface LossReading {
  step: number;
  /** Epochs completed plus the share of the current one done: patience counts whole data-set passes. */
  epoch: number;
  testLoss: number;
}

/** What the rule remembers during one play: the lowest test loss so far and where it was measured. */
export interface AutoStopMemory {
  best: number;
  bestStep: number;
  bestEpoch: number;
}

export type StopReason =
  | { kind: 'target'; target: number; loss: number; step: number }
  | { kind: 'patience'; epochs: number; best: number; bestStep: number; step: number };

export const autoStopOff = (s: AutoStopSettings): boolean => !(s.patience > 0) && !(s.targetLoss > 0);

/**
 * The rule applied to the next reading. `memory` is null at the start of a play: the first reading is the
 * best so far. A reading without a finite test loss (no test rows) decides nothing. The target is checked
 * first: a loss at or below it stops play even on the first reading. Improvement means strictly lower.
 */
export function autoStopRule(
  memory: AutoStopMemory | null,
  r: LossReading,
  s: AutoStopSettings,
): { memory: AutoStopMemory | null; stop: StopReason | null } {
  if (!Number.isFinite(r.testLoss)) return { memory, stop: null };
  if (s.targetLoss > 0 && r.testLoss <= s.targetLoss)
    return { memory, stop: { kind: 'target', target: s.targetLoss, loss: r.testLoss, step: r.step } };
  const m =
    memory === null || r.testLoss < memory.best
      ? { best: r.testLoss, bestStep: r.step, bestEpoch: r.epoch }
      : memory;
  if (s.patience > 0 && r.epoch - m.bestEpoch >= s.patience)
    return {
      memory: m,
      stop: { kind: 'patience', epochs: s.patience, best: m.best, bestStep: m.bestStep, step: r.step },
    };
  return { memory: m, stop: null };
}

/** A step count as people read it: 1,234. */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The notice that says why play stopped. */
export function stopMessage(r: StopReason): string {
  if (r.kind === 'target')
    return `Stopped: test loss reached ${writeNumber(r.target)} at step ${grouped(r.step)} (set the target to 0 to play on).`;
  const epochs = `${r.epochs} epoch${r.epochs === 1 ? '' : 's'}`;
  return `Stopped: no improvement in ${epochs} (lowest test loss ${formatNumber(r.best)} at step ${grouped(r.bestStep)}).`;
}
