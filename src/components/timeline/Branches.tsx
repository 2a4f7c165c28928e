import { useStore } from '../../store';

/** The branches of the timeline: pick one to continue from, or discard one that is not current. */
export function Branches() {
  const branches = useStore((s) => s.branches);
  const current = useStore((s) => s.branchId);
  if (branches.length < 2) return null;
  return (
    <ul className="branches" aria-label="Branches">
      {branches.map((b) => (
        <li key={b.id}>
          <label>
            <input
              type="radio"
              name="timeline-branch"
              checked={b.id === current}
              onChange={() => useStore.getState().selectBranch(b.id)}
            />{' '}
            {b.label}
          </label>
          {b.id !== current && (
            <button type="button" className="small" onClick={() => useStore.getState().discardBranch(b.id)}>
              Discard {b.label}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
