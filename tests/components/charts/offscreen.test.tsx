import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTimelineRedraw } from '../../../src/components/charts/useTimelineRedraw';
import { resetStore, useStore } from '../../../src/store';
import { fakeWindow, scrolled } from '../offscreen';

function Chart({ draw }: { draw: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useTimelineRedraw(ref, draw, []);
  return <div ref={ref} />;
}

beforeEach(() => {
  resetStore();
  fakeWindow.install();
});
afterEach(() => fakeWindow.restore());

describe('a timeline chart during play', () => {
  it('does not redraw while scrolled out of the window, and catches up once seen', () => {
    const draw = vi.fn();
    render(<Chart draw={draw} />);
    expect(draw).toHaveBeenCalledTimes(1);
    act(() => scrolled(false));
    for (let i = 0; i < 5; i++) {
      act(() => useStore.getState().stepBatch());
      act(() => vi.advanceTimersByTime(200));
    }
    expect(draw).toHaveBeenCalledTimes(1);
    act(() => scrolled(true));
    act(() => vi.advanceTimersByTime(200));
    expect(draw).toHaveBeenCalledTimes(2);
  });
});
