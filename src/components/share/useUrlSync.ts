import { useEffect, useRef } from 'react';
import { useStore } from '../../store';
import type { Autosave } from '../../store/autosave';
import {
  applyWeights,
  decodeLink,
  isPlaygroundLink,
  paramCount,
  unpackWeights,
  type LinkState,
} from '../../url';
import { linkFor } from './linkFor';

const DEBOUNCE_MS = 300;

/** Waits until a data set that is being fetched (digits) has arrived and the network is built for it. */
function whenLoaded(then: () => void): void {
  if (!useStore.getState().datasetLoading) return then();
  const off = useStore.subscribe((s) => {
    if (s.datasetLoading) return;
    off();
    then();
  });
}

/** Applies the opening link's hand-edited weights as one undoable edit, or says why they were not used. */
function applyLinkWeights(packed: string): void {
  const s = useStore.getState();
  const r = unpackWeights(packed, paramCount(s.mlp));
  if (!r.ok) {
    s.setLinkIgnored([...s.linkIgnored, `w: the weights do not fit this network (${r.error})`], s.linkFrom);
    return;
  }
  s.editWeights('weights from the link', (m) => applyWeights(m, r.values));
}

/** Applies the link a page opened with: what it hides and shows, its notice, then its setup and weights. */
function openLink(link: LinkState, autosave?: Autosave): void {
  const s = useStore.getState();
  s.setHidden(link.hidden);
  s.setPresentation(link.presentation);
  s.setInitialLesson(link.lesson);
  s.setLinkIgnored(link.ignored, link.from ?? null);
  s.setEmbedOrigins(link.embedOrigins);
  // The embedding API's code is fetched only when a link names a page that may use it.
  if (link.embedOrigins.length)
    void import('./embedApi').then((m) => m.startEmbedApi(link.embedOrigins, window));
  const applyLink = () => {
    if (Object.keys(link.config).length) useStore.getState().setConfig(link.config);
    if (link.weights) whenLoaded(() => applyLinkWeights(link.weights!));
  };
  if (autosave) void autosave.open(link, applyLink);
  else applyLink();
}

/**
 * The setup lives in the address bar: the opening link is read once (what cannot apply is listed, the rest
 * applies; a TensorFlow Playground address's '#' part is read as the same setup), then every change is
 * written back with history.replaceState, debounced. With autosave, the link's setup applies unless the saved
 * session is restored instead (a reload: the link is that session's own).
 */
export function useUrlSync(autosave?: Autosave): void {
  const applied = useRef(false);
  // A Playground address is rewritten as ours even when its setup changes nothing here.
  const rewrite = useRef(false);
  useEffect(() => {
    if (!applied.current) {
      applied.current = true;
      const { search, hash } = window.location;
      if (search.length <= 1 && isPlaygroundLink(hash)) {
        // A Playground setup after '#' is read once (by code fetched for it); from now on the address carries
        // ours, as a query.
        window.history.replaceState(window.history.state, '', window.location.pathname + search);
        rewrite.current = true;
        void import('../../url/playground').then((m) =>
          openLink(m.decodePlaygroundLink(hash, decodeLink), autosave),
        );
      } else openLink(decodeLink(search), autosave);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      timer = undefined;
      rewrite.current = false;
      const { href } = linkFor(useStore.getState(), window.location.href);
      const next = href + window.location.hash;
      if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
    };
    const offStore = useStore.subscribe((s, p) => {
      if (
        s.config === p.config &&
        s.linkWeights === p.linkWeights &&
        s.hidden === p.hidden &&
        s.presentation === p.presentation &&
        s.embedOrigins === p.embedOrigins &&
        s.initialLesson === p.initialLesson
      )
        return;
      if (timer === undefined) timer = setTimeout(write, DEBOUNCE_MS);
    });
    if (rewrite.current) timer = setTimeout(write, DEBOUNCE_MS);
    return () => {
      offStore();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [autosave]);
}
