import type { StateCreator } from 'zustand';
import { addTrainPoint } from '../datasets';
import { afterSetting } from './hooks';
import { trainDataOf } from '../domain/run';
import type { Store } from './types';

/** Points a person adds by clicking the output plot: the network stays, only the training data grows. */
export interface DataEditSlice {
  /** Adds one training point (x₁, x₂) of class `label`; the weights and the step count are kept. */
  addPoint(x: [number, number], label: number): void;
}

export const createDataEditSlice: StateCreator<Store, [], [], DataEditSlice> = (set, get) => ({
  addPoint(x, label) {
    const s = get();
    if (s.dataset.inputs !== 2 || s.dataset.kind !== 'classification') return;
    const dataset = addTrainPoint(s.dataset, x, label);
    const { train } = trainDataOf(dataset, s.config);
    s.trainer.setData(train);
    set({ dataset, train });
    get().refresh();
    // Marked on the timeline like a setting change: steps before it trained on different data.
    afterSetting.emit({
      keys: [`added a ${label === 1 ? 'blue (+)' : 'orange (−)'} point`],
      step: s.trainer.step,
    });
  },
});
