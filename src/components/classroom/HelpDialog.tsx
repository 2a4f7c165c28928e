import { useStore } from '../../store';
import { Modal } from '../share/Modal';
import { SHORTCUTS } from './shortcuts';

/** The `?` dialog: every shortcut. */
export function HelpDialog() {
  const open = useStore((s) => s.helpOpen);
  if (!open) return null;
  return (
    <Modal
      title="Keyboard shortcuts"
      className="help-dialog"
      onClose={() => useStore.getState().setHelpOpen(false)}
    >
      <table className="shortcut-table">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <td>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' or '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{s.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Shortcuts do nothing while you type in a field.</p>
    </Modal>
  );
}
