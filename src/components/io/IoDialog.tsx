import { useId, useState, type ChangeEvent } from 'react';
import { Modal } from '../share/Modal';
import { importCsvText, importModelText, importTfjsFiles, type Outcome } from './applyImport';
import {
  downloadBlob,
  downloadModel,
  downloadPng,
  downloadSvg,
  downloadWeightsCsv,
  heatmapSvgNow,
  historyCsvExport,
  lossSvgNow,
} from './downloads';
import { readText } from './readFile';

function FilePick({
  label,
  accept,
  multiple,
  onFiles,
}: {
  label: string;
  accept: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
}) {
  const id = useId();
  return (
    <div className="file-pick">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        onChange={(e: ChangeEvent<HTMLInputElement>) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </div>
  );
}

/** Import a model (ours or TensorFlow.js) or a CSV data set; export the model, pictures and numbers. */
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
          <FilePick
            label="Weightscope model (.json)"
            accept=".json,application/json"
            onFiles={([f]) => run(async () => importModelText(await readText(f), f.name))}
          />
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
          {outcome && (
            <p className={outcome.ok ? 'io-ok' : 'io-error'} role={outcome.ok ? 'status' : 'alert'}>
              {outcome.text}
            </p>
          )}
        </section>
        <section aria-labelledby="io-export">
          <h3 id="io-export">Export</h3>
          <div className="io-buttons">
            <button type="button" onClick={downloadModel}>
              Model file (.json)
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
    </Modal>
  );
}
