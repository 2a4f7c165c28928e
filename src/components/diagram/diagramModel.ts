import type { Dataset } from '../../datasets';
import type { Mlp } from '../../engine';
import { ACTIVATION_INFO } from '../../engine';
import { layoutDiagram, type DiagramHit, type DiagramLayout } from '../../viz/diagram';
import { LABEL_GAP, LABEL_PX, labelFitsInside } from '../../viz/diagramDraw';
import { textWidth } from '../../viz/textWidth';
import type { LayerStats } from './unitMaps';
import { formatNumber } from '../../format/display';

/** Units drawn per column; wider layers show their first CAP units and say how many are left out. */
export const CAP = 16;
const MAX_H = 340;
const PAD = 8;
const NOTE_H = 14;

/** The input column's labels, whole: x₁, x₂, "brilliant" (words were cut to four letters: issue 11). */
export function inputLabels(d: Dataset, names: string[] = d.featureNames): string[] {
  if (d.image) return [`${d.image.width}×${d.image.height}`];
  return names.slice(0, CAP);
}

/** Columns (input + layers) laid out across the canvas width, with room on the left for long input labels. */
export function diagramLayout(
  m: Mlp,
  d: Dataset,
  width: number,
  names: string[] = d.featureNames,
): DiagramLayout {
  const cols = [d.image ? 1 : m.inputs, ...m.layers.map((l) => l.units)];
  const tallest = Math.min(CAP, Math.max(...cols));
  const height = Math.min(MAX_H, tallest * 24 + 2 * PAD + NOTE_H);
  const beside = inputLabels(d, names).filter((l) => !labelFitsInside(l));
  const labelWidth = beside.length
    ? Math.ceil(Math.max(...beside.map((l) => textWidth(l, LABEL_PX)))) + LABEL_GAP
    : 0;
  return layoutDiagram(cols, width, height - NOTE_H, {
    cap: CAP,
    maxSize: 22,
    minSize: 10,
    pad: PAD,
    labelWidth,
  });
}

const f3 = (x: number) => formatNumber(x, { signed: true, fixed: 3 });
const f2 = (x: number) => formatNumber(x, { fixed: 2 });

/** The words of a tooltip for a unit or link. */
export function describeHit(
  hit: DiagramHit,
  m: Mlp,
  d: Dataset,
  stats: LayerStats[] | null,
  names: string[] = d.featureNames,
): string {
  if (!hit) return '';
  if (hit.kind === 'unit') {
    const L = m.layers[hit.layer];
    const out = hit.layer === m.layers.length - 1;
    const name = `${out ? 'Output' : `Layer ${hit.layer + 1}`} unit ${hit.unit + 1} (${ACTIVATION_INFO[L.activation].label})`;
    const r = stats?.[hit.layer]?.ranges[hit.unit];
    const dead = stats?.[hit.layer]?.dead.includes(hit.unit);
    const bias = L.useBias ? `bias ${f3(L.biases[hit.unit])}` : 'no bias';
    const range = r ? `outputs ${f2(r[0])} … ${f2(r[1])} on training points` : '';
    return [name, bias, range, dead ? 'dead: 0 on every training point' : ''].filter(Boolean).join(' · ');
  }
  const L = m.layers[hit.layer];
  const w = L.weights[hit.row * L.inputs + hit.col];
  const from =
    hit.layer === 0 ? (names[hit.col] ?? `input ${hit.col + 1}`) : `L${hit.layer} unit ${hit.col + 1}`;
  const to =
    hit.layer === m.layers.length - 1 ? `output ${hit.row + 1}` : `L${hit.layer + 1} unit ${hit.row + 1}`;
  return `weight ${f3(w)} from ${from} into ${to}`;
}

/** One line per layer: its activation, output range on the training points, and dead units. */
export function layerSummary(m: Mlp, stats: LayerStats[], l: number): string {
  const L = m.layers[l];
  const s = stats[l];
  let lo = Infinity,
    hi = -Infinity;
  for (const [a, b] of s.ranges) {
    lo = Math.min(lo, a);
    hi = Math.max(hi, b);
  }
  const out = l === m.layers.length - 1;
  const name = out ? 'Output' : `L${l + 1}`;
  const range = Number.isFinite(lo) ? `${f2(lo)} … ${f2(hi)}` : '–';
  const dead = L.activation === 'relu' ? ` · ${s.dead.length}/${L.units} dead` : '';
  return `${name} ${ACTIVATION_INFO[L.activation].label}: outputs ${range}${dead}`;
}
