import { ActivationToggle } from './ActivationToggle';
import { HiddenLayers } from './HiddenLayers';
import { InitSettings } from './InitSettings';
import { OutputSettings } from './OutputSettings';
import './network.css';
import { Show } from '../share/Show';

/** The network's shape and functions: layers, activations, output and loss, initialisation. */
export function NetworkPanel() {
  return (
    <section className="panel network-panel" aria-labelledby="network-heading">
      <h2 id="network-heading">Network</h2>
      <Show id="hidden">
        <HiddenLayers />
      </Show>
      <Show id="activation">
        <ActivationToggle />
      </Show>
      <OutputSettings />
      <InitSettings />
    </section>
  );
}
