import { useMemo } from 'react';
import { predictWithHidden } from '../../../engine';
import { useStore } from '../../../store';

interface UnitSigns {
  neg: number;
  zero: number;
  pos: number;
}

/** For each hidden unit, the share of training points where its output is negative, exactly zero, positive. */
export function OutputSignsWidget() {
  const version = useStore((s) => s.version);
  const activation = useStore((s) => s.config.activation);
  const layers = useMemo(() => {
    void version;
    const { mlp, train } = useStore.getState();
    const units = predictWithHidden(mlp, train.x, train.n, true).units!.slice(0, -1);
    return units.map((layer) =>
      layer.map((u): UnitSigns => {
        const s = { neg: 0, zero: 0, pos: 0 };
        for (const v of u) {
          if (v < 0) s.neg++;
          else if (v === 0) s.zero++;
          else s.pos++;
        }
        const n = u.length || 1;
        return { neg: s.neg / n, zero: s.zero / n, pos: s.pos / n };
      }),
    );
  }, [version]);
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const dead = layers.flat().filter((u) => u.zero === 1).length;
  return (
    <div className="lesson-widget">
      <p>
        Hidden activation: <strong>{activation}</strong>. Dead units (exactly 0 on every training point):{' '}
        <strong>{dead}</strong>.
      </p>
      <table aria-label="Share of training points where each hidden unit's output is negative, zero or positive">
        <thead>
          <tr>
            <th scope="col">Unit</th>
            <th scope="col">− negative</th>
            <th scope="col">0 exactly</th>
            <th scope="col">+ positive</th>
          </tr>
        </thead>
        <tbody>
          {layers.flatMap((layer, l) =>
            layer.map((u, i) => (
              <tr key={`${l}-${i}`}>
                <th scope="row">
                  h{l + 1}.{i + 1}
                </th>
                <td className={u.neg ? 'neg-text' : ''}>{pct(u.neg)}</td>
                <td>{pct(u.zero)}</td>
                <td className={u.pos ? 'pos-text' : ''}>{pct(u.pos)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
