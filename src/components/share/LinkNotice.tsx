import { useStore } from '../../store';

/** Lists what the opening link asked for but could not be applied; the rest of the link did apply. */
export function LinkNotice() {
  const ignored = useStore((s) => s.linkIgnored);
  const from = useStore((s) => s.linkFrom);
  if (!ignored.length) return null;
  return (
    <div className="notice notice-info link-notice" role="status" aria-label="Ignored link parameters">
      {/* The text beside its Dismiss button, so the notice takes no row of its own for the button. */}
      <div className="link-notice-text">
        {from === 'playground' ? (
          <p>
            This TensorFlow Playground link opened as the same setup here: data, network, initialisation and
            training. What differs:
          </p>
        ) : (
          <p>
            Part of this link was ignored ({ignored.length}{' '}
            {ignored.length === 1 ? 'parameter' : 'parameters'}
            ); the rest applies:
          </p>
        )}
        <ul>
          {ignored.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        onClick={() => useStore.getState().setLinkIgnored([])}
        aria-label="Dismiss link notice"
      >
        Dismiss
      </button>
    </div>
  );
}
