import type { WeightStep } from '../../inspector/arithmetic';
import { explainStep } from '../../inspector/sentence';
import { Num } from './Num';

const SHOWN = 4;

/** One weight's step as plain numbers, top to bottom in the order the engine computes them. */
export function StepArithmetic({ w }: { w: WeightStep }) {
  const rest = w.samples.length - SHOWN;
  const aName = w.sender === 'input' ? 'x' : w.sender === 'one' ? '1' : 'a';
  return (
    <div className="step-arith">
      <p className="inspector-sentence" data-testid="inspector-sentence">
        {explainStep(w)}
      </p>
      <table className="arith-table" aria-label="This step's arithmetic">
        <tbody>
          <tr>
            <th scope="row">w before</th>
            <td colSpan={3}>
              <Num v={w.before} />
            </td>
          </tr>
          <tr className="arith-head">
            <th scope="col">sample</th>
            <th scope="col">δ (receiving)</th>
            <th scope="col">{aName} (sending)</th>
            <th scope="col">δ·{aName}</th>
          </tr>
          {w.samples.slice(0, SHOWN).map((t, k) => (
            <tr key={k}>
              <th scope="row">#{t.sample + 1}</th>
              <td>
                <Num v={t.delta} />
              </td>
              <td>
                <Num v={t.a} />
              </td>
              <td>
                <Num v={t.product} />
              </td>
            </tr>
          ))}
          {rest > 0 && (
            <tr>
              <td colSpan={4} className="arith-more">
                +{rest} more sample{rest > 1 ? 's' : ''}
              </td>
            </tr>
          )}
          <tr>
            <th scope="row">mean δ·{aName}</th>
            <td colSpan={3}>
              <Num v={w.mean} />
            </td>
          </tr>
          {(w.l2Term !== 0 || w.l1Term !== 0) && (
            <tr>
              <th scope="row">+ L1/L2 term</th>
              <td colSpan={3}>
                <Num v={w.l1Term + w.l2Term} />
              </td>
            </tr>
          )}
          <tr>
            <th scope="row">gradient g{w.clipped ? ' (clipped)' : ''}</th>
            <td colSpan={3}>
              <Num v={w.grad} />
            </td>
          </tr>
          {w.momentum !== 0 && (
            <tr>
              <th scope="row">v = μ·v + g</th>
              <td colSpan={3}>
                {w.momentum} × <Num v={w.velocityBefore} /> + g = <Num v={w.velocity} />
              </td>
            </tr>
          )}
          <tr>
            <th scope="row">learning rate</th>
            <td colSpan={3}>{w.lr}</td>
          </tr>
          <tr>
            <th scope="row">update −lr·{w.momentum ? 'v' : 'g'}</th>
            <td colSpan={3}>
              <Num v={w.update} />
              {w.adjusted && (
                <span className="arith-note">
                  {' '}
                  ({w.adjusted === 'l1-clip' ? 'L1 stopped it at 0' : 'held at ≥ 0'})
                </span>
              )}
            </td>
          </tr>
          <tr className="arith-after">
            <th scope="row">w after</th>
            <td colSpan={3}>
              <Num v={w.after} />
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
