import { useLayoutEffect, useRef, useState } from 'react';
import { useStore } from '../../store';
import { historyCsv } from '../../viz/charts/series';
import { drawTimelineStrip, thinnedEntries } from '../../viz/charts/timelineStrip';
import { downloadText } from '../charts/download';
import { useSeenVersion } from '../common/useSeenVersion';
import { sizeCanvas } from '../common/useDprCanvas';
import { Branches } from './Branches';
import { CompareView } from './CompareView';
import './timeline.css';

/** Rewind, compare, fork: a scrubber over every kept step of the current branch. */
export function Timeline() {
  const section = useRef<HTMLElement>(null);
  // While playing, the scrubber follows at 10 a second, and not at all while scrolled out of view.
  useSeenVersion(section, 100);
  const branchId = useStore((s) => s.branchId);
  const viewIndex = useStore((s) => s.viewIndex);
  const pinned = useStore((s) => s.pinned);
  const strip = useRef<HTMLCanvasElement>(null);
  const track = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  const h = useStore.getState().historyOf(branchId);
  const count = h?.count ?? 0;
  const idx = viewIndex ?? count - 1;
  const shownStep = h && idx >= 0 ? h.step(idx) : 0;
  const headStep = h && count ? h.step(count - 1) : 0;
  const thin = h ? thinnedEntries(h) : null;
  const pinnedIndex = pinned && pinned.branch === branchId && h ? h.indexAtStep(pinned.step) : null;

  useLayoutEffect(() => {
    const el = track.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => el.clientWidth > 0 && setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  useLayoutEffect(() => {
    const c = strip.current;
    const ctx = c && sizeCanvas(c, width, 14);
    if (ctx && h) drawTimelineStrip(ctx, h, width, 14, pinnedIndex);
  });

  const s = useStore.getState;
  return (
    <section ref={section} className="panel timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <div className="timeline-track" ref={track}>
        <input
          type="range"
          min={0}
          max={Math.max(0, count - 1)}
          value={Math.max(0, idx)}
          aria-label="Shown step"
          aria-valuetext={`step ${shownStep}${viewIndex === null ? ' (live)' : ''}`}
          onChange={(e) => s().scrubToIndex(Number(e.target.value))}
        />
        <canvas ref={strip} aria-hidden="true" className="timeline-strip" />
      </div>
      <div className="timeline-buttons">
        <button
          type="button"
          onClick={() => s().timelineBack()}
          disabled={idx <= 0}
          aria-keyshortcuts="ArrowLeft"
        >
          ◀ Back
        </button>
        <button type="button" onClick={() => s().timelineForward()} disabled={viewIndex === null}>
          Forward ▶
        </button>
        <button type="button" onClick={() => s().returnToLive()} disabled={viewIndex === null}>
          Return to live (step {headStep})
        </button>
        <button type="button" aria-pressed={!!pinned} onClick={() => s().pinStep(!pinned)}>
          {pinned ? `Unpin step ${pinned.step}` : 'Pin this step to compare'}
        </button>
        <button
          type="button"
          onClick={() => h && downloadText(`weight-history-${branchId + 1}.csv`, historyCsv(h))}
        >
          Download weight history (CSV)
        </button>
      </div>
      <p className="small" role="status" data-testid="timeline-status">
        {viewIndex === null
          ? `Live: step ${headStep}`
          : `Showing step ${shownStep} of ${headStep}; training from here starts a new branch`}
        {' · '}
        {count} step{count === 1 ? '' : 's'} kept
        {thin ? ` · steps up to ${h!.thinnedTo} thinned to every ${thin.every}th (hatched)` : ''}
        {' · ▲ edit, | setting change'}
      </p>
      <Branches />
      <CompareView />
    </section>
  );
}
