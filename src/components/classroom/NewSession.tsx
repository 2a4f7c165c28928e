import { useStore } from '../../store';

/** "New": everything back to a fresh start; Undo brings the previous session back. */
export function NewSession() {
  return (
    <button
      type="button"
      title="Start a new session (Undo, Ctrl+Z, brings this one back)"
      onClick={() => {
        const s = useStore.getState();
        s.startOver();
        s.showNotice({
          kind: 'info',
          text: 'A new session started. Undo (Ctrl+Z) brings the previous one back.',
        });
      }}
    >
      New
    </button>
  );
}

const STATUS_TEXT = { pending: 'Saving…', saved: 'Saved', unavailable: 'Not saved' } as const;

/** Whether the session is saved in this browser (nothing is shown when autosave is not running). */
export function StorageStatus() {
  const storage = useStore((s) => s.storage);
  if (storage === 'off') return null;
  return (
    <span
      className={`autosave-status autosave-${storage}`}
      title="Your session is saved in this browser and restored when you come back"
    >
      {STATUS_TEXT[storage]}
    </span>
  );
}

/** A saved session that a link (or another tab) displaced, offered back. */
export function SavedOfferNotice() {
  const offer = useStore((s) => s.savedOffer);
  if (!offer) return null;
  const s = useStore.getState();
  return (
    <div className="notice notice-info saved-offer" role="status" aria-label="Saved session">
      <p>{offer.text}</p>
      <button type="button" onClick={() => void s.restoreSaved(offer.saved)}>
        Restore my saved session
      </button>
      <button type="button" onClick={() => s.offerSaved(null)} aria-label="Dismiss saved session notice">
        Dismiss
      </button>
    </div>
  );
}
