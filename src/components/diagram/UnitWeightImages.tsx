import { useEffect, useRef } from 'react';
import { useStore, type Store } from '../../store';
import { heatmapPixels } from '../../viz/heatmap';
import { scaleOf } from '../heatmap/LayerHeatmap';
import './unitImages.css';

/** The side of the square image data a first layer reads, when it reads one whole; 0 otherwise. */
function imageSide(s: Store): number {
  const img = s.dataset.image;
  const l = s.mlp.layers[0];
  return img && l && img.width === img.height && l.inputs === img.width * img.height ? img.width : 0;
}

/** Draws every unit's incoming weights into its canvas on the layer's colour scale. */
function drawAll(list: HTMLElement, s: Store): void {
  const side = imageSide(s);
  const l = s.mlp.layers[0];
  if (!side || !l) return;
  const max = scaleOf(s, 0);
  list.querySelectorAll('canvas').forEach((c, u) => {
    const ctx = c.getContext('2d');
    if (!ctx || u >= l.units) return;
    const px = heatmapPixels(l.weights.subarray(u * l.inputs, (u + 1) * l.inputs), side, side, max);
    ctx.putImageData(new ImageData(px as Uint8ClampedArray<ArrayBuffer>, side, side), 0, 0);
  });
}

/**
 * For image data (8×8 digits, 28×28 MNIST): each first-layer unit's incoming weights as a side × side picture
 * on the signed scale of the layer-1 heatmap, large enough to read (56 CSS px at least). Blue pixels excite the
 * unit, orange pixels inhibit it, grey is 0. Redrawn from a store subscription, at most once a frame.
 */
export function UnitWeightImages() {
  const listRef = useRef<HTMLUListElement>(null);
  const units = useStore((s) => (imageSide(s) ? s.mlp.layers[0].units : 0));
  const side = useStore(imageSide);
  useEffect(() => {
    let raf = 0;
    const draw = () => {
      raf = 0;
      if (listRef.current) drawAll(listRef.current, useStore.getState());
    };
    draw();
    const unsub = useStore.subscribe((s, p) => {
      const changed = s.version !== p.version || s.scales !== p.scales || s.colorScope !== p.colorScope;
      if (changed && !raf) raf = requestAnimationFrame(draw);
    });
    return () => {
      unsub();
      if (raf) cancelAnimationFrame(raf);
    };
  }, [units, side]);
  if (!units) return null;
  return (
    <figure className="unit-images">
      <figcaption>
        Layer 1: each unit’s {side}×{side} incoming weights, one pixel per input pixel, on the layer’s colour
        scale (blue + excites the unit, orange − inhibits it, grey 0). Exact values: the layer 1 heatmap or
        table.
      </figcaption>
      <ul ref={listRef} className="unit-image-grid">
        {Array.from({ length: units }, (_, u) => (
          <li key={u}>
            <canvas
              width={side}
              height={side}
              className="unit-image"
              role="img"
              aria-label={`unit ${u + 1}, ${side}×${side} weights`}
            />
            <span aria-hidden="true">{u + 1}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
