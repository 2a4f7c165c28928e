import { readWeight, type SessionState } from '../../session';
import { useStore } from '../../store';
import {
  parseEmbedMessage,
  readEmbedConfig,
  weightProblem,
  type EmbedRequest,
  type EmbedVerb,
} from '../../url/embedMessage';
import { importModelText } from '../io/applyImport';

/** At most this many state events a second reach the embedding page (play changes the state every frame). */
export const STATE_EVENTS_PER_SECOND = 4;

/** What an embedding page hears: the step, the losses, the selected weight, whether it plays, the setup. */
export function embedState(s: SessionState, reason: 'ready' | 'change' | 'get') {
  const sel = s.selected;
  const layer = sel ? s.mlp.layers[sel.layer] : undefined;
  return {
    type: 'weightscope:state' as const,
    reason,
    step: s.step,
    epoch: s.epoch,
    trainLoss: s.metrics.trainLoss,
    testLoss: s.metrics.testLoss,
    trainAccuracy: s.metrics.trainAccuracy,
    testAccuracy: s.metrics.testAccuracy,
    selected: sel && layer ? { ...sel, value: readWeight(layer, sel.row, sel.col) } : null,
    playing: s.playing,
    loading: s.datasetLoading,
    config: s.config,
  };
}

/** Does what a request asks through the session's named actions; returns why it was refused, or null. */
function perform(req: EmbedRequest): string | null {
  const s = useStore.getState();
  switch (req.verb) {
    case 'config': {
      const r = readEmbedConfig(req.config as Record<string, unknown>, s.config);
      if (!r.ok) return r.error;
      s.setConfig(r.value);
      return null;
    }
    case 'model': {
      // The Import dialog's own path: parsed as a model file, adopted whole or not at all.
      const r = importModelText(req.text, 'the model from the embedding page');
      return r.ok ? null : r.text;
    }
    case 'step':
      if (s.datasetLoading)
        return 'the data set is still loading; wait for a state event with loading: false';
      s.stepMany(req.count);
      return null;
    case 'play':
      s.play();
      return null;
    case 'pause':
      s.pause();
      return null;
    case 'select': {
      const problem = req.weight && weightProblem(req.weight, s.mlp);
      if (problem) return problem;
      s.setSelected(req.weight);
      return null;
    }
    case 'get':
      return null;
  }
}

/** The parts of a window the adapter uses (a test passes its own). */
export interface EmbedWindow {
  parent: { postMessage(message: unknown, targetOrigin: string): void };
  addEventListener(type: 'message', fn: (e: MessageEvent) => void): void;
  removeEventListener(type: 'message', fn: (e: MessageEvent) => void): void;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  performance: { now(): number };
}

/**
 * The embedding API: a thin adapter between postMessage and the session. Messages from the origins the link
 * names are read (src/url/embedMessage.ts) and done through the session's named actions; everything else is
 * ignored. After each change (at most STATE_EVENTS_PER_SECOND a second) and on `get` the state is posted back,
 * only ever to an allowed origin. Returns a function that stops it.
 */
export function startEmbedApi(origins: readonly string[], win: EmbedWindow): () => void {
  const allowed = new Set(origins);
  const broadcast = (message: unknown) => {
    // A message to an origin the parent does not have is dropped by the browser: only the right one hears it.
    for (const o of allowed) win.parent.postMessage(message, o);
  };
  const gap = 1000 / STATE_EVENTS_PER_SECOND;
  let timer: number | undefined;
  let lastPosted = -Infinity;
  const post = () => {
    timer = undefined;
    lastPosted = win.performance.now();
    broadcast(embedState(useStore.getState(), 'change'));
  };
  const announce = () => {
    if (timer === undefined)
      timer = win.setTimeout(post, Math.max(0, lastPosted + gap - win.performance.now()));
  };

  const onMessage = (e: MessageEvent) => {
    if (!allowed.has(e.origin)) return;
    const parsed = parseEmbedMessage(e.data);
    if (!parsed) return;
    const source = e.source as { postMessage(m: unknown, o: string): void } | null;
    const reply = (m: unknown) => source?.postMessage(m, e.origin);
    const fail = (verb: EmbedVerb, message: string) =>
      reply({ type: 'weightscope:error', request: verb, message });
    if (!parsed.ok) return fail(parsed.verb, parsed.error);
    let refused: string | null;
    try {
      refused = perform(parsed.request);
    } catch (err) {
      refused = `not done: ${err instanceof Error ? err.message : String(err)}`;
    }
    if (refused) fail(parsed.request.verb, refused);
    else if (parsed.request.verb === 'get') reply(embedState(useStore.getState(), 'get'));
  };

  const offStore = useStore.subscribe((s, p) => {
    if (
      s.step !== p.step ||
      s.metrics !== p.metrics ||
      s.selected !== p.selected ||
      s.playing !== p.playing ||
      s.config !== p.config ||
      s.version !== p.version ||
      s.datasetLoading !== p.datasetLoading
    )
      announce();
  });
  win.addEventListener('message', onMessage);

  // "Ready" once the first data set is in place: from then on messages are acted on.
  let offReady = () => undefined as void;
  const ready = () => broadcast(embedState(useStore.getState(), 'ready'));
  if (!useStore.getState().datasetLoading) ready();
  else
    offReady = useStore.subscribe((s) => {
      if (s.datasetLoading) return;
      offReady();
      ready();
    });
  return () => {
    offReady();
    offStore();
    win.removeEventListener('message', onMessage);
    if (timer !== undefined) win.clearTimeout(timer);
  };
}
