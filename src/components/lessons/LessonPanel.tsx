import { LESSONS, lessonById } from '../../lessons';
import { useStore } from '../../store';
import { LessonWidget, Later } from '../layout/lazy';
import './lessons.css';

/** The open lesson: its question, what to try, what to notice, and whether the check has seen it yet. */
export function LessonPanel() {
  const id = useStore((s) => s.lessonId);
  const result = useStore((s) => s.lessonResult);
  const loading = useStore((s) => s.datasetLoading);
  const { openLesson, closeLesson } = useStore.getState();
  const lesson = id ? lessonById(id) : undefined;
  if (!lesson) return null;
  const index = LESSONS.indexOf(lesson);
  const next = LESSONS[index + 1];
  return (
    <section className="lesson-panel" aria-labelledby="lesson-title">
      <div className="lesson-head">
        <h2 id="lesson-title">
          Lesson {index + 1} of {LESSONS.length}: {lesson.title}
        </h2>
        <div className="lesson-nav">
          <button
            type="button"
            onClick={() => openLesson(lesson.id)}
            title="Start this lesson again from its preset"
          >
            Restart lesson
          </button>
          {next && (
            <button type="button" onClick={() => openLesson(next.id)}>
              Next: {next.title}
            </button>
          )}
          <button type="button" onClick={closeLesson}>
            Close lesson
          </button>
        </div>
      </div>
      <div className="lesson-body">
        <div className="lesson-text">
          <p>{lesson.intro}</p>
          <h3>Try this</h3>
          <ul>
            {lesson.tryThis.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
          <h3>What to notice</h3>
          <ul>
            {lesson.notice.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </div>
        <div className="lesson-side">
          <p
            className={`lesson-check ${result?.passed ? 'passed' : ''}`}
            role="status"
            aria-live="polite"
            data-testid="lesson-check"
          >
            <span aria-hidden="true">{result?.passed ? '✓ ' : '○ '}</span>
            {loading ? 'Loading the data set…' : (result?.status ?? 'Setting up…')}
            {result?.passed && <strong> Seen it!</strong>}
          </p>
          {lesson.widget && (
            <Later>
              <LessonWidget kind={lesson.widget} />
            </Later>
          )}
        </div>
      </div>
    </section>
  );
}
