import { NEGATIVE, POSITIVE } from './colors';
import { linkWidth, unitMapPixels, type DiagramLayout } from './diagram';

export interface DiagramLayerData {
  inputs: number;
  units: number;
  weights: Float64Array;
}

export interface UnitImage {
  /** side × side values. */
  values: Float64Array;
  side: number;
  max: number;
}

export interface DiagramDrawOptions {
  /** Layers' weights, index = layer. */
  layers: DiagramLayerData[];
  /** images[c][u]: the picture in column c's unit u (c = 0 is the input column), or null for a plain box. */
  images: (UnitImage | null)[][];
  /** Labels for the input column's units (x₁, x₂) when they have no image. */
  inputLabels: string[];
  /** Image inputs: draw one bundle into layer 0 instead of one link per input. */
  imageInputs: boolean;
  /** Highlighted link (layer, row, col) or unit (layer, row, col = -1). */
  highlight: { layer: number; row: number; col: number } | null;
  /** A step played in slow motion: the phase shown and the layer it is at (the loss is at the output). */
  active?: { kind: 'forward' | 'loss' | 'backward' | 'update'; layer: number } | null;
}

/** Input labels of up to two characters (x₁, x₂) go inside their square; longer ones beside it, at this size. */
export const LABEL_PX = 11;
export const LABEL_GAP = 8;
export const labelFitsInside = (label: string) => [...label].length <= 2;

const PHASE_WORDS = {
  forward: 'Forward through layer',
  loss: 'Loss at the output, layer',
  backward: 'Backward through layer',
  update: 'Update of layer',
} as const;

/** A band behind the active layer's links and units, and a caption naming the phase. */
function drawActive(
  ctx: CanvasRenderingContext2D,
  layout: DiagramLayout,
  a: NonNullable<DiagramDrawOptions['active']>,
): void {
  const from = layout.columns[a.layer];
  const to = layout.columns[a.layer + 1];
  if (!from?.length || !to?.length) return;
  const x0 = a.kind === 'loss' ? to[0].x - 6 : from[0].x + from[0].size;
  const x1 = to[0].x + to[0].size + 6;
  ctx.fillStyle = a.kind === 'backward' ? 'rgba(255, 191, 0, 0.28)' : 'rgba(255, 212, 0, 0.22)';
  ctx.fillRect(x0, 0, x1 - x0, layout.height);
  ctx.fillStyle = '#1a1a1a';
  ctx.font = 'bold 11px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  const arrow = a.kind === 'backward' ? '← ' : a.kind === 'forward' ? '→ ' : '';
  ctx.fillText(
    `${arrow}${PHASE_WORDS[a.kind]} ${a.layer + 1}`,
    Math.min(layout.width - 90, Math.max(90, (x0 + x1) / 2)),
    1,
  );
}

let scratch: HTMLCanvasElement | null = null;

function paintImage(ctx: CanvasRenderingContext2D, img: UnitImage, x: number, y: number, size: number) {
  const px = unitMapPixels(img.values, img.side, img.max);
  scratch ??= document.createElement('canvas');
  scratch.width = img.side;
  scratch.height = img.side;
  const s = scratch.getContext('2d');
  if (!s) return;
  s.putImageData(new ImageData(px as Uint8ClampedArray<ArrayBuffer>, img.side, img.side), 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(scratch, x, y, size, size);
}

/** Links (colour = sign, width = |w|) and unit squares; ctx is already scaled for devicePixelRatio. */
export function drawDiagram(
  ctx: CanvasRenderingContext2D,
  layout: DiagramLayout,
  o: DiagramDrawOptions,
): void {
  ctx.clearRect(0, 0, layout.width, layout.height);
  if (o.active) drawActive(ctx, layout, o.active);
  const cols = layout.columns;
  for (let c = 0; c + 1 < cols.length; c++) {
    const from = cols[c];
    const to = cols[c + 1];
    const L = o.layers[c];
    if (!L || !from.length || !to.length) continue;
    const x0 = from[0].x + from[0].size;
    const x1 = to[0].x;
    if (o.imageInputs && c === 0) {
      ctx.strokeStyle = 'rgba(0,0,0,0.2)';
      ctx.lineWidth = 1;
      const a = from[0];
      for (const b of to) {
        ctx.beginPath();
        ctx.moveTo(x0, a.y + a.size / 2);
        ctx.lineTo(x1, b.y + b.size / 2);
        ctx.stroke();
      }
      continue;
    }
    let max = 0;
    for (let i = 0; i < L.weights.length; i++) max = Math.max(max, Math.abs(L.weights[i]));
    for (const a of from)
      for (const b of to) {
        const w = L.weights[b.unit * L.inputs + a.unit];
        if (w === 0) continue;
        const hi =
          o.highlight && o.highlight.layer === c && o.highlight.row === b.unit && o.highlight.col === a.unit;
        ctx.beginPath();
        ctx.moveTo(x0, a.y + a.size / 2);
        ctx.lineTo(x1, b.y + b.size / 2);
        if (hi) {
          ctx.strokeStyle = '#000';
          ctx.lineWidth = linkWidth(w, max) + 4;
          ctx.stroke();
        }
        ctx.strokeStyle = w > 0 ? POSITIVE : NEGATIVE;
        ctx.globalAlpha = hi ? 1 : 0.35 + 0.55 * Math.min(1, Math.abs(w) / (max || 1));
        ctx.lineWidth = linkWidth(w, max);
        // Negative links dashed: the sign reads without colour.
        ctx.setLineDash(w < 0 ? [4, 2] : []);
        ctx.stroke();
        ctx.globalAlpha = 1;
      }
    ctx.setLineDash([]);
  }
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  cols.forEach((col, c) =>
    col.forEach((b) => {
      const img = o.images[c]?.[b.unit] ?? null;
      if (img) paintImage(ctx, img, b.x, b.y, b.size);
      else {
        ctx.fillStyle = '#fff';
        ctx.fillRect(b.x, b.y, b.size, b.size);
        const label = c === 0 ? (o.inputLabels[b.unit] ?? '') : '';
        ctx.fillStyle = '#1a1a1a';
        if (!label) {
          // A hidden unit: its square says it all.
        } else if (labelFitsInside(label)) {
          ctx.font = '12px system-ui, sans-serif';
          ctx.fillText(label, b.x + b.size / 2, b.y + b.size / 2);
        } else {
          // A word beside its square, right-aligned into the room the layout kept for it.
          ctx.font = `${LABEL_PX}px system-ui, sans-serif`;
          ctx.textAlign = 'right';
          ctx.fillText(label, b.x - LABEL_GAP / 2, b.y + b.size / 2);
          ctx.textAlign = 'center';
        }
      }
      const hi =
        o.highlight && o.highlight.layer === b.layer && o.highlight.row === b.unit && o.highlight.col < 0;
      ctx.strokeStyle = hi ? '#000' : '#8a8a8a';
      ctx.lineWidth = hi ? 3 : 1;
      ctx.strokeRect(b.x + 0.5, b.y + 0.5, b.size - 1, b.size - 1);
    }),
  );
}
