import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';

/*
 * What the first screen does not need, loaded after it: the timeline and its charts, the step inspector, lesson
 * widgets and the header's dialogs. Each is its own chunk; once the first screen has painted and the browser is
 * idle they are all fetched, so opening one later shows no wait.
 */
const chunks = {
  timeline: () => import('../timeline/Timeline'),
  charts: () => import('../charts/Charts'),
  inspector: () => import('../inspector/StepInspector'),
  lessonWidget: () => import('../lessons/widgets/LessonWidget'),
  share: () => import('../share/ShareDialog'),
  embed: () => import('../share/EmbedDialog'),
  io: () => import('../io/IoDialog'),
  help: () => import('../classroom/HelpDialog'),
  unitImages: () => import('../diagram/UnitWeightImages'),
};

export const Timeline = lazy(() => chunks.timeline().then((m) => ({ default: m.Timeline })));
export const Charts = lazy(() => chunks.charts().then((m) => ({ default: m.Charts })));
export const StepInspector = lazy(() => chunks.inspector().then((m) => ({ default: m.StepInspector })));
export const LessonWidget = lazy(() => chunks.lessonWidget().then((m) => ({ default: m.LessonWidget })));
export const ShareDialog = lazy(() => chunks.share().then((m) => ({ default: m.ShareDialog })));
export const EmbedDialog = lazy(() => chunks.embed().then((m) => ({ default: m.EmbedDialog })));
export const IoDialog = lazy(() => chunks.io().then((m) => ({ default: m.IoDialog })));
export const HelpDialog = lazy(() => chunks.help().then((m) => ({ default: m.HelpDialog })));
/** Image data only (digits, MNIST): the first layer's units as pictures. */
export const UnitWeightImages = lazy(() =>
  chunks.unitImages().then((m) => ({ default: m.UnitWeightImages })),
);

/** The name of the performance mark set when the first screen is done and loading the rest begins. */
export const PRELOAD_MARK = 'weightscope:preload';

// A load schedule, not state shown on the page: the first screen is painted once per page.
let firstScreen: Promise<void> | null = null;
let firstScreenDone = false;

/**
 * Resolves once the first screen has been painted and the browser is idle (at most a second later), then
 * fetches every chunk above: what is below the fold or behind a click costs the first screen nothing.
 */
export function afterFirstScreen(): Promise<void> {
  firstScreen ??= new Promise<void>((resolve) => {
    const go = () => {
      firstScreenDone = true;
      performance.mark?.(PRELOAD_MARK);
      for (const load of Object.values(chunks)) void load().catch(() => undefined);
      resolve();
    };
    const idle = () =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(go, { timeout: 1000 })
        : setTimeout(go, 0);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(idle, 0));
    else setTimeout(idle, 0);
  });
  return firstScreen;
}

/**
 * Shown once the first screen is done: nothing is drawn until then and until its chunk arrives (a fraction
 * of a second; usually fetched already).
 */
export function Later({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(firstScreenDone);
  useEffect(() => {
    let live = true;
    if (!ready) void afterFirstScreen().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [ready]);
  return ready ? <Suspense fallback={null}>{children}</Suspense> : null;
}
