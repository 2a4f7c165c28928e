import { STAT, type History } from '../../history/timelineHistory';

/**
 * Entry indices to draw: at most `max`, evenly spread over the kept entries, always including the first and
 * the last, so a chart costs the same however long the run.
 */
export function sampleIndices(count: number, max: number): Int32Array {
  const n = Math.max(0, Math.min(count, max));
  const out = new Int32Array(n);
  if (n === 0) return out;
  if (n === 1) {
    out[0] = count - 1;
    return out;
  }
  for (let k = 0; k < n; k++) out[k] = Math.round((k * (count - 1)) / (n - 1));
  return out;
}

export interface Series {
  name: string;
  /** CSS colour. */
  color: string;
  dash?: string;
  values: Float64Array;
}

/** A chart's data: x (steps) and named series of the same length. */
export interface SeriesSet {
  steps: Float64Array;
  series: Series[];
}

export function stepsOf(h: History, idx: Int32Array): Float64Array {
  return Float64Array.from(idx, (i) => h.step(i));
}

/** Fractions of one layer's weights that are negative, exactly zero and positive, at each sampled entry. */
export function signFractions(
  h: History,
  layer: number,
  idx: Int32Array,
  colors: [string, string, string],
): SeriesSet {
  // A chart can ask once more for a layer the new network no longer has, before the history restarts.
  if (layer >= h.shapes.length) return { steps: new Float64Array(0), series: [] };
  const n = h.shapes[layer].inputs * h.shapes[layer].units;
  const f = (s: number) => Float64Array.from(idx, (i) => h.stat(i, layer, s) / n);
  return {
    steps: stepsOf(h, idx),
    series: [
      { name: 'negative', color: colors[0], values: f(STAT.neg) },
      { name: 'zero', color: colors[1], dash: '4 3', values: f(STAT.zero) },
      { name: 'positive', color: colors[2], values: f(STAT.pos) },
    ],
  };
}

/** One statistic of every layer (norms, flips), one series per layer. */
export function statPerLayer(
  h: History,
  stat: number,
  idx: Int32Array,
  colors: string[],
  label: string,
): SeriesSet {
  return {
    steps: stepsOf(h, idx),
    series: h.shapes.map((_, l) => ({
      name: `layer ${l + 1} ${label}`,
      color: colors[l % colors.length],
      values: Float64Array.from(idx, (i) => h.stat(i, l, stat)),
    })),
  };
}

/**
 * Sign flips per step between sampled entries: the flips of every kept entry in between, summed, divided by
 * the steps covered — so a thinned stretch still reads as flips per step.
 */
export function flipRate(h: History, layer: number, idx: Int32Array): Float64Array {
  const out = new Float64Array(idx.length);
  for (let k = 1; k < idx.length; k++) {
    let sum = 0;
    for (let i = idx[k - 1] + 1; i <= idx[k]; i++) sum += h.stat(i, layer, STAT.flips);
    const span = h.step(idx[k]) - h.step(idx[k - 1]);
    out[k] = span > 0 ? sum / span : sum;
  }
  return out;
}

/** The values of one parameter (params layout index) at each sampled entry. */
export function trajectory(h: History, param: number, idx: Int32Array): Float64Array {
  return Float64Array.from(idx, (i) => h.value(i, param));
}

/** CSV of a series set: a step column and one column per series. */
export function seriesCsv(d: SeriesSet): string {
  const head = ['step', ...d.series.map((s) => s.name)].map(csvCell).join(',');
  const rows: string[] = [head];
  for (let k = 0; k < d.steps.length; k++)
    rows.push([d.steps[k], ...d.series.map((s) => s.values[k])].join(','));
  return rows.join('\n') + '\n';
}

export const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Every kept entry of the history: step, loss, mark and every weight and bias (w<layer>_<unit>_<input>, b<layer>_<unit>). */
export function historyCsv(h: History): string {
  const names: string[] = ['step', 'loss', 'mark'];
  h.shapes.forEach((s, l) => {
    for (let i = 0; i < s.units; i++)
      for (let j = 0; j < s.inputs; j++) names.push(`w${l + 1}_${i + 1}_${j + 1}`);
    for (let i = 0; i < s.units; i++) names.push(`b${l + 1}_${i + 1}`);
  });
  const rows = [names.join(',')];
  for (let i = 0; i < h.count; i++) {
    const m = h.markOf(i);
    const cells: (string | number)[] = [
      h.step(i),
      Number.isFinite(h.loss(i)) ? h.loss(i) : '',
      m ? csvCell(`${m.kind}: ${m.label}`) : '',
    ];
    for (let k = 0; k < h.P; k++) cells.push(h.value(i, k));
    rows.push(cells.join(','));
  }
  return rows.join('\n') + '\n';
}

/** Index of a weight (or bias) in the history's params layout. */
export function paramIndex(h: History, layer: number, row: number, col: number | 'bias'): number {
  return col === 'bias' ? h.bOff[layer] + row : h.wOff[layer] + row * h.shapes[layer].inputs + col;
}
