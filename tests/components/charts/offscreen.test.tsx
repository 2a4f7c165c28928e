import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTimelineRedraw } from '../../../src/components/charts/useTimelineRedraw';
import { resetStore, useStore } from '../../../src/store';

/** An IntersectionObserver the test moves by hand: `show(false)` scrolls the chart out of the window. */
let report: ((visible: boolean) => void) | null = null;
class FakeObserver {
  constructor(private readonly cb: IntersectionObserverCallback) {}
  observe() {
    report = (v) => this.cb([{ isIntersecting: v } as IntersectionObserverEntry], this as never);
  }
  disconnect() {
    report = null;
  }
}

function Chart({ draw }: { draw: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useTimelineRedraw(ref, draw, []);
  return <div ref={ref} />;
}

beforeEach(() => {
  resetStore();
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
  });
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a timeline chart during play', () => {
  it('does not redraw while scrolled out of the window, and catches up once seen', () => {
    const draw = vi.fn();
    render(<Chart draw={draw} />);
    expect(draw).toHaveBeenCalledTimes(1);
    act(() => report!(false));
    for (let i = 0; i < 5; i++) {
      act(() => useStore.getState().stepBatch());
      act(() => vi.advanceTimersByTime(200));
    }
    expect(draw).toHaveBeenCalledTimes(1);
    act(() => report!(true));
    act(() => vi.advanceTimersByTime(200));
    expect(draw).toHaveBeenCalledTimes(2);
  });
});
