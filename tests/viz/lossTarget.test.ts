import { describe, expect, it } from 'vitest';
import { drawLossChart, lossScales, targetLabel } from '../../src/viz/lossChart';

/** A 2D context that records the texts written and the horizontal segments stroked. */
function recordingContext() {
  const texts: { text: string; y: number }[] = [];
  const segments: { y0: number; y1: number; dash: number[] }[] = [];
  let from: [number, number] = [0, 0];
  let dash: number[] = [];
  const state: Record<string | symbol, unknown> = {};
  const ctx = new Proxy(state, {
    get(target, prop) {
      if (prop in target) return target[prop];
      if (prop === 'measureText') return (s: string) => ({ width: s.length * 7 });
      return (...a: number[]) => {
        if (prop === 'fillText') texts.push({ text: String(a[0]), y: a[2] });
        if (prop === 'setLineDash') dash = a[0] as unknown as number[];
        if (prop === 'moveTo') from = [a[0], a[1]];
        if (prop === 'lineTo') segments.push({ y0: from[1], y1: a[1], dash });
      };
    },
    set(target, prop, v) {
      target[prop] = v;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, texts, segments };
}

const s = { steps: [0, 10, 20], train: [0.9, 0.5, 0.3], test: [1.2, 0.6, 0.4] };
const o = { width: 300, height: 140 };

describe('the target loss on the loss chart', () => {
  it('is a labelled horizontal line at the target', () => {
    const { ctx, texts, segments } = recordingContext();
    drawLossChart(ctx, s, { ...o, target: 0.05 });
    const { y } = lossScales(s, { ...o, target: 0.05 });
    const py = Math.round(y.px(0.05)) + 0.5;
    expect(segments.some((g) => g.y0 === py && g.y1 === py && g.dash.length > 0)).toBe(true);
    expect(texts.map((t) => t.text)).toContain('target 0.05');
    expect(targetLabel(0.05)).toBe('target 0.05');
  });

  it('raises the y axis to a target above every loss so far', () => {
    expect(lossScales(s, { ...o, target: 3 }).y.domain[1]).toBeGreaterThanOrEqual(3);
  });

  it('is not drawn when off (0)', () => {
    const { ctx, texts } = recordingContext();
    drawLossChart(ctx, s, { ...o, target: 0 });
    expect(texts.some((t) => t.text.startsWith('target'))).toBe(false);
  });
});
