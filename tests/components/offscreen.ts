import { vi } from 'vitest';

/**
 * For a test of something that does less while scrolled out of the window: an IntersectionObserver moved by
 * hand (`scrolled(false)` takes the last observed element out of view, `scrolled(true)` brings it back), a fake
 * clock with animation frames, and a fresh store. Call `fakeWindow.install()` before each test and
 * `fakeWindow.restore()` after it.
 */
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

export const fakeWindow = {
  install() {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
    });
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  },
  restore() {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    report = null;
  },
};

/** Scrolls the observed element into (true) or out of (false) the window. */
export function scrolled(visible: boolean): void {
  if (!report) throw new Error('nothing is observed');
  report(visible);
}
