import type { LessonWidget as Kind } from '../../../lessons';
import { BiasesWidget } from './BiasesWidget';
import { DigitFiltersWidget } from './DigitFiltersWidget';
import { FlipInputWidget } from './FlipInputWidget';
import { InitCompareWidget } from './InitCompareWidget';
import { NegativeCountWidget } from './NegativeCountWidget';
import { OutputSignsWidget } from './OutputSignsWidget';
import { PruningWidget } from './PruningWidget';
import { RegularisationWidget } from './RegularisationWidget';

/** The interactive piece a lesson adds next to its text. */
export function LessonWidget({ kind }: { kind: Kind }) {
  switch (kind) {
    case 'negativeCount':
      return <NegativeCountWidget />;
    case 'flipInput':
      return <FlipInputWidget />;
    case 'outputSigns':
      return <OutputSignsWidget />;
    case 'initCompare':
      return <InitCompareWidget />;
    case 'regularisation':
      return <RegularisationWidget />;
    case 'pruning':
      return <PruningWidget />;
    case 'biases':
      return <BiasesWidget />;
    case 'digitFilters':
      return <DigitFiltersWidget />;
    case 'wordWeights':
      return <p className="lesson-widget">The sorted word weights are in the output panel.</p>;
  }
}
