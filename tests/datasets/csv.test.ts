import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classesFromLabels, parseCsv, parseCsvTable } from '../../src/datasets';
import type { Dataset } from '../../src/datasets/types';

const opts = { trainRatio: 0.5, seed: 1 };

function errorOf(text: string): string {
  const r = parseCsv(text, opts);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.error;
}

function datasetOf(text: string, name?: string): Dataset {
  const r = parseCsv(text, { ...opts, name });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('parseCsv errors name the row as counted in the file (header = line 1) and the column from 1', () => {
  it('reports a field that is not a number with its row, column and header name', () => {
    const text = 'x1,x2,x3,label\n1,2,3,0\n1,2,3,1\n1,2,3,0\n1,2,abc,1\n';
    expect(errorOf(text)).toBe("row 5, column 3 ('x3'): 'abc' is not a number");
  });

  it('reports a row with too few or too many values', () => {
    expect(errorOf('a,b,c,label\n1,2,3,0\n1,2,3,1\n1,2,3\n')).toBe(
      'row 4 has 3 values, expected 4 (the header has 4 columns)',
    );
    expect(errorOf('a,label\n1,0,7\n')).toBe('row 2 has 3 values, expected 2 (the header has 2 columns)');
  });

  it("requires the last header column to be named 'label'", () => {
    expect(errorOf('x1,x2,y\n1,2,3\n')).toBe("the last header column must be named 'label', found 'y'");
  });

  it('reports a header without data rows', () => {
    expect(errorOf('x1,x2,label\n')).toBe('the file has a header but no data rows');
    expect(errorOf('x1,x2,label\r\n\r\n  \n')).toBe('the file has a header but no data rows');
  });

  it('reports an empty file, including one of blank lines only', () => {
    expect(errorOf('')).toBe('the file is empty');
    expect(errorOf('\n \r\n')).toBe('the file is empty');
  });

  it('reports an empty field rather than reading it as 0', () => {
    expect(errorOf('a,b,label\n1,,0\n')).toBe("row 2, column 2 ('b') is empty");
  });

  it('refuses Infinity, NaN and hexadecimal, which Number() would accept', () => {
    expect(errorOf('a,label\nInfinity,0\n')).toBe("row 2, column 1 ('a'): 'Infinity' is not a number");
    expect(errorOf('a,label\nNaN,0\n')).toBe("row 2, column 1 ('a'): 'NaN' is not a number");
    expect(errorOf('a,label\n0x10,0\n')).toBe("row 2, column 1 ('a'): '0x10' is not a number");
    expect(errorOf('a,label\n1e999,0\n')).toBe("row 2, column 1 ('a'): '1e999' is too large");
  });

  it("needs an input column before 'label'", () => {
    expect(errorOf('label\n1\n')).toBe("the header needs at least one input column before 'label'");
  });

  it('counts skipped blank lines in the row number', () => {
    expect(errorOf('a,label\n1,0\n\n1,x\n')).toBe("row 4, column 2 ('label'): 'x' is not a number");
  });
});

describe('parseCsv reads', () => {
  it('small whole-number labels as classes, max label + 1 of them', () => {
    const d = datasetOf('x1,x2,label\n0,0,0\n1,0,2\n0,1,1\n1,1,0\n', 'mine.csv');
    expect(d.kind).toBe('classification');
    expect(d.classes).toBe(3);
    expect(d.classNames).toEqual(['class 0', 'class 1', 'class 2']);
    expect(d.inputs).toBe(2);
    expect(d.featureNames).toEqual(['x1', 'x2']);
    expect(d.title).toBe('mine.csv');
    expect(d.id).toBe('csv');
  });

  it('fractional or negative labels as regression targets', () => {
    expect(datasetOf('x,label\n1,0.5\n2,1\n').kind).toBe('regression');
    expect(datasetOf('x,label\n1,-1\n2,1\n').classes).toBe(0);
  });

  it('labels of 50 or more as regression targets (too many classes to be classes)', () => {
    expect(classesFromLabels([0, 49])).toBe(50);
    expect(classesFromLabels([0, 50])).toBe(0);
  });

  it('every row exactly once, split round(n · trainRatio) / rest', () => {
    const rows = Array.from({ length: 9 }, (_, i) => `${i},${10 * i},${i % 2}`);
    const d = datasetOf(['a,b,label', ...rows].join('\n'));
    expect(d.train.n).toBe(5);
    expect(d.test.n).toBe(4);
    const firsts = [...d.train.x.filter((_, j) => j % 2 === 0), ...d.test.x.filter((_, j) => j % 2 === 0)];
    expect(firsts.sort((p, q) => p - q)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    for (const s of [d.train, d.test]) {
      for (let r = 0; r < s.n; r++) {
        expect(s.x[2 * r + 1]).toBe(10 * s.x[2 * r]);
        expect(s.labels[r]).toBe(s.x[2 * r] % 2);
      }
    }
  });

  it('CRLF line ends, a byte-order mark, trailing blank lines, quoted names and spaces', () => {
    const d = datasetOf('\uFEFF"x 1", "x2" ,"label"\r\n 1.5 , -2e-1 ,1\r\n3,.5,0\r\n\r\n\r\n');
    expect(d.featureNames).toEqual(['x 1', 'x2']);
    expect(d.train.n + d.test.n).toBe(2);
  });

  it('the same split for the same seed', () => {
    const text = 'a,label\n' + Array.from({ length: 20 }, (_, i) => `${i},0`).join('\n');
    expect(parseCsv(text, opts)).toEqual(parseCsv(text, opts));
  });
});

describe('parseCsvTable', () => {
  it('keeps rows in file order with labels taken apart', () => {
    const r = parseCsvTable('a,b,label\n1,2,0\n3,4,1\n5,6,0\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.header).toEqual(['a', 'b', 'label']);
    expect(r.value.inputs).toBe(2);
    expect(r.value.n).toBe(3);
    expect(Array.from(r.value.x)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Array.from(r.value.labels)).toEqual([0, 1, 0]);
  });

  it('never throws, whatever the text', () => {
    for (const t of ['\u0000', ',,,', '"', 'label', 'a,label\n"1",0', 'a,label\n1,0,\n']) {
      expect(() => parseCsvTable(t)).not.toThrow();
    }
  });
});

describe('parseCsvTable properties', () => {
  it('reads back exactly the numbers a table was written with (String(x) round-trips every double)', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((cols) =>
          fc.array(fc.array(finite, { minLength: cols + 1, maxLength: cols + 1 }), {
            minLength: 1,
            maxLength: 20,
          }),
        ),
        fc.constantFrom('\n', '\r\n'),
        (rows, eol) => {
          const inputs = rows[0].length - 1;
          const header = [...Array.from({ length: inputs }, (_, j) => `c${j}`), 'label'].join(',');
          // String(-0) is '0': the file cannot tell −0 from 0, so compare with −0 read as 0.
          const text = [header, ...rows.map((r) => r.map(String).join(','))].join(eol) + eol;
          const r = parseCsvTable(text);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(Array.from(r.value.x)).toEqual(
            rows.flatMap((row) => row.slice(0, inputs).map((v) => v + 0)),
          );
          expect(Array.from(r.value.labels)).toEqual(rows.map((row) => row[inputs] + 0));
        },
      ),
      { seed: 42 },
    );
  });

  it('never throws, for any text at all', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (t) => {
        expect(() => parseCsv(t, opts)).not.toThrow();
      }),
      { seed: 42 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'label', ',', '\n', '\r', '"', '1', '-', '.', 'e', ' ')),
        (chars) => {
          expect(() => parseCsv(chars.join(''), opts)).not.toThrow();
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});
