import { FEATURE_IDS, featureLabel, isPlanar, type FeatureId } from '../../datasets/features';
import { useStore } from '../../store';

/**
 * Which features of (x₁, x₂) the first layer sees, as TensorFlow Playground's input column: one toggle button
 * per feature, pressed when it is on. A change builds a new network whose first layer takes the chosen ones.
 */
export function FeatureToggles() {
  const planar = useStore((s) => isPlanar(s.dataset));
  const on = useStore((s) => s.config.features);
  if (!planar) return null;
  const toggle = (f: FeatureId) => {
    const next = on.includes(f)
      ? on.filter((x) => x !== f)
      : FEATURE_IDS.filter((x) => x === f || on.includes(x));
    useStore.getState().setConfig({ features: next });
  };
  return (
    <div className="feature-toggles" role="group" aria-labelledby="features-label">
      <span id="features-label" className="features-label">
        Input features
      </span>
      {FEATURE_IDS.map((f) => (
        <button
          key={f}
          type="button"
          aria-pressed={on.includes(f)}
          // The last one cannot be switched off: a network needs at least one input.
          aria-disabled={on.length === 1 && on[0] === f ? true : undefined}
          title={on.length === 1 && on[0] === f ? 'A network needs at least one input' : undefined}
          onClick={() => !(on.length === 1 && on[0] === f) && toggle(f)}
        >
          {featureLabel(f)}
        </button>
      ))}
    </div>
  );
}
