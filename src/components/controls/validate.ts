/**
 * What a typed training setting may be. A value outside its rule is refused with a message and nothing
 * changes, so a typo (a negative rate, 1e9, "abc") can never reach the trainer.
 */
export interface NumberRule {
  min: number;
  max: number;
  /** Whether min itself is allowed (a learning rate of 0 trains nothing). */
  minInclusive?: boolean;
  integer?: boolean;
}

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

export const RULES = {
  lr: { min: 0, max: 10, minInclusive: false },
  batchSize: { min: 1, max: 512, minInclusive: true, integer: true },
  l1: { min: 0, max: 10, minInclusive: true },
  l2: { min: 0, max: 10, minInclusive: true },
  momentum: { min: 0, max: 0.999, minInclusive: true },
  clip: { min: 0, max: 1e6, minInclusive: true },
} satisfies Record<string, NumberRule>;

/** Learning rates offered in the list, on a log scale like TensorFlow Playground's (any value can be typed). */
export const LR_CHOICES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;

/** Batches per animation frame offered; 0 = as many as fit in the frame budget. */
export const SPEED_CHOICES = [1, 2, 5, 10, 25, 100, 0] as const;

/** Parses what the user typed against a rule; the message says what is allowed. */
export function parseSetting(text: string, rule: NumberRule): Parsed {
  const t = text.trim();
  if (t === '') return { ok: false, message: 'Enter a number.' };
  const v = Number(t);
  if (!Number.isFinite(v)) return { ok: false, message: `“${t}” is not a number.` };
  const lowOk = rule.minInclusive === false ? v > rule.min : v >= rule.min;
  if (!lowOk || v > rule.max) {
    const lo = rule.minInclusive === false ? `more than ${rule.min}` : `at least ${rule.min}`;
    return { ok: false, message: `Must be ${lo} and at most ${rule.max}.` };
  }
  if (rule.integer && !Number.isInteger(v)) return { ok: false, message: 'Must be a whole number.' };
  return { ok: true, value: v };
}

/** A number as short as it can be without losing what the user set (0.03, 1e-5, 512). */
export function formatSetting(v: number): string {
  if (v !== 0 && Math.abs(v) < 0.001) return v.toExponential().replace(/\.?0+e/, 'e');
  return String(+v.toPrecision(6));
}
