import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store';
import { MAX_URL_LENGTH } from '../../url';
import { downloadModel } from '../io/downloads';
import { copyText } from './copyText';
import { linkFor } from './linkFor';
import { Modal } from './Modal';

/**
 * A network imported from a file: whether its weights travel in the link (only when they fit one), and the
 * model file as the way to share it whole.
 */
function ImportedNote({ file, inLink, length }: { file: string; inLink: boolean; length: number }) {
  return (
    <div className="notice notice-info" role="note">
      <p>
        This network came from the file {file}.{' '}
        {inLink
          ? 'Its weights fit in this link, as they were at step 0; the model file keeps them whole, for any other tool.'
          : `Its weights are not in this link: with them it would be ${length.toLocaleString('en')} characters long, more than ${MAX_URL_LENGTH.toLocaleString('en')} that links can safely carry, so the link has the settings only and opens a new network of the same shape. Share the model file instead.`}
      </p>
      <button type="button" onClick={downloadModel}>
        Download the model file
      </button>
    </div>
  );
}

/** The link of this exact setup, to copy; says when hand-painted weights are too many for a link. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const s = useStore(
    useShallow((st) => ({
      config: st.config,
      linkWeights: st.linkWeights,
      hidden: st.hidden,
      initialLesson: st.initialLesson,
      presentation: st.presentation,
      importedFrom: st.importedFrom,
    })),
  );
  const link = linkFor(s, window.location.href);
  const [status, setStatus] = useState('');
  const fieldId = useId();
  return (
    <Modal title="Share this setup" onClose={onClose}>
      <p>
        The link carries the data set, the network and every setting
        {s.linkWeights && !link.weightsLeftOut ? ', and your hand-edited weights' : ''}: opening it reproduces
        this setup exactly.
      </p>
      <label htmlFor={fieldId}>Link</label>
      <input
        id={fieldId}
        className="link-field"
        readOnly
        value={link.href}
        onFocus={(e) => e.target.select()}
      />
      <div className="web-row">
        <button
          type="button"
          onClick={async () =>
            setStatus((await copyText(link.href)) ? 'Link copied.' : 'Copy the link from the field above.')
          }
        >
          Copy link
        </button>
        <span role="status">{status}</span>
      </div>
      {s.importedFrom ? (
        <ImportedNote
          file={s.importedFrom}
          inLink={!!s.linkWeights && !link.weightsLeftOut}
          length={link.length}
        />
      ) : (
        link.weightsLeftOut && (
          <div className="notice notice-info" role="note">
            <p>
              Your hand-edited weights make the link {link.length.toLocaleString('en')} characters long, more
              than {MAX_URL_LENGTH.toLocaleString('en')} that links can safely carry, so this link has the
              settings only. Share a model file for the weights.
            </p>
            <button type="button" onClick={downloadModel}>
              Download model file
            </button>
          </div>
        )
      )}
    </Modal>
  );
}
