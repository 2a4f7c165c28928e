import { formatNumber } from '../format/display';
import { divergingColor, signGlyph } from './colors';
import { textWidth } from './textWidth';

/** One layer as the heatmap shows it: units × inputs weights plus a bias column. */
export interface SvgLayer {
  title: string;
  rows: number;
  cols: number;
  /** rows × cols, row-major (weights[i*cols+j] = from input j into unit i). */
  weights: ArrayLike<number>;
  biases: ArrayLike<number>;
}

export interface HeatmapSvgOptions {
  cell?: number;
  /** One colour scale for the whole network, or one per layer (as on screen). */
  scope?: 'layer' | 'network';
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const maxAbsOf = (xs: ArrayLike<number>[]) => {
  let m = 0;
  for (const a of xs) for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m || 1e-6;
};
/** A number written exactly (shortest round-trip form), so the SVG is data as well as a picture. */
const num = (v: number) => String(v);

const CAPTION_PX = 12;
/**
 * Weight heatmaps as SVG, built from the numbers (not from pixels): a <rect> per weight and bias, coloured
 * on the zero-centred sign palette, each with a <title> giving its exact value and sign, so the file stays
 * readable in greyscale and by screen readers.
 */
export function heatmapSvg(layers: SvgLayer[], opts: HeatmapSvgOptions = {}): string {
  const cell = opts.cell ?? 14;
  const gap = cell * 2;
  const top = 22;
  const netMax = maxAbsOf(layers.flatMap((l) => [l.weights, l.biases]));
  const parts: string[] = [];
  let x = 0;
  let height = top;
  for (const [li, l] of layers.entries()) {
    const max = opts.scope === 'network' ? netMax : maxAbsOf([l.weights, l.biases]);
    parts.push(`<g transform="translate(${x},0)">`);
    parts.push(
      `<text x="0" y="14" font-family="sans-serif" font-size="${CAPTION_PX}">${esc(l.title)}</text>`,
    );
    const rect = (cx: number, cy: number, v: number, label: string) =>
      parts.push(
        `<rect x="${cx}" y="${cy}" width="${cell}" height="${cell}" fill="${divergingColor(v / max)}">` +
          `<title>${esc(label)} = ${signGlyph(v)}${num(Math.abs(v))}</title></rect>`,
      );
    for (let i = 0; i < l.rows; i++) {
      for (let j = 0; j < l.cols; j++)
        rect(
          j * cell,
          top + i * cell,
          l.weights[i * l.cols + j],
          `layer ${li + 1} unit ${i + 1} ← input ${j + 1}`,
        );
      rect((l.cols + 0.5) * cell, top + i * cell, l.biases[i], `layer ${li + 1} unit ${i + 1} bias`);
    }
    parts.push('</g>');
    // A layer takes the width of its grid or of its caption, whichever is wider (a 2-input layer's grid is
    // narrower than "Layer 1: 8 × 2 + bias", which used to run into the next layer's caption).
    x += Math.max((l.cols + 1.5) * cell, textWidth(l.title, CAPTION_PX)) + gap;
    height = Math.max(height, top + l.rows * cell);
  }
  const width = Math.max(1, x - gap);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`
  );
}

/** Train and test loss over steps as an SVG line chart (log-free, zero at the bottom). */
export function lossChartSvg(
  h: { steps: number[]; train: number[]; test: number[] },
  opts: { width?: number; height?: number } = {},
): string {
  const W = opts.width ?? 480;
  const H = opts.height ?? 240;
  const finite = [...h.train, ...h.test].filter(Number.isFinite);
  const yMax = Math.max(1e-9, ...finite);
  const top = formatNumber(yMax);
  // The top label decides the left margin: a diverged loss (1.3×10¹¹⁴) is never cut off at the edge.
  const m = { l: Math.max(48, Math.ceil(textWidth(top, 11)) + 8), r: 12, t: 12, b: 28 };
  const x0 = h.steps[0] ?? 0;
  const x1 = Math.max(x0 + 1, h.steps[h.steps.length - 1] ?? 1);
  const px = (s: number) => m.l + ((s - x0) / (x1 - x0)) * (W - m.l - m.r);
  const py = (v: number) => H - m.b - (v / yMax) * (H - m.t - m.b);
  const line = (ys: number[]) =>
    ys
      .map((v, i) => (Number.isFinite(v) ? `${px(h.steps[i]).toFixed(2)},${py(v).toFixed(2)}` : ''))
      .filter(Boolean)
      .join(' ');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<line x1="${m.l}" y1="${H - m.b}" x2="${W - m.r}" y2="${H - m.b}" stroke="#555"/>` +
    `<line x1="${m.l}" y1="${m.t}" x2="${m.l}" y2="${H - m.b}" stroke="#555"/>` +
    `<text x="${m.l - 4}" y="${m.t + 4}" text-anchor="end">${esc(top)}</text>` +
    `<text x="${m.l - 4}" y="${H - m.b}" text-anchor="end">0</text>` +
    `<text x="${W - m.r}" y="${H - 8}" text-anchor="end">step ${x1}</text>` +
    // The legend: two lines, told apart by dash as well as by name.
    `<g transform="translate(${m.l},${H - 12})">` +
    `<line x1="0" x2="22" y1="0" y2="0" stroke="#1a1a1a" stroke-width="2"/><text x="26" y="4">train</text>` +
    `<line x1="70" x2="92" y1="0" y2="0" stroke="#1a1a1a" stroke-width="2" stroke-dasharray="5 3"/><text x="96" y="4">test</text>` +
    `</g>` +
    `<polyline fill="none" stroke="#1a1a1a" stroke-width="2" points="${line(h.train)}"><title>train loss</title></polyline>` +
    `<polyline fill="none" stroke="#1a1a1a" stroke-width="2" stroke-dasharray="5 3" points="${line(h.test)}"><title>test loss</title></polyline>` +
    `</svg>`
  );
}

/** Every weight as CSV rows: layer, unit, input (or "bias"), value (exact). */
export function weightsCsv(layers: SvgLayer[]): string {
  const rows = ['layer,unit,input,value'];
  layers.forEach((l, li) => {
    for (let i = 0; i < l.rows; i++) {
      for (let j = 0; j < l.cols; j++)
        rows.push(`${li + 1},${i + 1},${j + 1},${num(l.weights[i * l.cols + j])}`);
      rows.push(`${li + 1},${i + 1},bias,${num(l.biases[i])}`);
    }
  });
  return rows.join('\n') + '\n';
}
