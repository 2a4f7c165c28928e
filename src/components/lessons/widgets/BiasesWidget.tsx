import { predict } from '../../../engine';
import { useStore } from '../../../store';
import { formatNumber } from '../../../format/display';

/** The output bias next to the class balance it should absorb: σ(b) ≈ share of blue points when weights are small. */
export function BiasesWidget() {
  useStore((s) => s.version);
  const useBias = useStore((s) => s.config.useBias);
  const balance = useStore((s) => s.config.balance);
  const { mlp, setConfig, train } = useStore.getState();
  const out = mlp.layers[mlp.layers.length - 1];
  const b = out?.biases[0] ?? 0;
  let blue = 0;
  for (let i = 0; i < train.n; i++) if (train.y[i] > 0.5) blue++;
  const share = train.n ? blue / train.n : 0;
  // What training matches to the share: the output averaged over the points, not σ(b) at the origin.
  const out1 = predict(mlp, train.x, train.n);
  let sum = 0;
  for (let i = 0; i < train.n; i++) sum += out1[i * (out?.units ?? 1)];
  const meanOut = train.n ? sum / train.n : 0;
  return (
    <div className="lesson-widget">
      <div className="row">
        <button type="button" onClick={() => setConfig({ useBias: !useBias })} aria-pressed={useBias}>
          Biases {useBias ? 'on' : 'off'}
        </button>
        <button
          type="button"
          onClick={() => setConfig({ balance: 0.9, shiftX: 0, shiftY: 0, useBias: true, noise: 0.5 })}
          aria-pressed={balance !== 0.5}
        >
          Imbalanced data (90% blue)
        </button>
      </div>
      <p>
        Output bias b ={' '}
        <strong className={b < 0 ? 'neg-text' : b > 0 ? 'pos-text' : ''}>
          {formatNumber(b, { signed: true, fixed: 3 })}
        </strong>
        {useBias && (
          <>
            {' '}
            ; σ(b) = {formatNumber(1 / (1 + Math.exp(-b)), { fixed: 3 })} (the output at the origin), mean
            output over the training points = {formatNumber(meanOut, { fixed: 3 })}, share of blue training
            points = {formatNumber(share, { fixed: 3 })}.
          </>
        )}
      </p>
    </div>
  );
}
