import type { HiddenActivation, Mlp, ParseResult } from '../engine';
import type { Dataset } from '../datasets/types';
import { featuresProblem, outputUnitsFor, type Config } from '../domain/config';
import { DEFAULT_FEATURES, featureLabel, isPlanar, type FeatureId } from '../datasets/features';
import { hiddenProblem } from '../domain/settings';

/**
 * What importing a network into the current data set means: the settings patch that gives the app this
 * architecture, or why it cannot (the current network is then kept as it is).
 */
export function importPlan(
  m: Mlp,
  d: Dataset,
  c: Config,
  inputFeatures: readonly string[] | null = null,
): ParseResult<Partial<Config>> {
  const fail = (error: string): ParseResult<Partial<Config>> => ({ ok: false, error });
  // On a plane the model's inputs are features of (x₁, x₂): the file's list, or x₁, x₂ when it has none.
  let features: FeatureId[] | undefined;
  if (inputFeatures && !isPlanar(d))
    return fail(
      `the model takes features of a 2D point (${inputFeatures.join(', ')}), but "${d.title}" is not a 2D data set.`,
    );
  if (isPlanar(d)) {
    const problem = featuresProblem(inputFeatures ?? DEFAULT_FEATURES);
    if (problem) return fail(`${problem}.`);
    features = [...((inputFeatures ?? DEFAULT_FEATURES) as FeatureId[])];
    if (inputFeatures && new Set(features).size !== features.length)
      return fail(`its input features name one twice (${features.join(', ')}).`);
    if (m.inputs !== features.length)
      return fail(
        inputFeatures
          ? `the model takes ${m.inputs} inputs, but names ${features.length} features (${features.map(featureLabel).join(', ')}).`
          : `the model takes ${m.inputs} inputs, but the data set "${d.title}" has ${d.inputs}. Choose a data set with ${m.inputs} inputs first.`,
      );
  } else if (m.inputs !== d.inputs)
    return fail(
      `the model takes ${m.inputs} inputs, but the data set "${d.title}" has ${d.inputs}. Choose a data set with ${m.inputs} inputs first.`,
    );
  const out = m.layers[m.layers.length - 1];
  const need = outputUnitsFor(d, out.activation);
  if (out.units !== need)
    return fail(
      `the model has ${out.units} output unit${out.units === 1 ? '' : 's'} (${out.activation}), but "${d.title}" needs ${need}.`,
    );
  const hiddenLayers = m.layers.slice(0, -1);
  // The same limits as a link or the hidden-layer controls, in the same words.
  const tooBig = hiddenProblem(
    hiddenLayers.map((l) => l.units),
    c.dataset,
  );
  if (tooBig) return fail(`the model does not fit here: ${tooBig}.`);
  const bias = m.layers[0].useBias;
  if (m.layers.some((l) => l.useBias !== bias))
    return fail(
      'some layers have biases and some do not; Weightscope uses biases in every layer or in none.',
    );
  const acts = hiddenLayers.map((l) => l.activation as HiddenActivation);
  const activation = acts[0] ?? c.activation;
  return {
    ok: true,
    value: {
      hidden: hiddenLayers.map((l) => l.units),
      activation,
      layerActivations: acts.map((a) => (a === activation ? null : a)),
      outputActivation: out.activation,
      useBias: bias,
      ...(features ? { features } : {}),
    },
  };
}
