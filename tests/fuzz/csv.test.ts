import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/datasets';
import { expectClearMessage, hugeNumber, hugeText, markup, SEED } from './hostile';

const GOOD = 'x1,x2,label\n0.5,-1,0\n1.5,2,1\n-0.25,0.75,0\n';

/** Cells a broken file holds: huge ones (the 400,000-character case), markup, quotes, separators. */
const cell = fc.oneof(
  fc.constantFrom(
    hugeText,
    hugeNumber,
    `-${hugeNumber}e999`,
    markup,
    '"',
    '""',
    ',',
    '',
    ' ',
    'NaN',
    '1e999',
  ),
  fc.string({ maxLength: 8 }),
  fc.double().map(String),
);

/** The good file with one cell, one header name or one line replaced, or the file cut short. */
const malformed = fc.oneof(
  fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 2 }), cell).map(([row, col, v]) => {
    const rows = GOOD.trim()
      .split('\n')
      .map((r) => r.split(','));
    rows[row][col] = v;
    return rows.map((r) => r.join(',')).join('\n');
  }),
  fc.tuple(fc.nat({ max: 3 }), cell).map(([row, v]) => {
    const lines = GOOD.split('\n');
    lines[row] = v;
    return lines.join('\n');
  }),
  fc.nat({ max: GOOD.length }).map((n) => GOOD.slice(0, n)),
  fc.string({ maxLength: 40 }),
);

/** A refusal says the row and column (or that the file or header is what is wrong). */
const WHERE = /row \d+, column \d+|row \d+ has|header|the file|line \d+/;

describe('malformed CSV files', () => {
  it('250 seeded malformed files are each read or refused with a short message saying where; nothing throws', () => {
    fc.assert(
      fc.property(malformed, (text) => {
        const r = parseCsv(text, { trainRatio: 0.5, seed: 1 });
        if (!r.ok) expectClearMessage(r.error, WHERE);
      }),
      { seed: SEED, numRuns: 250 },
    );
  });

  it('a 400,000-character label name is quoted as a short excerpt', () => {
    const r = parseCsv(`x1,${hugeText}\n1,0\n`, { trainRatio: 0.5, seed: 1 });
    expect(r).toEqual({
      ok: false,
      error: `the last header column must be named 'label', found '${'x'.repeat(40)}…'`,
    });
  });

  it('a 400,000-character cell is named by row and column and quoted short', () => {
    const r = parseCsv(`${hugeText},label\n1,0\n`, { trainRatio: 0.5, seed: 1 });
    expect(r.ok).toBe(true);
    const bad = parseCsv(`x1,label\n${hugeText},0\n`, { trainRatio: 0.5, seed: 1 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expectClearMessage(bad.error, /row 2, column 1/);
  });
});
