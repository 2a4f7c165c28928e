import { useEffect, useRef } from 'react';
import { useStore } from '../../../store';
import { heatmapPixels, maxAbs } from '../../../viz/heatmap';

const PX = 5;

/**
 * Every first-layer unit's 64 incoming weights as an 8×8 picture on the sign palette, one shared scale: blue
 * pixels excite the unit, orange pixels inhibit it. Redrawn from a store subscription, at most once a frame.
 */
export function DigitFiltersWidget() {
  const ref = useRef<HTMLCanvasElement>(null);
  const units = useStore((s) => (s.dataset.image ? (s.mlp.layers[0]?.units ?? 0) : 0));
  useEffect(() => {
    let raf = 0;
    const draw = () => {
      raf = 0;
      const c = ref.current;
      const { mlp, dataset } = useStore.getState();
      const l = mlp.layers[0];
      const img = dataset.image;
      const ctx = c?.getContext('2d');
      if (!c || !ctx || !l || !img || l.inputs !== img.width * img.height) return;
      const cols = 8;
      const side = img.width * PX + 4;
      c.width = cols * side;
      c.height = Math.ceil(l.units / cols) * side;
      const max = maxAbs([l.weights]);
      const tile = document.createElement('canvas');
      tile.width = img.width;
      tile.height = img.height;
      const tctx = tile.getContext('2d')!;
      ctx.imageSmoothingEnabled = false;
      for (let u = 0; u < l.units; u++) {
        const px = heatmapPixels(
          l.weights.subarray(u * l.inputs, (u + 1) * l.inputs),
          img.height,
          img.width,
          max,
        );
        tctx.putImageData(new ImageData(px as Uint8ClampedArray<ArrayBuffer>, img.width, img.height), 0, 0);
        ctx.drawImage(
          tile,
          (u % cols) * side + 2,
          Math.floor(u / cols) * side + 2,
          img.width * PX,
          img.height * PX,
        );
      }
    };
    draw();
    const unsub = useStore.subscribe((s, p) => {
      if (s.version !== p.version && !raf) raf = requestAnimationFrame(draw);
    });
    return () => {
      unsub();
      if (raf) cancelAnimationFrame(raf);
    };
  }, [units]);
  if (!units) return null;
  return (
    <figure className="lesson-widget">
      <figcaption>
        Incoming weights of each of the {units} hidden units (8×8, one shared scale; blue +, orange −)
      </figcaption>
      <canvas
        ref={ref}
        role="img"
        aria-label={`Incoming weights of the ${units} hidden units as 8 by 8 images; exact values are in the layer 1 weights table`}
      />
    </figure>
  );
}
