import { useEffect } from 'react';
import { LESSONS } from '../../lessons';
import { useStore } from '../../store';
import { isPlaygroundLink } from '../../url';
import './lessons.css';

const SEEN_KEY = 'weightscope.lessonsDismissed';
/**
 * Whether the page was opened from a link with settings (ours, or a TensorFlow Playground address's '#'
 * part), read before the app starts writing its own URL.
 */
const OPENED_WITH_SETTINGS =
  typeof window !== 'undefined' &&
  (window.location.search.length > 1 || isPlaygroundLink(window.location.hash));

/**
 * The front door: a first-time visitor sees the twelve guided experiments before a blank lab. Hidden when a
 * link carries settings (a teacher's demo), once dismissed, or while a lesson is open.
 */
export function LessonDoor() {
  const open = useStore((s) => s.lessonListOpen);
  const lessonId = useStore((s) => s.lessonId);
  const initialLesson = useStore((s) => s.initialLesson);
  const { openLesson, setLessonListOpen } = useStore.getState();

  useEffect(() => {
    if (initialLesson) openLesson(initialLesson);
    else if (OPENED_WITH_SETTINGS || localStorage.getItem(SEEN_KEY)) setLessonListOpen(false);
  }, [initialLesson, openLesson, setLessonListOpen]);

  if (!open || lessonId) return null;
  const dismiss = () => {
    localStorage.setItem(SEEN_KEY, '1');
    setLessonListOpen(false);
  };
  return (
    <section className="lesson-door" aria-labelledby="lesson-door-title">
      <div className="lesson-door-head">
        <h2 id="lesson-door-title">Start here: twelve experiments about weights</h2>
        <button type="button" onClick={dismiss}>
          Explore on my own
        </button>
      </div>
      <ol className="lesson-cards">
        {LESSONS.map((l, i) => (
          <li key={l.id}>
            <button type="button" className="lesson-card" onClick={() => openLesson(l.id)}>
              <span className="lesson-num" aria-hidden="true">
                {i + 1}
              </span>
              {l.title}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Header button that shows the lesson list again. */
export function LessonsButton() {
  const open = useStore((s) => s.lessonListOpen);
  const lessonId = useStore((s) => s.lessonId);
  const { setLessonListOpen, closeLesson } = useStore.getState();
  return (
    <button
      type="button"
      aria-expanded={open && !lessonId}
      onClick={() => {
        closeLesson();
        setLessonListOpen(!(open && !lessonId));
      }}
    >
      Lessons
    </button>
  );
}
