import type { WeightStep } from '../../inspector/arithmetic';
import { explainStep } from '../../inspector/sentence';
import { Num } from './Num';
import { SampleTable } from './SampleTable';

const ADJUSTED: Record<NonNullable<WeightStep['adjusted']>, string> = {
  'l1-shrink': 'L1 step towards 0',
  'l1-zero': 'L1 stopped it at 0',
  'non-negative': 'held at ≥ 0',
};

const HELD: Record<NonNullable<WeightStep['held']>, string> = {
  frozen: 'frozen: not updated',
  pruned: 'pruned: held at 0',
  'no-bias': 'this layer has no bias',
};

/** A labelled number row of the arithmetic table. */
function Row({
  label,
  children,
  className,
}: {
  label: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <tr className={className}>
      <th scope="row">{label}</th>
      <td>{children}</td>
    </tr>
  );
}

/**
 * One weight's step as plain numbers, top to bottom in the order the engine computed them; every number is
 * the one the engine recorded for this step.
 */
export function StepArithmetic({ w }: { w: WeightStep }) {
  const aName = w.sender === 'input' ? 'x' : w.sender === 'one' ? '1' : 'a';
  const v = w.momentum ? 'v' : 'g';
  return (
    <div className="step-arith">
      <p className="inspector-sentence" data-testid="inspector-sentence">
        {explainStep(w)}
      </p>
      <table className="arith-table" aria-label="This step's arithmetic">
        <tbody>
          <Row label={w.col === 'bias' ? 'b before' : 'w before'}>
            <Num v={w.before} />
          </Row>
          <tr>
            <td colSpan={2}>
              <SampleTable samples={w.samples} aName={aName} />
            </td>
          </tr>
          <Row label={`mean δ·${aName}`}>
            <Num v={w.mean} />
          </Row>
          {w.l2Term !== 0 && (
            <Row label="+ L2 term l2·w">
              <Num v={w.l2Term} />
            </Row>
          )}
          {w.l1Term !== 0 && (
            <Row label="+ L1 term l1·sign(w)">
              <Num v={w.l1Term} />
            </Row>
          )}
          {w.held && <Row label="held">{HELD[w.held]}</Row>}
          <Row label={`gradient g${w.clipped ? ' (clipped)' : ''}`}>
            <Num v={w.grad} />
          </Row>
          {w.momentum !== 0 && (
            <Row label="v = μ·v + g">
              {w.momentum} × <Num v={w.velocityBefore} /> + g = <Num v={w.velocity} />
            </Row>
          )}
          <Row label="learning rate">{w.lr}</Row>
          {w.adjusted && (
            <>
              <Row label={`w − lr·${v}`}>
                <Num v={w.stepped} />
              </Row>
              <Row label={ADJUSTED[w.adjusted]}>
                <Num v={w.after} />
              </Row>
            </>
          )}
          <Row label={w.adjusted ? 'update (after − before)' : `update −lr·${v}`}>
            <Num v={w.update} />
          </Row>
          <Row label={w.col === 'bias' ? 'b after' : 'w after'} className="arith-after">
            <Num v={w.after} />
          </Row>
        </tbody>
      </table>
    </div>
  );
}
