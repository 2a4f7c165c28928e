import { ActivationToggle } from './ActivationToggle';
import { HiddenLayers } from './HiddenLayers';
import { InitSettings } from './InitSettings';
import { OutputSettings } from './OutputSettings';
import './network.css';

/** The network's shape and functions: layers, activations, output and loss, initialisation. */
export function NetworkPanel() {
  return (
    <section className="panel network-panel" aria-labelledby="network-heading">
      <h2 id="network-heading">Network</h2>
      <HiddenLayers />
      <ActivationToggle />
      <OutputSettings />
      <InitSettings />
    </section>
  );
}
