import { useState } from 'react';
import { Modal } from '../share/Modal';
import { importCsvText, importTfjsFiles, type Outcome } from './applyImport';
import {
  downloadBlob,
  downloadDatasetCsv,
  downloadModel,
  downloadPng,
  downloadSvg,
  downloadWeightsCsv,
  heatmapSvgNow,
  historyCsvExport,
  lossSvgNow,
} from './downloads';
import { FilePick } from './FilePick';
import { ModelImport } from './ModelImport';
import { readText } from './readFile';
import { downloadPytorchScript, downloadTfjsScript } from './scriptDownloads';

/**
 * Import a model (ours, ONNX, safetensors or TensorFlow.js) or a CSV data set; export the model, training
 * scripts, pictures and numbers.
 */
export function IoDialog({ onClose }: { onClose: () => void }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const history = historyCsvExport();
  const run = async (f: () => Outcome | Promise<Outcome>) => {
    try {
      setOutcome(await f());
    } catch (e) {
      setOutcome({ ok: false, text: `The file could not be read: ${(e as Error).message}` });
    }
  };
  const png = (svg: string, name: string) =>
    downloadPng(svg, name).catch((e: Error) =>
      setOutcome({ ok: false, text: `PNG export failed: ${e.message}` }),
    );
  return (
    <Modal title="Import and export" className="io-dialog" onClose={onClose}>
      <div className="io-grid">
        <section aria-labelledby="io-import">
          <h3 id="io-import">Import</h3>
          <ModelImport run={run} />
          <FilePick
            label="TensorFlow.js model (model.json + .bin files)"
            accept=".json,.bin,application/json,application/octet-stream"
            multiple
            onFiles={(files) => run(() => importTfjsFiles(files))}
          />
          <FilePick
            label="Data set (.csv, last column 'label')"
            accept=".csv,text/csv"
            onFiles={([f]) => run(async () => importCsvText(await readText(f), f.name))}
          />
        </section>
        <section aria-labelledby="io-export">
          <h3 id="io-export">Export</h3>
          <div className="io-buttons">
            <button type="button" onClick={downloadModel}>
              Model file (.json)
            </button>
            <button type="button" onClick={() => run(downloadPytorchScript)}>
              PyTorch script (.py)
            </button>
            <button type="button" onClick={() => run(downloadTfjsScript)}>
              TensorFlow.js script (.mjs)
            </button>
            <button type="button" onClick={() => png(heatmapSvgNow(), 'weightscope-heatmaps')}>
              Heatmaps as PNG
            </button>
            <button type="button" onClick={() => downloadSvg(heatmapSvgNow(), 'weightscope-heatmaps')}>
              Heatmaps as SVG
            </button>
            <button type="button" onClick={() => png(lossSvgNow(), 'weightscope-loss')}>
              Loss chart as PNG
            </button>
            <button type="button" onClick={() => downloadSvg(lossSvgNow(), 'weightscope-loss')}>
              Loss chart as SVG
            </button>
            <button type="button" onClick={downloadDatasetCsv}>
              Data set as CSV (with train/test split)
            </button>
            <button type="button" onClick={downloadWeightsCsv}>
              Current weights as CSV
            </button>
            {history && (
              <button
                type="button"
                onClick={() =>
                  downloadBlob(new Blob([history()], { type: 'text/csv' }), 'weightscope-history.csv')
                }
              >
                Weight history as CSV
              </button>
            )}
          </div>
        </section>
      </div>
      {outcome && (
        <p className={outcome.ok ? 'io-ok' : 'io-error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
    </Modal>
  );
}
