import { ACTIVATION_INFO } from '../engine';
import { formatNumber } from '../format/display';
import type { WeightStep } from './arithmetic';

/** A signed number for reading aloud: +0.21, −0.05, 0, +4×10⁻⁴ (a value that rounds to zero keeps its sign). */
export function signed(v: number, digits = 2): string {
  return v === 0 ? '0' : formatNumber(v, { signed: true, fixed: digits });
}

const signWord = (v: number) => (v > 0 ? 'positive' : v < 0 ? 'negative' : 'zero');

function senderText(s: WeightStep['sender'], a: number): string {
  if (s === 'one') return 'the bias input is always 1';
  const name = s === 'input' ? 'x' : 'a';
  const what = s === 'input' ? 'input' : `${ACTIVATION_INFO[s].label} output`;
  const bound = s !== 'input' && !ACTIVATION_INFO[s].negativeOutputs && a >= 0 ? ' ≥ 0' : '';
  return `${name} = ${signed(a)}${a === 0 ? '' : bound} (${what})`;
}

function outcome(before: number, after: number): string {
  if (after === 0) return before === 0 ? 'it stays exactly 0' : 'to exactly 0';
  if (before === 0) return `from 0: it is now ${signWord(after)}`;
  if (before > 0 !== after > 0) return `across zero: it is now ${signWord(after)}`;
  return `it stays ${signWord(after)}`;
}

/**
 * One sentence, built only from the step's numbers, that says why the weight moved the way it did: the sign
 * of each product δ·a, the sign of the gradient, the direction of the step and whether it crossed zero.
 */
export function explainStep(w: WeightStep): string {
  const n = w.samples.length;
  if (w.held === 'no-bias') return 'This layer has no bias: it stays 0 and the step did not move it.';
  if (w.held) return `This weight is ${w.held}: the step did not move it.`;
  const parts: string[] = [];
  if (n === 1) {
    const { a, delta } = w.samples[0];
    if (a === 0) {
      parts.push(
        `${senderText(w.sender, a)}, so this sample contributes nothing (δ·a = 0 whatever δ = ${signed(delta)} is)`,
      );
    } else {
      parts.push(`${senderText(w.sender, a)}, δ = ${signed(delta)}`);
    }
  } else {
    let pos = 0,
      neg = 0;
    for (const t of w.samples) {
      if (t.product > 0) pos++;
      else if (t.product < 0) neg++;
    }
    const zero = n - pos - neg;
    const nonNeg = w.sender === 'one' || (w.sender !== 'input' && !ACTIVATION_INFO[w.sender].negativeOutputs);
    const why = nonNeg ? `; a is never negative here, so each product takes the sign of δ` : '';
    parts.push(
      `over the ${n} samples δ·a averages ${signed(w.mean, 3)} (${pos} positive, ${neg} negative${zero ? `, ${zero} zero` : ''}${why})`,
    );
  }
  const reg = w.l2Term + w.l1Term;
  const regText =
    reg !== 0
      ? `, ${w.l1Term && w.l2Term ? 'L1 and L2 add' : w.l1Term ? 'L1 adds' : 'L2 adds'} ${signed(reg, 3)}`
      : '';
  parts.push(`${regText}, so the gradient is ${signWord(w.grad)}`);
  const moved = w.update;
  if (moved === 0) {
    parts.push(w.grad === 0 ? ' and the weight did not move' : ' but the weight did not move');
  } else {
    const dir = moved < 0 ? 'down' : 'up';
    const byMomentum =
      w.grad !== 0 && w.grad > 0 === moved > 0 ? ' (momentum carried it against the gradient)' : '';
    const plain = w.grad === 0 && w.velocity !== 0 ? ' (momentum alone moved it)' : byMomentum;
    parts.push(` and the step pushed the weight ${dir}${plain}, ${outcome(w.before, w.after)}`);
  }
  if (w.adjusted === 'l1-zero') parts.push('; L1 clipping stopped it at 0');
  if (w.adjusted === 'l1-shrink') parts.push('; the separate L1 step then pulled it towards 0');
  if (w.adjusted === 'non-negative') parts.push('; the non-negative constraint held it at 0');
  const text = parts.join('').replace(/^, /, '');
  // Variable names (a, x, δ) keep their case; only a leading word is capitalised.
  return `${text.startsWith('over') ? 'O' + text.slice(1) : text}.`;
}
