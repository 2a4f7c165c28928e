import { readSetting, type NumberSetting } from '../../domain/settings';
import { writeNumber, type NumberRead } from '../../format/number';

/**
 * What a person typed into a setting's field, read by the one number reader and checked against the one
 * settings table: a link, the command line and an import refuse the same value with the same message.
 * Spaces around what was typed (a paste) are not part of the number.
 */
export const readTyped = (s: NumberSetting, text: string): NumberRead => readSetting(s, text.trim());

/** The line under a field whose text was refused: the table's message and the value still in use. */
export const refusal = (message: string, kept: number): string =>
  `Refused: ${message}. Kept ${writeNumber(kept)}.`;

/** Learning rates offered in the list, on a log scale like TensorFlow Playground's (any value can be typed). */
export const LR_CHOICES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;

/** Batches per animation frame offered; 0 = as many as fit in the frame budget. */
export const SPEED_CHOICES = [1, 2, 5, 10, 25, 100, 0] as const;
