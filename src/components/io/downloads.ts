import { datasetCsv } from '../../datasets/csvWrite';
import { serializeModel } from '../../engine';
import { isDefaultFeatures } from '../../datasets/features';
import { inputFeaturesOf } from '../../domain/config';
import { heatmapSvg, lossChartSvg, weightsCsv, type SvgLayer } from '../../viz/svgExport';
import { useStore } from '../../store';
import { historyCsv } from '../../viz/charts/series';

/** Saves a blob under a file name (a temporary object URL, no server involved). */
export function downloadBlob(blob: Blob, name: string): void {
  // jsdom (component tests) has no object URLs.
  if (typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const stamp = () => `step${useStore.getState().step}`;

/** The model file of the network now: with its input features when they are not the data's own x₁, x₂. */
export function modelFileText(): string {
  const { mlp, config, dataset } = useStore.getState();
  const f = inputFeaturesOf(config, dataset);
  return serializeModel(mlp, { inputFeatures: f && !isDefaultFeatures(f) ? f : null });
}

export function downloadModel(): void {
  downloadBlob(
    new Blob([modelFileText()], { type: 'application/json' }),
    `weightscope-model-${stamp()}.json`,
  );
}

export function svgLayers(): SvgLayer[] {
  return useStore.getState().mlp.layers.map((l, i) => ({
    title: `Layer ${i + 1}: ${l.units} × ${l.inputs} + bias`,
    rows: l.units,
    cols: l.inputs,
    weights: l.weights,
    biases: l.biases,
  }));
}

export function heatmapSvgNow(): string {
  return heatmapSvg(svgLayers(), { scope: useStore.getState().colorScope });
}

export function lossSvgNow(): string {
  return lossChartSvg(useStore.getState().lossHistory);
}

export function downloadSvg(svg: string, name: string): void {
  downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${name}-${stamp()}.svg`);
}

/** PNG from the same SVG, drawn on a canvas at twice its size (sharp on a projector), via canvas.toBlob. */
export async function downloadPng(svg: string, name: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((ok, fail) => {
      img.onload = () => ok();
      img.onerror = () => fail(new Error('the picture could not be drawn'));
      img.src = url;
    });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = img.width * scale;
    canvas.height = img.height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw to a canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((ok) => canvas.toBlob(ok, 'image/png'));
    if (!blob) throw new Error('the PNG could not be encoded');
    downloadBlob(blob, `${name}-${stamp()}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadWeightsCsv(): void {
  downloadBlob(
    new Blob([weightsCsv(svgLayers())], { type: 'text/csv' }),
    `weightscope-weights-${stamp()}.csv`,
  );
}

/** The weight history of the timeline's current branch as CSV (every kept step), or null when empty. */
export function historyCsvExport(): (() => string) | null {
  const h = useStore.getState().historyOf(useStore.getState().branchId);
  return h && h.count > 0 ? () => historyCsv(h) : null;
}

/** The data set in use (points added by hand included) as CSV with its train/test split, which imports back. */
export function downloadDatasetCsv(): void {
  const { dataset } = useStore.getState();
  downloadBlob(new Blob([datasetCsv(dataset)], { type: 'text/csv' }), `weightscope-data-${dataset.id}.csv`);
}
