import { useState } from 'react';
import type { SampleTerm } from '../../inspector/arithmetic';
import { Num } from './Num';

/** Pixel height of one sample row (fixed in inspector.css), and how many rows show before it scrolls. */
export const SAMPLE_ROW_PX = 22;
export const SAMPLE_ROWS_SHOWN = 10;
const OVERSCAN = 4;

/**
 * Every sample of the batch with its δ, sending activation and product, scrolling when the batch is long.
 * Only the rows in view (and a few around them) are rendered, so a batch of 512 costs a step no more than a
 * batch of 10; aria-rowcount and aria-rowindex tell assistive technology the whole table's size.
 */
export function SampleTable({ samples, aName }: { samples: SampleTerm[]; aName: string }) {
  const [scrollTop, setScrollTop] = useState(0);
  const n = samples.length;
  const first = Math.max(0, Math.floor(scrollTop / SAMPLE_ROW_PX) - OVERSCAN);
  const last = Math.min(n, first + SAMPLE_ROWS_SHOWN + 2 * OVERSCAN);
  const scrolls = n > SAMPLE_ROWS_SHOWN;
  return (
    <div
      className="arith-samples"
      role="region"
      aria-label={`The batch's ${n} samples`}
      tabIndex={scrolls ? 0 : undefined}
      style={{ maxHeight: (SAMPLE_ROWS_SHOWN + 1) * SAMPLE_ROW_PX }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <table className="arith-table" aria-label="Samples of this step" aria-rowcount={n + 1}>
        <thead>
          <tr className="arith-head" aria-rowindex={1}>
            <th scope="col">sample</th>
            <th scope="col">δ (receiving)</th>
            <th scope="col">{aName} (sending)</th>
            <th scope="col">δ·{aName}</th>
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr aria-hidden="true" style={{ height: first * SAMPLE_ROW_PX }} />}
          {samples.slice(first, last).map((t, k) => (
            <tr key={first + k} aria-rowindex={first + k + 2}>
              <th scope="row">#{t.sample + 1}</th>
              <td>
                <Num v={t.delta} />
                {t.receiverDropped && <span className="arith-dropped"> dropped</span>}
              </td>
              <td>
                <Num v={t.a} />
                {t.senderDropped && <span className="arith-dropped"> dropped</span>}
              </td>
              <td>
                <Num v={t.product} />
              </td>
            </tr>
          ))}
          {last < n && <tr aria-hidden="true" style={{ height: (n - last) * SAMPLE_ROW_PX }} />}
        </tbody>
      </table>
    </div>
  );
}
