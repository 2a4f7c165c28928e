import { useStore } from '../../store';
import { formatNumber } from '../../format/display';

/** Errors and notices, announced to screen readers; the divergence notice offers to lower the rate. */
export function Notices() {
  const notice = useStore((s) => s.notice);
  const divergence = useStore((s) => s.divergence);
  if (!notice) return null;
  const { showNotice, acceptLowerRate } = useStore.getState();
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <p>{notice.text}</p>
      {divergence && (
        <button type="button" onClick={acceptLowerRate}>
          Lower the learning rate to {formatNumber(divergence.lr / 10)}
        </button>
      )}
      <button type="button" onClick={() => showNotice(null)} aria-label="Dismiss notice">
        Dismiss
      </button>
    </div>
  );
}
