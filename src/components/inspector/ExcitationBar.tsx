import { useState } from 'react';
import type { StepRecord } from '../../engine';
import { excitation } from '../../inspector/arithmetic';
import { Num } from './Num';

/** A unit's total input for one sample, split into the excitatory (w·a > 0) and inhibitory (w·a < 0) parts. */
export function ExcitationBar({ rec, layer, unit }: { rec: StepRecord; layer: number; unit: number }) {
  const rows = rec.batch.indices.length;
  const [r, setR] = useState(0);
  const sample = Math.min(r, rows - 1);
  const e = excitation(rec, layer, unit, sample);
  const span = Math.max(1e-9, e.excite - e.inhibit);
  const pct = (v: number) => `${(Math.abs(v) / span) * 100}%`;
  return (
    <div className="excitation">
      <label>
        Sample{' '}
        <select value={sample} onChange={(ev) => setR(Number(ev.target.value))}>
          {Array.from(rec.batch.indices, (s, k) => (
            <option key={k} value={k}>
              #{s + 1}
            </option>
          ))}
        </select>
      </label>
      <div className="excite-bar" aria-hidden="true">
        <span className="excite-neg" style={{ width: pct(e.inhibit) }} />
        <span className="excite-pos" style={{ width: pct(e.excite) }} />
      </div>
      <p className="small">
        Unit {unit + 1}, layer {layer + 1}: excitatory <Num v={e.excite} digits={3} /> + inhibitory{' '}
        <Num v={e.inhibit} digits={3} /> + bias <Num v={e.bias} digits={3} /> = z <Num v={e.z} digits={3} />
      </p>
    </div>
  );
}
