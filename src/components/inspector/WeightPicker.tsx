import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store';
import { inputNamesOf } from '../../domain/config';

/** Layer, unit and input pickers for the inspected weight (the same selection a heatmap click makes). */
export function WeightPicker() {
  const shapes = useStore(useShallow((s) => s.mlp.layers.map((l) => `${l.units}x${l.inputs}`)));
  const sel = useStore((s) => s.selected) ?? { layer: 0, row: 0, col: 0 };
  const set = useStore((s) => s.setSelected);
  // The first layer's inputs by name (x₁, x₁², sin x₁, a word, a CSV column), else x1, x2, …
  const names = useStore(useShallow((s) => inputNamesOf(s.config, s.dataset)));
  const [units, inputs] = (shapes[sel.layer] ?? '1x1').split('x').map(Number);
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  return (
    <div className="inspector-picker">
      <label>
        Layer{' '}
        <select
          aria-label="Layer"
          value={sel.layer}
          onChange={(e) => set({ layer: Number(e.target.value), row: 0, col: 0 })}
        >
          {shapes.map((_, l) => (
            <option key={l} value={l}>
              {l + 1}
            </option>
          ))}
        </select>
      </label>
      <label>
        Unit{' '}
        <select
          aria-label="Unit"
          value={sel.row}
          onChange={(e) => set({ ...sel, row: Number(e.target.value) })}
        >
          {range(units).map((i) => (
            <option key={i} value={i}>
              {i + 1}
            </option>
          ))}
        </select>
      </label>
      <label>
        Input{' '}
        <select
          aria-label="Input"
          value={String(sel.col)}
          onChange={(e) => set({ ...sel, col: e.target.value === 'bias' ? 'bias' : Number(e.target.value) })}
        >
          {range(inputs).map((j) => (
            <option key={j} value={j}>
              {sel.layer === 0 ? (names.length === inputs ? names[j] : `x${j + 1}`) : `unit ${j + 1}`}
            </option>
          ))}
          <option value="bias">bias</option>
        </select>
      </label>
    </div>
  );
}
