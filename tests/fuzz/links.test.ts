import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { decodeLink, encodeLink } from '../../src/url';
import { expectClearMessage, hugeNumber, hugeText, markup, SEED } from './hostile';

const GOOD = encodeLink({ config: DEFAULT_CONFIG });
const params = [...new URLSearchParams(GOOD)];

const value = fc.oneof(
  fc.constantFrom(hugeText, hugeNumber, `0${hugeNumber}`, markup, '', '%', '%zz', '1e999', 'NaN', '-0', ','),
  fc.string({ maxLength: 12 }),
  fc.double().map(String),
);
const key = fc.oneof(
  fc.constantFrom(...params.map(([k]) => k), 'w', 'hide', 'lesson', 'present'),
  fc.string(),
);

/** The default link with one value replaced, one parameter added or repeated, or the text cut or damaged. */
const mutated = fc.oneof(
  fc.tuple(fc.nat({ max: params.length - 1 }), value).map(([i, v]) => {
    const p = new URLSearchParams(GOOD);
    p.set(params[i][0], v);
    return p.toString();
  }),
  fc.tuple(key, value).map(([k, v]) => `${GOOD}&${encodeURIComponent(k)}=${encodeURIComponent(v)}`),
  fc.nat({ max: GOOD.length }).map((n) => GOOD.slice(0, n)),
  fc
    .tuple(fc.nat({ max: GOOD.length - 1 }), fc.string({ maxLength: 3 }))
    .map(([i, s]) => GOOD.slice(0, i) + s + GOOD.slice(i + 1)),
);

describe('mutated links', () => {
  it('600 seeded mutated links each decode; every ignored parameter is named with a short reason', () => {
    fc.assert(
      fc.property(mutated, (search) => {
        const s = decodeLink(search);
        // Each line names the parameter it is about (or the whole query) before its reason.
        for (const line of s.ignored) expectClearMessage(line, /^[^=:]{1,60}[=:]/);
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('a 400,000-digit learning rate is refused quoting its first digits only', () => {
    const s = decodeLink(`lr=${hugeNumber}`);
    expect(s.ignored).toEqual([
      `lr=${'9'.repeat(40)}…: learning rate must be a number between 0.000001 and 10; got '${'9'.repeat(40)}…'`,
    ]);
  });

  it('a hidden layer written with 400,000 digits is refused quoting its first digits only', () => {
    const s = decodeLink(`dataset=circle&hidden=4,${hugeNumber}`);
    expect(s.ignored).toHaveLength(1);
    expectClearMessage(s.ignored[0], /^hidden=/);
  });
});
