import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/components/App';
import { WebLayer } from '../../../src/components/classroom/HeaderTools';
import { TrainingControls } from '../../../src/components/controls/TrainingControls';
import { resetStore, useStore } from '../../../src/store';
import { encodeLink, packWeights } from '../../../src/url';
import { DEFAULT_CONFIG } from '../../../src/domain/config';

const open = (query: string, page = <App />) => {
  window.history.replaceState(null, '', `/course/week3/?${query}`);
  return render(page);
};

describe('opening a link', () => {
  beforeEach(() => resetStore());
  afterEach(() => {
    vi.useRealTimers();
    window.history.replaceState(null, '', '/');
  });

  it('applies its settings and lists what it ignored, as text; Dismiss removes the list', async () => {
    const user = userEvent.setup();
    open('dataset=xor&hidden=3&lr=0.1&noise=7&bogus=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    const s = useStore.getState();
    expect(s.config).toMatchObject({ dataset: 'xor', hidden: [3], lr: 0.1, noise: DEFAULT_CONFIG.noise });
    expect(s.mlp.layers[0].units).toBe(3);
    const notice = screen.getByRole('status', { name: 'Ignored link parameters' });
    expect(within(notice).getByText('noise=7: noise must be between 0 and 0.5; got 7')).toBeInTheDocument();
    expect(within(notice).getByText('bogus: not a Weightscope setting')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss link notice' }));
    expect(screen.queryByText(/Part of this link was ignored/)).toBeNull();
  });

  it('hides the panels and controls it names', () => {
    open('hide=heatmaps,share&controls_hide=true');
    expect(screen.queryByRole('region', { name: 'Weight heatmaps' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Training' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Share' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Embed' })).toBeInTheDocument();
  });

  it('puts hand-painted weights back exactly, as an undoable edit', () => {
    const src = structuredClone(useStore.getState().mlp);
    src.layers[0].weights[0] = 0.1 + 0.2;
    src.layers[1].biases[3] = -7.5;
    open(encodeLink({ config: DEFAULT_CONFIG, weights: packWeights(src) }));
    const m = useStore.getState().mlp;
    expect(m.layers[0].weights[0]).toBe(0.30000000000000004);
    expect(m.layers[1].biases[3]).toBe(-7.5);
    expect(useStore.getState().undoStack.at(-1)?.label).toBe('weights from the link');
  });

  it('a TensorFlow Playground address opens as its setup, says what differs, and the address becomes ours', async () => {
    vi.useFakeTimers();
    window.history.replaceState(
      null,
      '',
      '/course/#activation=relu&batchSize=20&dataset=xor&learningRate=0.1&networkShape=5,3&seed=0.42&x=true' +
        '&y=true&xSquared=true&cosY=true&problem=classification&playButton_hide=true',
    );
    render(<App />);
    // The reader of Playground's addresses is fetched when a page opens with one.
    await vi.waitFor(() => expect(useStore.getState().config.dataset).toBe('xor'));
    const s = useStore.getState();
    expect(s.config).toMatchObject({
      dataset: 'xor',
      activation: 'relu',
      lr: 0.1,
      batchSize: 20,
      hidden: [5, 3],
    });
    expect(s.config.features).toEqual(['x1', 'x2', 'x1sq']);
    expect(s.mlp.layers[0].inputs).toBe(3);
    const notice = screen.getByRole('status', { name: 'Ignored link parameters' });
    expect(
      within(notice).getByText(/This TensorFlow Playground link opened as the same setup here/),
    ).toBeVisible();
    expect(
      within(notice).getByText('cosY=true: cos x₂ is not an input feature here (left out)'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
    // The '#' part is gone at once; our query replaces it once written.
    expect(window.location.hash).toBe('');
    await act(async () => vi.advanceTimersByTime(400));
    const url = new URL(window.location.href);
    expect(url.pathname).toBe('/course/');
    expect(url.searchParams.get('activation')).toBe('relu');
    expect(url.searchParams.get('features')).toBe('x1,x2,x1sq');
    expect(url.searchParams.get('hide')).toBe('play');
  });

  it('writes changes back into the address bar (debounced), keeping the page path', async () => {
    vi.useFakeTimers();
    open('');
    act(() => useStore.getState().setConfig({ lr: 0.3, hidden: [5] }));
    await act(async () => vi.advanceTimersByTime(400));
    expect(window.location.pathname).toBe('/course/week3/');
    const q = new URLSearchParams(window.location.search);
    expect(q.get('lr')).toBe('0.3');
    expect(q.get('hidden')).toBe('5');
    expect(q.has('w')).toBe(false);
    act(() => useStore.getState().editWeights('paint', (m) => (m.layers[0].weights[0] = 1.5)));
    await act(async () => vi.advanceTimersByTime(400));
    expect(new URLSearchParams(window.location.search).get('w')).toBe(useStore.getState().linkWeights);
  });

  it(
    'hundreds of malformed links never throw, never insert markup, and leave a working page',
    { timeout: 120_000 },
    () => {
      const evil = fc.constantFrom(
        '<img src=x onerror=alert(1)>',
        '<script>alert(1)</script>',
        '"><svg onload=alert(1)>',
        '%E0%A4%A',
        'javascript:alert(1)',
        '1e400',
        '-1',
        'NaN',
      );
      const key = fc.oneof(
        fc.constantFrom(
          'lr',
          'hidden',
          'dataset',
          'seed',
          'hide',
          'lesson',
          'w',
          'present',
          'layerActivations',
          'x_hide',
        ),
        fc.string(),
        evil,
      );
      const value = fc.oneof(fc.string(), evil);
      let run = 0;
      fc.assert(
        fc.property(fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 6 }), (pairs) => {
          resetStore();
          const q = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
          // The link layer and a panel (fast) for every link; the whole page for a few.
          const { unmount } = open(
            q,
            run++ % 20 === 0 ? (
              <App />
            ) : (
              <>
                <WebLayer />
                <TrainingControls />
              </>
            ),
          );
          const html = document.body.innerHTML;
          expect(html).not.toMatch(/<img[\s>]/i);
          expect(html).not.toMatch(/<script[\s>]/i);
          expect(html).not.toMatch(/<svg onload/i);
          expect(screen.getAllByRole('button', { name: 'Step' }).length).toBeGreaterThan(0);
          expect(Number.isFinite(useStore.getState().config.lr)).toBe(true);
          unmount();
        }),
        { numRuns: 300 },
      );
    },
  );
});
