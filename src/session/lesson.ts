import { DEFAULT_CONFIG, checkConfig } from '../domain/config';
import { lessonById } from '../lessons';
import { lessonCheck, newWorld, type Ctx } from './core';
import { installWhenLoaded } from './model';
import { snapshotParams } from './params';
import type { LessonActions, SessionState } from './types';

/** The guided experiments: opening one starts a new history on the lesson's own network. */
export function lessonActions(ctx: Ctx): LessonActions {
  const { get, set } = ctx;
  return {
    openLesson(id) {
      const lesson = lessonById(id);
      if (!lesson) {
        set({ notice: { kind: 'error', text: `There is no lesson '${id}'.` } });
        return;
      }
      const s = get();
      const checked = checkConfig({ ...DEFAULT_CONFIG, ...lesson.preset });
      if (!checked.ok) {
        set({ notice: { kind: 'error', text: `Lesson '${id}' cannot open: ${checked.error}.` } });
        return;
      }
      const config = checked.value;
      set({
        playing: false,
        lessonId: id,
        lessonStart: null,
        lessonMemory: {},
        lessonResult: null,
        lessonListOpen: false,
        // A brush left on Inspect (or Zero) would disable the lesson's painting and its Value field.
        brushTool: 'set',
      });
      // The preset's network, its hand-set weights and a new history (step 0 = that network) in one change;
      // for fetched data (digits) when they arrive.
      installWhenLoaded(ctx, config, s.customDataset, (d) => {
        const world = newWorld(ctx, config, d, lesson.setup);
        const next = { ...get(), ...world, lessonId: id, lessonStart: snapshotParams(world.mlp!) };
        return { ...world, lessonStart: next.lessonStart, ...lessonCheck(next as SessionState) };
      });
    },
    closeLesson() {
      set({ lessonId: null, lessonStart: null, lessonMemory: {}, lessonResult: null });
    },
    setLessonListOpen(lessonListOpen) {
      set({ lessonListOpen });
    },
    checkLesson() {
      set(lessonCheck(get()));
    },
    noteLesson(patch) {
      const s = get();
      const next = { ...s, lessonMemory: { ...s.lessonMemory, ...patch } };
      set({ lessonMemory: next.lessonMemory, ...lessonCheck(next) });
    },
  };
}
