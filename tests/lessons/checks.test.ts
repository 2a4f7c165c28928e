import { describe, expect, it } from 'vitest';
import { snapshotParams } from '../../src/session/params';
import { measure } from '../../src/domain/run';
import { LESSONS, lessonById, type Lesson, type LessonContext } from '../../src/lessons';
import { lessonSession } from './session';

function context(lesson: Lesson): { ctx: LessonContext; run: (n: number) => void } {
  const { config, session } = lessonSession(lesson);
  const ctx: LessonContext = {
    mlp: session.mlp,
    start: snapshotParams(session.mlp),
    config,
    metrics: measure(session, config),
    step: 0,
    train: session.train,
    memory: {},
  };
  const run = (n: number) => {
    session.trainer.run(n);
    ctx.step = session.trainer.step;
    ctx.metrics = measure(session, ctx.config);
  };
  return { ctx, run };
}

describe('lesson checks', () => {
  it.each(LESSONS.map((l) => [l.id, l] as const))(
    '%s: the check has not passed when the lesson opens',
    (_, lesson) => {
      const { ctx } = context(lesson);
      const r = lesson.check(ctx);
      expect(r.passed).toBe(false);
      expect(r.status.length).toBeGreaterThan(10);
    },
  );

  it('every lesson has a title, an intro, something to try and something to notice', () => {
    expect(LESSONS).toHaveLength(12);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(12);
    for (const l of LESSONS) {
      expect(l.title && l.intro && l.tryThis.length && l.notice.length).toBeTruthy();
    }
  });

  it('negative weights: the check passes once training has turned 3 weights negative', () => {
    const lesson = lessonById('negative-weights')!;
    const { ctx, run } = context(lesson);
    run(200);
    expect(lesson.check(ctx)).toMatchObject({ passed: true });
  });

  it('excitation and inhibition: painting the x₁ weight negative passes the check', () => {
    const lesson = lessonById('excitation-inhibition')!;
    const { ctx } = context(lesson);
    ctx.mlp.layers[0].weights[0] = -1.5;
    expect(lesson.check(ctx)).toMatchObject({ passed: true });
  });

  it('negative outputs: passes only after ReLU, tanh and sigmoid have all been seen', () => {
    const lesson = lessonById('negative-outputs')!;
    const { ctx } = context(lesson);
    for (const a of ['relu', 'tanh'] as const) {
      ctx.config = { ...ctx.config, activation: a };
      expect(lesson.check(ctx).passed).toBe(false);
    }
    ctx.config = { ...ctx.config, activation: 'sigmoid' };
    expect(lesson.check(ctx).passed).toBe(true);
  });

  it('initialisation: passes after 100 steps of the zero-initialised network', () => {
    const lesson = lessonById('initialisation')!;
    const { ctx, run } = context(lesson);
    run(100);
    expect(lesson.check(ctx)).toMatchObject({ passed: true });
  });

  it('positive only: needs the constrained run first, then the free one', () => {
    const lesson = lessonById('positive-only')!;
    const { ctx, run } = context(lesson);
    run(300);
    expect(lesson.check(ctx).passed).toBe(false);
    ctx.config = { ...ctx.config, nonNegative: false };
    ctx.metrics = { ...ctx.metrics, trainAccuracy: 0.97 };
    expect(lesson.check(ctx).passed).toBe(true);
  });
});
