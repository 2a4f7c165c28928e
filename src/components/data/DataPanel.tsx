import { useState } from 'react';
import { DIGITS_CITATION, TOY_2D, type Toy2dId } from '../../datasets';
import { MNIST_CHOICE, MNIST_PATCH } from './mnistChoice';
import { useStore } from '../../store';
import type { Config } from '../../domain/config';
import { NUMBER_SETTINGS } from '../../domain/settings';
import { DatasetThumbnail } from './DatasetThumbnail';
import { FeatureToggles } from './FeatureToggles';
import './data.css';
import { Show } from '../share/Show';
import { formatNumber } from '../../format/display';

const OTHER_SETS = [{ id: 'digits', title: 'Digits 8×8' }, MNIST_CHOICE, { id: 'words', title: 'Words' }];

/** Image and word sets have many classes or inputs: a softmax output fits them from the start. */
function patchFor(id: string): Partial<Config> {
  if (id === 'digits') return { dataset: id, outputActivation: 'softmax', loss: 'cross_entropy' };
  if (id === MNIST_CHOICE.id) return MNIST_PATCH;
  return { dataset: id };
}

function Option({
  id,
  title,
  current,
  toy,
  onPick,
}: {
  id: string;
  title: string;
  current: boolean;
  toy: boolean;
  onPick: (id: string) => void;
}) {
  return (
    <label
      className={`data-option${current ? ' is-current' : ''}`}
      title={id === 'digits' ? DIGITS_CITATION : id === MNIST_CHOICE.id ? MNIST_CHOICE.citation : title}
    >
      <input type="radio" name="dataset" value={id} checked={current} onChange={() => onPick(id)} />
      {toy ? (
        <DatasetThumbnail id={id as Toy2dId} />
      ) : (
        <span className="thumb thumb-text" aria-hidden="true">
          {id === 'digits' ? '7' : id === MNIST_CHOICE.id ? '28' : id === 'words' ? 'abc' : 'csv'}
        </span>
      )}
      <span>{title.replace(' (regression)', ' (reg.)')}</span>
    </label>
  );
}

/** Choose the data, its noise and split, and regenerate it. */
export function DataPanel() {
  const loaded = useStore((s) => s.config.dataset);
  const noise = useStore((s) => s.config.noise);
  const ratio = useStore((s) => s.config.trainRatio);
  const balance = useStore((s) => s.config.balance);
  const hasCsv = useStore((s) => s.customDataset != null);
  const loading = useStore((s) => s.datasetLoading);
  const citation = useStore((s) => s.dataset.citation);
  // A fetched set (digits) is chosen before it has arrived: show the choice while it loads.
  const [pending, setPending] = useState<string | null>(null);
  const current = loading && pending ? pending : loaded;
  const pick = (id: string) => {
    setPending(id);
    useStore.getState().setConfig(patchFor(id));
  };
  const is2d = TOY_2D.some((t) => t.id === current);
  // Only these generators draw classes in a chosen ratio (see Generate2dOptions.positiveFraction).
  const balanced = current === 'gaussians' || current === 'linear';
  const set = (p: Partial<Config>) => useStore.getState().setConfig(p);
  const others = hasCsv ? [...OTHER_SETS, { id: 'csv', title: 'Imported CSV' }] : OTHER_SETS;
  return (
    <section className="panel data-panel" aria-labelledby="data-heading">
      <h2 id="data-heading">Data</h2>
      <Show id="dataset">
        <fieldset className="data-options">
          <legend className="visually-hidden">Data set</legend>
          {TOY_2D.map((t) => (
            <Option key={t.id} id={t.id} title={t.title} current={t.id === current} toy onPick={pick} />
          ))}
          {others.map((t) => (
            <Option
              key={t.id}
              id={t.id}
              title={t.title}
              current={t.id === current}
              toy={false}
              onPick={pick}
            />
          ))}
        </fieldset>
      </Show>
      {loading ? <p role="status">Loading the data set…</p> : null}
      {(current === 'digits' || current === MNIST_CHOICE.id) && citation ? (
        <p className="citation">{citation}</p>
      ) : (
        <p className="citation">Digits: Alpaydin &amp; Kaynak (1998), UCI ML Repository, CC BY 4.0.</p>
      )}
      <div className="data-sliders">
        <Show id="noise">
          {is2d ? (
            <label>
              <span>Noise</span>
              <input
                type="range"
                min={NUMBER_SETTINGS.noise.min}
                max={NUMBER_SETTINGS.noise.max}
                step={NUMBER_SETTINGS.noise.step}
                value={noise}
                onChange={(e) => set({ noise: e.target.valueAsNumber })}
              />
              <output>{formatNumber(noise, { fixed: 2 })}</output>
            </label>
          ) : null}
        </Show>
        <Show id="trainRatio">
          <label>
            <span>Train share</span>
            <input
              type="range"
              min={NUMBER_SETTINGS.trainRatio.min}
              max={NUMBER_SETTINGS.trainRatio.max}
              step={NUMBER_SETTINGS.trainRatio.step}
              value={ratio}
              onChange={(e) => set({ trainRatio: e.target.valueAsNumber })}
            />
            <output>{Math.round(ratio * 100)}%</output>
          </label>
        </Show>
        {balanced ? (
          <Show id="balance">
            <label title="The share of blue (+) points: an imbalanced set shows the output bias settling near the base rate">
              <span>Class balance</span>
              <input
                type="range"
                min={NUMBER_SETTINGS.balance.min}
                max={NUMBER_SETTINGS.balance.max}
                step={0.05}
                value={balance}
                aria-valuetext={`${Math.round(balance * 100)}% blue`}
                onChange={(e) => set({ balance: e.target.valueAsNumber })}
              />
              <output>{Math.round(balance * 100)}% +</output>
            </label>
          </Show>
        ) : null}
      </div>
      <Show id="features">
        <FeatureToggles />
      </Show>
      <Show id="dataSeed">
        <button
          type="button"
          onClick={() => set({ dataSeed: useStore.getState().config.dataSeed + 1 })}
          title="Draw a new sample of the same data set (new data seed)"
        >
          Regenerate
        </button>
      </Show>
      {is2d ? (
        <p className="hint">Click the output plot: add a blue (+) point; Shift-click: orange (−).</p>
      ) : null}
    </section>
  );
}
