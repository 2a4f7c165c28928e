import { useStore } from '../../store';
import { KEYMAP, SCOPES } from '../keys/keymap';
import { chordLabel } from '../keys/resolve';
import { Modal } from '../share/Modal';

/** The `?` dialog: every key, by the scope where it applies, written from the keymap itself. */
export function HelpDialog() {
  const open = useStore((s) => s.helpOpen);
  if (!open) return null;
  return (
    <Modal
      title="Keyboard shortcuts"
      className="help-dialog"
      onClose={() => useStore.getState().setHelpOpen(false)}
    >
      <p className="muted">
        Each key does one thing where you press it: the innermost place that uses a key has it.
      </p>
      {SCOPES.map((scope) => {
        const { title, note, bindings } = KEYMAP[scope];
        const headingId = `keys-${scope}`;
        return (
          <section key={scope} aria-labelledby={headingId}>
            <h3 id={headingId}>{title}</h3>
            {note && <p className="muted">{note}</p>}
            {bindings.length > 0 && (
              <table className="shortcut-table" aria-labelledby={headingId}>
                <thead>
                  <tr>
                    <th scope="col">Keys</th>
                    <th scope="col">Does</th>
                  </tr>
                </thead>
                <tbody>
                  {bindings.map((b) => (
                    <tr key={b.keys.join(' ')}>
                      <td>
                        {b.keys.map((k, i) => (
                          <span key={k}>
                            {i > 0 && ' or '}
                            <kbd>{chordLabel(k)}</kbd>
                          </span>
                        ))}
                      </td>
                      <td>{b.label}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </Modal>
  );
}
