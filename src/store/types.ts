import type { ModelSlice } from './modelSlice';
import type { EditsSlice } from './editsSlice';
import type { ViewSlice } from './viewSlice';
import type { DataEditSlice } from './dataEditSlice';
import type { PaintSlice } from './paintSlice';
import type { WebSlice } from './webSlice';
import type { TimelineSlice } from './timelineSlice';
import type { LessonSlice } from './lessonSlice';

/** The one store's state: every slice's fields and actions. Slices add themselves here. */
export type Store = ModelSlice &
  EditsSlice &
  ViewSlice &
  DataEditSlice &
  PaintSlice &
  WebSlice &
  TimelineSlice &
  LessonSlice;
