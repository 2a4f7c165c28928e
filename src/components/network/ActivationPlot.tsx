import { memo, useLayoutEffect, useRef } from 'react';
import type { Activation } from '../../engine';
import { ACTIVATION_INFO } from '../../engine';
import { drawActivationPlot } from '../../viz/activationPlot';
import { sizeCanvas } from '../common/useDprCanvas';

const W = 96;
const H = 56;

/** A small plot of f (solid) and its derivative f′ (dashed). */
export const ActivationPlot = memo(function ActivationPlot({ kind }: { kind: Activation }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    if (!ref.current) return;
    const ctx = sizeCanvas(ref.current, W, H);
    if (ctx) drawActivationPlot(ctx, kind, W, H);
  }, [kind]);
  const info = ACTIVATION_INFO[kind];
  return (
    <figure className="act-plot">
      <canvas
        ref={ref}
        role="img"
        aria-label={`${info.label} (solid) and its derivative (dashed) for z from −4 to 4; range ${info.range}`}
      />
      <figcaption>
        <span className="key-f">— f</span> <span className="key-df">┄ f′</span>
        <br />
        range {info.range}
      </figcaption>
    </figure>
  );
});
