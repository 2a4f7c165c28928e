import type { StateCreator } from 'zustand';
import type { Mlp } from '../engine';
import { lessonById, type CheckResult } from '../lessons';
import { DEFAULT_CONFIG } from '../domain/config';
import { snapshotParams, type ParamSnapshot } from './editsSlice';
import { afterReset } from './hooks';
import type { Store } from './types';

/** The guided experiment in progress, its starting weights and what its check says. */
export interface LessonSlice {
  lessonId: string | null;
  /** Weights when the lesson opened (after its hand-set weights): checks compare against them. */
  lessonStart: ParamSnapshot | null;
  lessonMemory: Record<string, unknown>;
  lessonResult: CheckResult | null;
  /** The list of lessons (the front door) is showing. */
  lessonListOpen: boolean;
  /** Opens a lesson: its preset on top of the defaults, a freshly seeded network, its hand-set weights. */
  openLesson(id: string): void;
  closeLesson(): void;
  setLessonListOpen(open: boolean): void;
  /** Re-runs the open lesson's check against the live network. */
  checkLesson(): void;
  /** Notes for the check, written by a lesson's widget (e.g. "the mirrored experiment ran"). */
  noteLesson(patch: Record<string, unknown>): void;
}

export const createLessonSlice: StateCreator<Store, [], [], LessonSlice> = (set, get) => ({
  lessonId: null,
  lessonStart: null,
  lessonMemory: {},
  lessonResult: null,
  lessonListOpen: true,

  openLesson(id) {
    const lesson = lessonById(id);
    if (!lesson) {
      get().showNotice({ kind: 'error', text: `There is no lesson '${id}'.` });
      return;
    }
    const s = get();
    s.pause();
    set({ lessonId: id, lessonStart: null, lessonMemory: {}, lessonResult: null, lessonListOpen: false });
    const begin = (mlp: Mlp) => {
      if (lesson.setup) {
        lesson.setup(mlp);
        get().trainer.resetVelocity();
        get().refresh();
      }
      set({ lessonStart: snapshotParams(mlp) });
      get().checkLesson();
    };
    s.setConfig({ ...DEFAULT_CONFIG, ...lesson.preset });
    if (get().datasetLoading) {
      // The data (digits) arrive later: the lesson starts on the network built for them.
      const off = afterReset.on(({ mlp }) => {
        off();
        if (get().lessonId === id && !get().lessonStart) begin(mlp);
      });
      return;
    }
    // setConfig may already have built a network for the preset, but reset builds the one that stays (a fresh
    // one from the seed even when the preset changed nothing): the hand-set weights go on that one. Setting
    // them on the first network let reset throw them away, and the check compared a fresh network with them.
    get().reset();
    begin(get().mlp);
  },

  closeLesson() {
    set({ lessonId: null, lessonStart: null, lessonMemory: {}, lessonResult: null });
  },

  setLessonListOpen(lessonListOpen) {
    set({ lessonListOpen });
  },

  checkLesson() {
    const s = get();
    const lesson = s.lessonId ? lessonById(s.lessonId) : undefined;
    if (!lesson || !s.lessonStart) return;
    const memory = { ...s.lessonMemory };
    const result = lesson.check({
      mlp: s.mlp,
      start: s.lessonStart,
      config: s.config,
      metrics: s.metrics,
      step: s.step,
      train: s.train,
      memory,
    });
    const prev = s.lessonResult;
    if (
      !prev ||
      prev.passed !== result.passed ||
      prev.status !== result.status ||
      JSON.stringify(memory) !== JSON.stringify(s.lessonMemory)
    )
      set({ lessonResult: result, lessonMemory: memory });
  },

  noteLesson(patch) {
    set({ lessonMemory: { ...get().lessonMemory, ...patch } });
    get().checkLesson();
  },
});

/** Keeps the open lesson's check current: once per version change (at most once a frame while playing). */
export function followLessons(store: {
  getState: () => Store;
  subscribe: (l: (s: Store, p: Store) => void) => () => void;
}) {
  return store.subscribe((s, p) => {
    if (s.lessonId && s.lessonStart && (s.version !== p.version || s.config !== p.config)) s.checkLesson();
  });
}
