import { memo, useLayoutEffect, useRef } from 'react';
import { predict } from '../../engine';
import { useStore, type Store } from '../../store';
import { argmaxRows, confusionMatrix, digitPixels, misclassified } from '../../viz/confusion';
import { usePacedDerived } from './usePacedDerived';
import { formatPercent } from '../../format/display';

const SHOWN = 8;

interface Results {
  k: number;
  counts: Int32Array;
  wrong: { index: number; truth: number; predicted: number }[];
  accuracy: number;
}

function compute(s: Store): Results {
  const d = s.dataset;
  const k = Math.max(2, d.classes);
  const n = d.test.n;
  const out = predict(s.mlp, d.test.x, n);
  const outs = s.mlp.layers[s.mlp.layers.length - 1].units;
  const pred =
    outs === 1
      ? Int32Array.from({ length: n }, (_, i) =>
          out[i] > (s.config.outputActivation === 'sigmoid' ? 0.5 : 0) ? 1 : 0,
        )
      : argmaxRows(out, n, outs);
  const truth = Int32Array.from(d.test.labels);
  const counts = confusionMatrix(truth, pred, k);
  let right = 0;
  for (let c = 0; c < k; c++) right += counts[c * k + c];
  const wrong = misclassified(truth, pred, SHOWN).map((index) => ({
    index,
    truth: truth[index],
    predicted: pred[index],
  }));
  return { k, counts, wrong, accuracy: n ? right / n : 0 };
}

/** Per-class accuracy: the share of a true class's test images on the diagonal ("–" when it has none). */
function classAccuracy(r: Results, t: number): string {
  let n = 0;
  for (let p = 0; p < r.k; p++) n += r.counts[t * r.k + p];
  return n ? formatPercent(r.counts[t * r.k + t] / n, 0) : '–';
}

const Digit = memo(function Digit({ values, side }: { values: Float64Array; side: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    let max = 0;
    for (const v of values) max = Math.max(max, v);
    ctx.putImageData(
      new ImageData(digitPixels(values, max) as Uint8ClampedArray<ArrayBuffer>, side, side),
      0,
      0,
    );
  }, [values, side]);
  return <canvas ref={ref} width={side} height={side} className="digit" aria-hidden="true" />;
});

/** For image classes: the test set's confusion matrix and a row of misclassified examples. */
export function DigitsResults() {
  // A forward pass over the whole test set: while playing, recomputed every few seconds, not every frame.
  const { value: r, step, stale } = usePacedDerived(compute);
  const d = useStore((s) => s.dataset);
  const side = d.image?.width ?? 8;
  const max = Math.max(1, ...r.counts);
  return (
    <div className="digits-results">
      <table className="confusion">
        <caption>
          Confusion matrix, test set ({d.test.n} images, {formatPercent(r.accuracy)} right). Rows: true digit;
          columns: predicted; last column: share of that digit predicted right.
          {stale ? ` As at step ${step}: while playing, recomputed every few seconds.` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col" aria-label="true \ predicted">
              t\p
            </th>
            {Array.from({ length: r.k }, (_, p) => (
              <th key={p} scope="col">
                {p}
              </th>
            ))}
            <th scope="col" className="class-acc" title="Share of this digit's test images predicted right">
              right
            </th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: r.k }, (_, t) => (
            <tr key={t}>
              <th scope="row">{t}</th>
              {Array.from({ length: r.k }, (_, p) => {
                const c = r.counts[t * r.k + p];
                const a = c / max;
                return (
                  <td
                    key={p}
                    className={t === p ? 'diag' : c ? 'off' : ''}
                    style={{
                      background: c
                        ? t === p
                          ? `rgba(33,102,172,${0.15 + 0.85 * a})`
                          : `rgba(179,88,6,${0.2 + 0.8 * a})`
                        : undefined,
                      color: a > 0.55 ? '#fff' : undefined,
                    }}
                  >
                    {c || ''}
                  </td>
                );
              })}
              <td className="class-acc">{classAccuracy(r, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="wrong-heading">Misclassified (true → predicted)</h3>
      {r.wrong.length ? (
        <ul className="wrong-row">
          {r.wrong.map((w) => (
            <li key={w.index}>
              <Digit values={d.test.x.subarray(w.index * d.inputs, (w.index + 1) * d.inputs)} side={side} />
              <span>
                {w.truth}→{w.predicted}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None: every test image is right.</p>
      )}
    </div>
  );
}
