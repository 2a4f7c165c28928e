import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetCsv, generate2d, parseCsv, parseCsvTable, wordsDataset } from '../../src/datasets';
import type { Dataset } from '../../src/datasets/types';

/** Import with a seed and ratio that would shuffle differently: only the split column may decide. */
const reimport = (d: Dataset) => {
  const r = parseCsv(datasetCsv(d), { trainRatio: 0.9, seed: 12345 });
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

const samePoints = (back: Dataset, d: Dataset) => {
  expect(back.inputs).toBe(d.inputs);
  expect(back.featureNames).toEqual(d.featureNames);
  for (const k of ['train', 'test'] as const) {
    expect(back[k].n).toBe(d[k].n);
    expect(Array.from(back[k].x)).toEqual(Array.from(d[k].x));
    expect(Array.from(back[k].labels)).toEqual(Array.from(d[k].labels));
  }
};

describe('a data set exported as CSV', () => {
  it('has the inputs, the label and a split column saying train or test, training rows first', () => {
    const d = generate2d('xor', { n: 20, noise: 0.1, trainRatio: 0.7, seed: 3 });
    const lines = datasetCsv(d).trimEnd().split('\n');
    expect(lines[0]).toBe('x₁,x₂,label,split');
    expect(lines.length).toBe(21);
    expect(lines.slice(1, 15).every((l) => l.endsWith(',train'))).toBe(true);
    expect(lines.slice(15).every((l) => l.endsWith(',test'))).toBe(true);
  });

  it('imports back to the same points in the same split (2D, shifted and noisy)', () => {
    const d = generate2d('spiral', { n: 300, noise: 0.3, trainRatio: 0.6, seed: 9, shift: [1.5, -2] });
    const back = reimport(d);
    samePoints(back, d);
    expect(back.kind).toBe('classification');
    expect(back.classes).toBe(2);
  });

  it('imports back the words data set, 64 named inputs', () => {
    const d = wordsDataset({ trainRatio: 0.5, seed: 2 });
    samePoints(reimport(d), d);
  });

  it('imports back any numbers and names, quotes, commas and line breaks in names included', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    const name = fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() === s && s !== '');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((inputs) =>
          fc.record({
            names: fc.array(name, { minLength: inputs, maxLength: inputs }),
            rows: fc.array(
              fc.tuple(fc.array(finite, { minLength: inputs, maxLength: inputs }), finite, fc.boolean()),
              { minLength: 1, maxLength: 12 },
            ),
          }),
        ),
        ({ names, rows }) => {
          const inputs = names.length;
          const part = (test: boolean) => {
            const rs = rows.filter((r) => r[2] === test);
            return {
              n: rs.length,
              x: Float64Array.from(rs.flatMap((r) => r[0])),
              labels: Float64Array.from(rs.map((r) => r[1])),
            };
          };
          const d: Dataset = {
            id: 'csv',
            title: 't',
            kind: 'regression',
            inputs,
            classes: 0,
            featureNames: names,
            train: part(false),
            test: part(true),
          };
          samePoints(reimport(d), d);
        },
      ),
      { seed: 13, numRuns: 200 },
    );
  });
});

describe('a split column in an imported file', () => {
  it('puts each row where it says, in file order, whatever the seed', () => {
    const r = parseCsv('a,label,split\n1,0,test\n2,1,train\n3,0,TRAIN\n4,1,test\n', {
      trainRatio: 0.5,
      seed: 1,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Array.from(r.value.train.x)).toEqual([2, 3]);
    expect(Array.from(r.value.test.x)).toEqual([1, 4]);
  });

  it('refuses a value other than train or test, saying where', () => {
    expect(parseCsvTable('a,label,split\n1,0,train\n1,0,validation\n')).toEqual({
      ok: false,
      error: "row 3, column 3 ('split'): 'validation' is not train or test",
    });
    expect(parseCsvTable('a,label,split\n1,0,constructor\n')).toMatchObject({ ok: false });
    expect(parseCsvTable('a,label,split\n1,0,\n')).toEqual({
      ok: false,
      error: "row 2, column 3 ('split') is empty",
    });
  });

  it("needs 'label' just before it", () => {
    expect(parseCsvTable('a,b,split\n1,0,train\n')).toEqual({
      ok: false,
      error: "the column before 'split' must be named 'label', found 'b'",
    });
    expect(parseCsvTable('label,split\n0,train\n')).toEqual({
      ok: false,
      error: "the header needs at least one input column before 'label'",
    });
  });
});

describe('the CSV reader (d3-dsv)', () => {
  it('reads a quoted field holding a comma, and counts lines inside quoted fields in row numbers', () => {
    const r = parseCsvTable('"a, the first",label\n1,0\n');
    expect(r.ok && r.value.header).toEqual(['a, the first', 'label']);
    expect(parseCsvTable('"a\nb",label\n1,0\n2,x\n')).toEqual({
      ok: false,
      error: "row 4, column 2 ('label'): 'x' is not a number",
    });
  });
});
