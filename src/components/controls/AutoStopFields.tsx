import { useShallow } from 'zustand/react/shallow';
import { NUMBER_SETTINGS } from '../../domain/settings';
import { useStore } from '../../store';
import { Show } from '../share/Show';
import { NumberField } from './NumberField';

/** When play stops by itself: after epochs without a lower test loss, or at a target test loss (0 = off). */
export function AutoStopFields() {
  const { patience, targetLoss } = useStore(
    useShallow((s) => ({ patience: s.config.patience, targetLoss: s.config.targetLoss })),
  );
  const setConfig = useStore((s) => s.setConfig);
  return (
    <Show id="autoStop">
      <fieldset className="auto-stop">
        <legend>Stop playing</legend>
        <NumberField
          label="Epochs without improvement (0 = off)"
          value={patience}
          setting={NUMBER_SETTINGS.patience}
          emptyAs={0}
          onCommit={(v) => setConfig({ patience: v })}
        />
        <NumberField
          label="At test loss (0 = off)"
          value={targetLoss}
          setting={NUMBER_SETTINGS.targetLoss}
          emptyAs={0}
          onCommit={(v) => setConfig({ targetLoss: v })}
        />
      </fieldset>
    </Show>
  );
}
