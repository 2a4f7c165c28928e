import type { Store } from '../../store';
import { signGlyph } from '../../viz/colors';
import { useThrottledDerived } from './useThrottledStore';
import { formatNumber } from '../../format/display';

interface WordWeight {
  word: string;
  w: number;
}

/**
 * A linear model's weight per word: with one output its weight, with two softmax outputs the difference
 * (positive − negative). null when the network has hidden layers (no single weight per word).
 */
function compute(s: Store): WordWeight[] | null {
  const m = s.mlp;
  if (m.layers.length !== 1) return null;
  const L = m.layers[0];
  const words = s.dataset.featureNames;
  const list = words.map((word, j) => ({
    word,
    w: L.units === 1 ? L.weights[j] : L.weights[1 * L.inputs + j] - L.weights[j],
  }));
  return list.sort((a, b) => b.w - a.w);
}

/** The per-word weights of a linear model as a sorted signed bar list. */
export function WordWeights() {
  const list = useThrottledDerived(compute);
  if (!list)
    return <p className="muted">Remove all hidden layers to see one weight per word (a linear model).</p>;
  const max = Math.max(1e-9, ...list.map((x) => Math.abs(x.w)));
  return (
    <ol className="word-bars" aria-label="Weight of each word, largest first">
      {list.map(({ word, w }) => (
        <li key={word}>
          <span className="word">{word}</span>
          <span className="bar-track">
            <span
              className={`bar ${w < 0 ? 'neg' : 'pos'}`}
              style={{ width: `${(50 * Math.abs(w)) / max}%`, [w < 0 ? 'right' : 'left']: '50%' }}
            />
          </span>
          <span className="num">
            {signGlyph(w)}
            {formatNumber(Math.abs(w), { fixed: 2 })}
          </span>
        </li>
      ))}
    </ol>
  );
}
