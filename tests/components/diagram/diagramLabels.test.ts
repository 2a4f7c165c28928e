import { describe, expect, it } from 'vitest';
import { diagramLayout, inputLabels } from '../../../src/components/diagram/diagramModel';
import { wordsDataset, WORD_VOCABULARY } from '../../../src/datasets/words';
import type { Mlp } from '../../../src/engine';
import { drawDiagram } from '../../../src/viz/diagramDraw';
import { textWidth } from '../../../src/viz/textWidth';

/** A 2D context that records each text with the box it covers (glyphs 0.68 em wide, as textWidth assumes). */
function recordingContext() {
  const texts: { text: string; left: number; right: number }[] = [];
  const state: Record<string | symbol, unknown> = { textAlign: 'start', font: '10px sans-serif' };
  const ctx = new Proxy(state, {
    get(target, prop) {
      if (prop in target) return target[prop];
      return (...args: unknown[]) => {
        if (prop !== 'fillText') return;
        const text = String(args[0]);
        const w = textWidth(text, parseFloat(String(target.font)));
        const x = Number(args[1]);
        const left = target.textAlign === 'right' ? x - w : target.textAlign === 'center' ? x - w / 2 : x;
        texts.push({ text, left, right: left + w });
      };
    },
    set(target, prop, v) {
      target[prop] = v;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, texts };
}

describe('network diagram labels', () => {
  it('writes every word of the words data set whole, inside the canvas and clear of its square (issue 11)', () => {
    const d = wordsDataset({ trainRatio: 0.5, seed: 1 });
    const inputs = WORD_VOCABULARY.length;
    const m = {
      inputs,
      layers: [{ units: 4, inputs, weights: new Float64Array(4 * inputs) }],
    } as unknown as Mlp;
    const layout = diagramLayout(m, d, 600);
    const { ctx, texts } = recordingContext();
    drawDiagram(ctx, layout, {
      layers: m.layers,
      images: [],
      inputLabels: inputLabels(d),
      imageInputs: false,
      highlight: null,
    });
    const drawn = layout.columns[0].map((b) => WORD_VOCABULARY[b.unit]);
    expect(texts.map((t) => t.text)).toEqual(drawn);
    expect(drawn).toContain('brilliant');
    for (const [i, t] of texts.entries()) {
      expect(t.left, t.text).toBeGreaterThanOrEqual(0);
      expect(t.right, t.text).toBeLessThanOrEqual(layout.columns[0][i].x);
    }
  });

  it('keeps x₁ and x₂ inside their squares, as before', () => {
    expect(inputLabels({ featureNames: ['x₁', 'x₂'], image: null } as never)).toEqual(['x₁', 'x₂']);
  });
});
