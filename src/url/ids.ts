/**
 * What a link can hide. Panels are whole boxes of the page (App renders them only when not hidden);
 * controls are single settings or buttons inside a panel (their component calls useHidden(id)).
 * TensorFlow Playground's `<name>_hide=true` parameters are accepted for every id here as well. Every id hides
 * something on the page (tests/components/share/hideIds.test.tsx).
 */
export const PANEL_IDS = [
  'header',
  'data',
  'network',
  'diagram',
  'heatmaps',
  'controls',
  'output',
  'metrics',
  'inspector',
  'timeline',
  'charts',
  'lessons',
] as const;
export type PanelId = (typeof PANEL_IDS)[number];

export const CONTROL_IDS = [
  'dataset',
  'noise',
  'trainRatio',
  'dataSeed',
  'balance',
  'features',
  'hidden',
  'activation',
  'outputActivation',
  'loss',
  'useBias',
  'init',
  'seed',
  'lr',
  'batchSize',
  'l1',
  'l2',
  'momentum',
  'clip',
  'nonNegative',
  'autoStop',
  'dropout',
  'play',
  'step',
  'epoch',
  'reset',
  'speed',
  'showTestPoints',
  'paint',
  'prune',
  'share',
  'embed',
  'io',
  'presentation',
] as const;
export type ControlId = (typeof CONTROL_IDS)[number];

export type HideId = PanelId | ControlId;

const ALL: readonly string[] = [...PANEL_IDS, ...CONTROL_IDS];
export const isHideId = (s: string): s is HideId => ALL.includes(s);

/** Playground's names for the same things, so a teacher's old habits carry over. */
export const PLAYGROUND_ALIASES: Record<string, HideId> = {
  problem: 'dataset',
  percTrainData: 'trainRatio',
  learningRate: 'lr',
  regularizationRate: 'l2',
  numHiddenLayers: 'hidden',
  showTestData: 'showTestPoints',
  playButton: 'play',
  stepButton: 'step',
  resetButton: 'reset',
};

/** Panels that presentation mode folds away so the rest can be large. */
export const PRESENTATION_HIDDEN: readonly PanelId[] = ['inspector', 'timeline'];
