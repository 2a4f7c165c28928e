import { UnitWeightImages } from '../../diagram/UnitWeightImages';

/**
 * Every first-layer unit's incoming weights as a picture on the sign palette (8×8 digits, 28×28 MNIST): the
 * network diagram's unit images, beside the lesson text that reads them.
 */
export function DigitFiltersWidget() {
  return (
    <div className="lesson-widget">
      <UnitWeightImages />
    </div>
  );
}
