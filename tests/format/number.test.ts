import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumber, writeNumber } from '../../src/format/number';

const value = (text: string) => {
  const r = readNumber(text);
  if (!r.ok) throw new Error(`${text}: ${r.message}`);
  return r.value;
};
const message = (text: string) => {
  const r = readNumber(text);
  if (r.ok) throw new Error(`${text} was read as ${r.value}`);
  return r.message;
};

describe('readNumber reads plain decimals', () => {
  it.each([
    ['0.03', 0.03],
    ['-1', -1],
    ['+2', 2],
    ['1e-3', 0.001],
    ['2E+2', 200],
    ['.5', 0.5],
    ['5.', 5],
    ['007', 7],
    ['−1.5', -1.5],
  ])('%j is %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('reads every finite double back from its String() exactly', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        // String(-0) is '0': the same number, though not the same bits.
        expect(value(String(x)) === x).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every finite double back from writeNumber bit for bit, -0 included', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Object.is(value(writeNumber(x)), x)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(writeNumber(0.00001)).toBe('1e-5');
    expect(writeNumber(0.03)).toBe('0.03');
  });

  it('agrees with Number() whenever it accepts a text', () => {
    const chars = fc.constantFrom(...'0123456789+-.eExX_ ,'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 10 }), (cs) => {
        const text = cs.join('');
        const r = readNumber(text);
        if (r.ok) expect(r.value).toBe(Number(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('readNumber refuses what Number() would turn into a number nobody wrote', () => {
  it.each([
    '0x5',
    '0X1f',
    '0b1',
    '0o7',
    '1_000',
    'Infinity',
    '-Infinity',
    'NaN',
    '1,5',
    'abc',
    '1e',
    'e5',
    '.',
    '-',
    '1.2.3',
  ])('%j is not a number', (text) => {
    expect(message(text)).toBe(`'${text}' is not a number`);
  });

  it('refuses empty and whitespace-only text (Number() reads both as 0)', () => {
    expect(message('')).toBe('no number was given');
    expect(message(' ')).toBe("' ' is not a number");
    expect(message('\t\n')).toBe("'\t\n' is not a number");
  });

  it('refuses surrounding spaces: trimming is the caller’s decision', () => {
    expect(message(' 1')).toBe("' 1' is not a number");
  });

  it('refuses a number too large for a double instead of reading Infinity', () => {
    expect(message('1e999')).toBe("'1e999' is too large");
    expect(message('-1e999')).toBe("'-1e999' is too large");
  });

  it('refuses every hexadecimal and underscore-separated integer', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat({ max: 999 }), (n, m) => {
        expect(readNumber(`0x${n.toString(16)}`).ok).toBe(false);
        expect(readNumber(`${n}_${String(m).padStart(3, '0')}`).ok).toBe(false);
      }),
    );
  });

  it('shortens a long text in its message', () => {
    expect(message('x'.repeat(100))).toBe(`'${'x'.repeat(40)}…' is not a number`);
  });
});
