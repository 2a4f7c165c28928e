import { lazy, Suspense, type ReactNode } from 'react';

/*
 * What the first screen does not need, loaded when it is first shown: the timeline and its charts, the step
 * inspector, lesson widgets and the header's dialogs. Each is its own chunk, so the first paint waits for none
 * of them.
 */
export const Timeline = lazy(() => import('../timeline/Timeline').then((m) => ({ default: m.Timeline })));
export const Charts = lazy(() => import('../charts/Charts').then((m) => ({ default: m.Charts })));
export const StepInspector = lazy(() =>
  import('../inspector/StepInspector').then((m) => ({ default: m.StepInspector })),
);
export const LessonWidget = lazy(() =>
  import('../lessons/widgets/LessonWidget').then((m) => ({ default: m.LessonWidget })),
);
export const ShareDialog = lazy(() =>
  import('../share/ShareDialog').then((m) => ({ default: m.ShareDialog })),
);
export const EmbedDialog = lazy(() =>
  import('../share/EmbedDialog').then((m) => ({ default: m.EmbedDialog })),
);
export const HelpDialog = lazy(() =>
  import('../classroom/HelpDialog').then((m) => ({ default: m.HelpDialog })),
);
/** Image data only (digits, MNIST): the first layer's units as pictures. */
export const UnitWeightImages = lazy(() =>
  import('../diagram/UnitWeightImages').then((m) => ({ default: m.UnitWeightImages })),
);
export const IoDialog = lazy(() => import('../io/IoDialog').then((m) => ({ default: m.IoDialog })));

/** A quiet wait: nothing is drawn until the chunk arrives (a fraction of a second on a local server). */
export function Later({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}
