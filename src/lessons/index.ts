import { flipInput, regularisation, pruning, biases, digits, words } from './advanced';
import {
  excitationInhibition,
  initialisation,
  negativeOutputs,
  negativeWeights,
  positiveOnly,
} from './basics';
import { mnistThree } from './mnist';
import type { Lesson } from './types';

/** The guided experiments, in the order the front door lists them. */
export const LESSONS: Lesson[] = [
  negativeWeights,
  excitationInhibition,
  flipInput,
  positiveOnly,
  negativeOutputs,
  initialisation,
  regularisation,
  pruning,
  biases,
  digits,
  mnistThree,
  words,
];

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

export type { Lesson, LessonContext, CheckResult, LessonWidget } from './types';
