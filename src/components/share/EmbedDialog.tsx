import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store';
import { CONTROL_IDS, PANEL_IDS, readOrigins, type HideId } from '../../url';
import { copyText } from './copyText';
import { embedSnippet } from './embedSnippet';
import { linkFor } from './linkFor';
import { Modal } from './Modal';

function Checks({
  legend,
  ids,
  hidden,
  toggle,
}: {
  legend: string;
  ids: readonly HideId[];
  hidden: readonly HideId[];
  toggle: (id: HideId) => void;
}) {
  return (
    <fieldset className="embed-checks">
      <legend>{legend}</legend>
      {ids.map((id) => (
        <label key={id} className="check">
          <input type="checkbox" checked={hidden.includes(id)} onChange={() => toggle(id)} />
          {id}
        </label>
      ))}
    </fieldset>
  );
}

/** Builds the <iframe> snippet for this setup, with the panels and controls the author ticks hidden. */
export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const s = useStore(
    useShallow((st) => ({
      config: st.config,
      linkWeights: st.linkWeights,
      hidden: st.hidden,
      initialLesson: st.initialLesson,
      presentation: st.presentation,
      embedOrigins: st.embedOrigins,
    })),
  );
  const [hidden, setHidden] = useState<HideId[]>([...s.hidden]);
  const [lesson, setLesson] = useState(s.initialLesson ?? '');
  const [size, setSize] = useState({ w: 960, h: 640 });
  const [status, setStatus] = useState('');
  const [originsText, setOriginsText] = useState(s.embedOrigins.join(', '));
  const origins = readOrigins([originsText]);
  const ids = { lesson: useId(), w: useId(), h: useId(), code: useId(), origins: useId() };
  const toggle = (id: HideId) => setHidden((h) => (h.includes(id) ? h.filter((x) => x !== id) : [...h, id]));
  const lessonOk = lesson === '' || /^[a-z0-9][a-z0-9-]{0,63}$/.test(lesson);
  const link = linkFor(s, window.location.href, {
    hidden,
    lesson: lessonOk && lesson ? lesson : null,
    presentation: false,
    embedOrigins: origins.origins,
  });
  const code = embedSnippet(link.href, size.w, size.h);
  return (
    <Modal title="Embed in a page or slide" className="embed-dialog" onClose={onClose}>
      <p>Tick what the embedded copy should hide.</p>
      <div className="embed-grid">
        <Checks legend="Hide panels" ids={PANEL_IDS} hidden={hidden} toggle={toggle} />
        <Checks legend="Hide controls" ids={CONTROL_IDS} hidden={hidden} toggle={toggle} />
      </div>
      <div className="web-row">
        <label htmlFor={ids.lesson}>Lesson (id, optional)</label>
        <input
          id={ids.lesson}
          value={lesson}
          aria-invalid={!lessonOk}
          onChange={(e) => setLesson(e.target.value.trim())}
        />
        <label htmlFor={ids.w}>Width</label>
        <input
          id={ids.w}
          type="number"
          min={200}
          max={4000}
          value={size.w}
          onChange={(e) => setSize({ ...size, w: Math.max(200, Number(e.target.value) || 960) })}
        />
        <label htmlFor={ids.h}>Height</label>
        <input
          id={ids.h}
          type="number"
          min={200}
          max={4000}
          value={size.h}
          onChange={(e) => setSize({ ...size, h: Math.max(200, Number(e.target.value) || 640) })}
        />
      </div>
      <div className="web-row">
        <label htmlFor={ids.origins}>Pages that may drive it (embedding API)</label>
        <input
          id={ids.origins}
          value={originsText}
          placeholder="https://your-site.example"
          aria-invalid={origins.ignored.length > 0}
          onChange={(e) => setOriginsText(e.target.value)}
        />
      </div>
      <p className="muted">
        A page whose origin is listed here can set the configuration, load a model, step, play, pause and
        select a weight with postMessage, and hears the step and losses back (README: “Embedding API”).
        Messages from any other page are ignored.
      </p>
      {origins.ignored.map((line) => (
        <p role="alert" key={line}>
          {line}
        </p>
      ))}
      {!lessonOk && <p role="alert">A lesson id is lower-case letters, digits and dashes.</p>}
      <label htmlFor={ids.code}>Embed code</label>
      <textarea id={ids.code} className="embed-code" readOnly rows={4} value={code} />
      <div className="web-row">
        <button
          type="button"
          onClick={async () =>
            setStatus((await copyText(code)) ? 'Embed code copied.' : 'Copy the code from the field above.')
          }
        >
          Copy embed code
        </button>
        <a href={link.href} target="_blank" rel="noopener">
          Preview the embedded page
        </a>
        <span role="status">{status}</span>
      </div>
    </Modal>
  );
}
