import { autoStopOff, autoStopRule, stopMessage } from './autoStop';
import type { Ctx } from './core';

/**
 * Play's auto-stop, applied after a frame was published: when the losses shown were measured at the step
 * shown, the rule reads them and may stop play with a notice saying why. One call, wherever frames are
 * published.
 */
export function autoStopAfterFrame(ctx: Ctx): void {
  const s = ctx.get();
  if (!s.playing || s.metricsStep !== s.step || autoStopOff(s.config)) return;
  const t = s.trainer;
  const epoch = t.epoch + (t.data.n > 0 ? t.cursor / t.data.n : 0);
  const { memory, stop } = autoStopRule(
    ctx.owned.autoStop,
    { step: s.step, epoch, testLoss: s.metrics.testLoss },
    s.config,
  );
  ctx.owned.autoStop = memory;
  if (stop) ctx.set({ playing: false, notice: { kind: 'info', text: stopMessage(stop) } });
}
