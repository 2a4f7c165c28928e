import { create } from 'zustand';
import { createDataEditSlice } from './dataEditSlice';
import { createEditsSlice } from './editsSlice';
import { createModelSlice } from './modelSlice';
import { createPaintSlice } from './paintSlice';
import type { Store } from './types';
import { createViewSlice } from './viewSlice';
import { createWebSlice } from './webSlice';
import { createTimelineSlice } from './timelineSlice';
import { createLessonSlice, followLessons } from './lessonSlice';

/** The one store, built from slices (zustand's slices pattern). */
export const createStore = () =>
  create<Store>()((...a) => ({
    ...createModelSlice(...a),
    ...createEditsSlice(...a),
    ...createViewSlice(...a),
    ...createDataEditSlice(...a),
    ...createPaintSlice(...a),
    ...createWebSlice(...a),
    ...createTimelineSlice(...a),
    ...createLessonSlice(...a),
  }));

export const useStore = createStore();
followLessons(useStore);

/** A fresh store state (tests, "start over"): every slice back to its initial values. */
export function resetStore(): void {
  // The fresh store's actions are bound to that store, so only its data is taken over.
  const fresh = createStore().getState();
  const data = Object.fromEntries(Object.entries(fresh).filter(([, v]) => typeof v !== 'function'));
  useStore.getState().pause();
  useStore.setState(data as Partial<Store>);
}

export type { Store } from './types';
