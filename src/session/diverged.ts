import type { Divergence } from '../engine';
import type { Ctx } from './core';
import type { SessionState } from './types';

/** A refused step: play stops, the last good weights are kept, and the notice says where and what to do. */
export function divergedPatch(ctx: Ctx, d: Divergence): Partial<SessionState> {
  const s = ctx.get();
  const last = s.mlp.layers.length - 1;
  const where = `layer ${d.layer + 1}${d.layer === last ? ' (the output layer)' : ''}`;
  const step = s.trainer.step + 1;
  return {
    playing: false,
    divergence: { step, divergence: d, lr: s.config.lr },
    notice: {
      kind: 'error',
      text: `Training diverged at step ${step}, in ${where}: ${d.message.replace(/^layer \d+: /, '')} (learning rate ${s.config.lr}). The step was refused and the last good weights are kept. Lower the learning rate and continue.`,
    },
  };
}
