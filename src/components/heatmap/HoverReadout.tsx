import { useStore } from '../../store';
import { readWeight } from '../../session';
import { refLabel } from '../../domain/weightRef';
import { signed } from './format';

/**
 * What the hovered (or else the selected) weight is: its value, the gradient and update of the last recorded
 * step, and how many times training has flipped its sign.
 */
export function HoverReadout() {
  const hovered = useStore((s) => s.hovered);
  const selected = useStore((s) => s.selected);
  useStore((s) => s.version);
  const record = useStore((s) => s.lastRecord);
  const mlp = useStore((s) => s.mlp);
  useStore((s) => s.flipVersion);
  const r = hovered ?? selected;
  const layer = r ? mlp.layers[r.layer] : null;
  if (!r || !layer || r.row >= layer.units || (r.col !== 'bias' && r.col >= layer.inputs)) {
    return (
      <p className="hover-readout hint" data-testid="hover-readout">
        Point at a cell (or move the cursor with the arrow keys) to read its weight, last gradient, last
        update and sign changes.
      </p>
    );
  }
  const i = r.col === 'bias' ? r.row : r.row * layer.inputs + r.col;
  const rec = record?.layers[r.layer];
  const grad = rec ? (r.col === 'bias' ? rec.biasGrad[i] : rec.grad[i]) : null;
  const upd = rec ? (r.col === 'bias' ? rec.biasUpdate[i] : rec.update[i]) : null;
  const frozen = r.col !== 'bias' && !!layer.frozen?.[i];
  const pruned = r.col !== 'bias' && !!layer.pruned?.[i];
  return (
    <div className="hover-readout" data-testid="hover-readout">
      <p className="hover-title">
        {hovered ? '' : 'Selected: '}
        {refLabel(r)}
        {frozen ? ' · frozen 🔒' : ''}
        {pruned ? ' · pruned' : ''}
      </p>
      <dl>
        <dt>Value</dt>
        <dd>{signed(readWeight(layer, r.row, r.col))}</dd>
        <dt>Last gradient{record ? ` (step ${record.step})` : ''}</dt>
        <dd>{grad == null ? '– (no step yet)' : signed(grad)}</dd>
        <dt>Last update</dt>
        <dd>{upd == null ? '–' : signed(upd)}</dd>
        <dt>Sign changes</dt>
        <dd>{useStore.getState().flipCountOf(r.layer, r.row, r.col, layer.inputs)}</dd>
      </dl>
    </div>
  );
}
