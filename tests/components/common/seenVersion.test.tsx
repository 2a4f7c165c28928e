import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSeenVersion } from '../../../src/components/common/useSeenVersion';
import { StepInspector } from '../../../src/components/inspector/StepInspector';
import { resetStore, useStore } from '../../../src/store';
import { fakeWindow, scrolled } from '../offscreen';

let renders = 0;
function Probe() {
  const ref = useRef<HTMLDivElement>(null);
  const v = useSeenVersion(ref, 250);
  renders++;
  return (
    <div ref={ref} data-testid="probe">
      {v}
    </div>
  );
}

/** Play at one batch a frame: every animation frame (16 ms of the fake clock) publishes a step. */
const play = () =>
  act(() => {
    useStore.getState().setSpeed(1);
    useStore.getState().togglePlay();
  });
const pause = () => act(() => useStore.getState().pause());
/** A change while paused: one step. */
const publish = () => act(() => useStore.getState().stepBatch());

beforeEach(() => {
  resetStore();
  renders = 0;
  fakeWindow.install();
});
afterEach(() => fakeWindow.restore());

describe('a panel of per-step detail (useSeenVersion)', () => {
  it('paused, follows every change at once', () => {
    render(<Probe />);
    const v0 = useStore.getState().version;
    publish();
    expect(screen.getByTestId('probe')).toHaveTextContent(String(v0 + 1));
    publish();
    expect(screen.getByTestId('probe')).toHaveTextContent(String(v0 + 2));
  });

  it('while playing, follows at most every 250 ms; on Pause, at once', () => {
    render(<Probe />);
    play();
    const first = renders;
    const v0 = useStore.getState().version;
    act(() => vi.advanceTimersByTime(200));
    // 200 ms of play at a step a frame: a dozen publishes, at most one render (the first is due at once).
    expect(useStore.getState().version).toBeGreaterThan(v0 + 5);
    expect(renders - first).toBeLessThanOrEqual(1);
    act(() => vi.advanceTimersByTime(1000));
    expect(renders - first).toBeLessThanOrEqual(6);
    pause();
    expect(screen.getByTestId('probe')).toHaveTextContent(String(useStore.getState().version));
  });

  it('while playing and scrolled out of view, does not render at all; once seen, catches up', () => {
    render(<Probe />);
    play();
    act(() => vi.advanceTimersByTime(300));
    act(() => scrolled(false));
    const hidden = renders;
    const v0 = useStore.getState().version;
    act(() => vi.advanceTimersByTime(2000));
    expect(useStore.getState().version).toBeGreaterThan(v0 + 50);
    expect(renders).toBe(hidden);
    act(() => scrolled(true));
    act(() => vi.advanceTimersByTime(300));
    const shown = Number(screen.getByTestId('probe').textContent);
    expect(shown).toBeGreaterThan(v0 + 50);
    pause();
  });
});

describe('the step inspector during play', () => {
  it('shows the step it explains; scrolled away it stays, and shows the latest step once seen', () => {
    render(<StepInspector />);
    act(() => useStore.getState().stepBatch());
    expect(screen.getByTestId('inspector-step')).toHaveTextContent(/^Step 1\b/);
    act(() => scrolled(false));
    play();
    act(() => vi.advanceTimersByTime(1000));
    // Steps were published while the panel was out of view; it still explains step 1.
    expect(useStore.getState().step).toBeGreaterThan(20);
    expect(screen.getByTestId('inspector-step')).toHaveTextContent(/^Step 1\b/);
    act(() => scrolled(true));
    act(() => vi.advanceTimersByTime(300));
    const shown = Number(/^Step (\d+)/.exec(screen.getByTestId('inspector-step').textContent ?? '')?.[1]);
    expect(shown).toBeGreaterThan(20);
    pause();
    expect(screen.getByTestId('inspector-step')).toHaveTextContent(
      new RegExp(`^Step ${useStore.getState().step}\\b`),
    );
  });
});
