import { useState } from 'react';
import { readNumber } from '../../format/number';
import { magnitudeMasks } from '../../lessons/experiments';
import { useStore } from '../../store';

/**
 * Magnitude pruning in free exploration: the chosen percentage of the whole network's smallest |w| are set to
 * exactly 0 and held there while training goes on (empty cells in the heatmaps). Each is one undoable edit.
 */
export function PruneControl() {
  const [text, setText] = useState('50');
  const anyPruned = useStore((s) => s.mlp.layers.some((l) => l.pruned?.some((p) => p) ?? false));
  useStore((s) => s.version);
  const r = readNumber(text);
  const pct = r.ok && r.value >= 0 && r.value <= 95 ? r.value : null;
  const prune = () => {
    if (pct === null) return;
    const s = useStore.getState();
    s.prune(magnitudeMasks(s.mlp, pct / 100, 'global'), `prune ${pct}%`);
  };
  return (
    <span className="prune-control">
      <label>
        Prune smallest |w|{' '}
        <input
          type="number"
          min={0}
          max={95}
          step={5}
          value={text}
          aria-invalid={pct === null || undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && prune()}
        />
        %
      </label>
      <button
        type="button"
        onClick={prune}
        disabled={pct === null}
        title="Set this share of the network's smallest weights to 0 and hold them there while training (undoable)"
      >
        Prune
      </button>
      <button type="button" onClick={() => useStore.getState().clearPruning()} disabled={!anyPruned}>
        Clear pruning
      </button>
    </span>
  );
}
