/** Free exploration (issue 11): input features, a lesson's brush, CSV defaults, pruning and class balance. */
import { describe, expect, it } from 'vitest';
import { createMlp, createRng, detmath } from '../../src/engine';
import { parseCsv } from '../../src/datasets';
import { createSession, type SessionState } from '../../src/session';
import { testHost } from './host';

const fresh = () => {
  const s = createSession(testHost().host);
  return (): SessionState => s.getState();
};

const net = (inputs: number) =>
  createMlp(
    {
      inputs,
      layers: [
        { units: 8, activation: 'tanh' },
        { units: 8, activation: 'tanh' },
        { units: 1, activation: 'tanh' },
      ],
      init: { kind: 'xavier_uniform' },
      useBias: true,
    },
    createRng(9),
  );

describe('input features in a session', () => {
  it('choosing features builds a network whose first layer takes them, and training uses them', () => {
    const S = fresh();
    S().setConfig({ features: ['x1sq', 'sinx1'] });
    expect(S().notice).toBeNull();
    expect(S().config.features).toEqual(['x1sq', 'sinx1']);
    expect(S().mlp.inputs).toBe(2);
    const [a] = S().dataset.train.x;
    expect(S().train.x[0]).toBe(a * a);
    expect(S().train.x[1]).toBe(detmath.sin(a));
    S().setConfig({ features: ['x1', 'x2', 'x1x2'] });
    expect(S().mlp.inputs).toBe(3);
    S().stepBatch();
    expect(S().step).toBe(1);
  });

  it('a model file naming its features brings them; a file without them means x₁, x₂', () => {
    const S = fresh();
    const r = S().importNetwork(net(3), 'm.json', ['x1sq', 'x2sq', 'sinx2']);
    expect(r.ok).toBe(true);
    expect(S().config.features).toEqual(['x1sq', 'x2sq', 'sinx2']);
    expect(S().mlp.inputs).toBe(3);
    const back = S().importNetwork(net(2), 'old.json');
    expect(back.ok).toBe(true);
    expect(S().config.features).toEqual(['x1', 'x2']);
  });

  it('a model whose feature list does not fit is refused, and nothing changes', () => {
    const S = fresh();
    const before = S().mlp;
    const r = S().importNetwork(net(3), 'bad.json', ['x1', 'cos', 'x2']);
    expect(r.ok).toBe(false);
    expect(r.text).toMatch(/input feature must be one of/);
    expect(S().mlp).toBe(before);
    const wrong = S().importNetwork(net(3), 'old.json');
    expect(wrong.ok).toBe(false);
    expect(wrong.text).toMatch(/takes 3 inputs/);
  });
});

describe('a lesson opens with a brush it can use', () => {
  it('the Inspect brush chosen before does not carry into lesson 2, whose painting needs a value', () => {
    const S = fresh();
    S().setBrushTool('inspect');
    S().openLesson('excitation-inhibition');
    expect(S().brushTool).toBe('set');
  });
});

describe('CSV files', () => {
  const csv = (rows: string[]) => {
    const r = parseCsv(rows.join('\n'), { trainRatio: 0.5, seed: 1, name: 'f.csv' });
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };

  it('more than two classes: softmax with cross-entropy, and a notice says so', () => {
    const S = fresh();
    const rows = ['a,b,c,label'];
    for (let i = 0; i < 30; i++) rows.push(`${i % 3},${(i * 7) % 5},${i % 2},${i % 3}`);
    S().setCustomDataset(csv(rows));
    expect(S().config.outputActivation).toBe('softmax');
    expect(S().config.loss).toBe('cross_entropy');
    expect(S().mlp.layers[S().mlp.layers.length - 1].units).toBe(3);
    expect(S().notice?.text).toMatch(/3 classes.*softmax.*cross-entropy/);
  });

  it('two input columns: a plane, so the decision map and the features apply', () => {
    const S = fresh();
    const rows = ['u,v,label'];
    for (let i = 0; i < 20; i++) rows.push(`${i - 10},${(i * 3) % 7},${i % 2}`);
    S().setCustomDataset(csv(rows));
    expect(S().dataset.domain).toBeDefined();
    const [lo, hi] = S().dataset.domain!;
    expect(lo).toBeLessThanOrEqual(-10);
    expect(hi).toBeGreaterThanOrEqual(9);
  });
});
