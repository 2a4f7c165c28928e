import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  startEmbedApi,
  STATE_EVENTS_PER_SECOND,
  type EmbedWindow,
} from '../../../src/components/share/embedApi';
import { createMlp, createRng, serializeModel } from '../../../src/engine';
import { resetStore, useStore } from '../../../src/store';

const PARENT = 'https://parent.example';
const S = () => useStore.getState();

/** A window with a hand-driven clock: messages go in by `send`, everything posted out is recorded. */
function fakeWindow() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const listeners = new Set<(e: MessageEvent) => void>();
  const posted: { message: Record<string, unknown>; origin: string }[] = [];
  const replies: { message: Record<string, unknown>; origin: string }[] = [];
  const win: EmbedWindow = {
    parent: { postMessage: (message, origin) => posted.push({ message: message as never, origin }) },
    addEventListener: (_t, fn) => listeners.add(fn),
    removeEventListener: (_t, fn) => listeners.delete(fn),
    setTimeout: (fn, ms) => {
      timers.set(nextId, { at: now + ms, fn });
      return nextId++;
    },
    clearTimeout: (id) => timers.delete(id),
    performance: { now: () => now },
  };
  const source = {
    postMessage: (message: unknown, origin: string) => replies.push({ message: message as never, origin }),
  };
  return {
    win,
    posted,
    replies,
    send(data: unknown, origin = PARENT) {
      for (const fn of listeners) fn({ data, origin, source } as unknown as MessageEvent);
    },
    /** Moves the clock on, running each timer that falls due. */
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = end;
    },
    get listeners() {
      return listeners.size;
    },
  };
}

describe('the embedding API adapter', () => {
  let stop = () => {};
  beforeEach(() => resetStore());
  afterEach(() => stop());

  it('says it is ready, to the allowed origins only', () => {
    const w = fakeWindow();
    stop = startEmbedApi([PARENT, 'https://other.example'], w.win);
    expect(w.posted.map((p) => [p.message.type, p.message.reason, p.origin])).toEqual([
      ['weightscope:state', 'ready', PARENT],
      ['weightscope:state', 'ready', 'https://other.example'],
    ]);
  });

  it('ignores every message from an origin the link does not name: nothing changes, nothing answers', () => {
    const w = fakeWindow();
    stop = startEmbedApi([PARENT], w.win);
    const lr = S().config.lr;
    for (const origin of [
      'https://evil.example',
      'null',
      'https://parent.example:444',
      'http://parent.example',
    ])
      for (const data of [
        { type: 'weightscope:step', count: 5 },
        { type: 'weightscope:config', config: { lr: 0.5 } },
        { type: 'weightscope:select', layer: 0, row: 0, col: 0 },
        { type: 'weightscope:play' },
        { type: 'weightscope:get' },
      ])
        w.send(data, origin);
    expect(S().step).toBe(0);
    expect(S().config.lr).toBe(lr);
    expect(S().selected).toBeNull();
    expect(S().playing).toBe(false);
    expect(w.replies).toEqual([]);
  });

  it('ignores malformed messages from the allowed origin without an exception or a change', () => {
    const w = fakeWindow();
    stop = startEmbedApi([PARENT], w.win);
    const before = S().version;
    for (const data of [
      null,
      7,
      'weightscope:step',
      [],
      { type: 9 },
      { type: 'weightscope:nope' },
      { step: 3 },
    ])
      expect(() => w.send(data)).not.toThrow();
    expect(S().version).toBe(before);
    expect(w.replies).toEqual([]);
  });

  it('steps, selects and configures through the session, answers get, and refuses with an error event', () => {
    const w = fakeWindow();
    stop = startEmbedApi([PARENT], w.win);
    w.send({ type: 'weightscope:step', count: 7 });
    expect(S().step).toBe(7);
    w.send({ type: 'weightscope:select', weight: { layer: 0, row: 1, col: 0 } });
    expect(S().selected).toEqual({ layer: 0, row: 1, col: 0 });
    w.send({ type: 'weightscope:config', config: { lr: 0.3 } });
    expect(S().config.lr).toBe(0.3);
    w.send({ type: 'weightscope:config', config: { lr: 50 } });
    expect(S().config.lr).toBe(0.3);
    w.send({ type: 'weightscope:select', layer: 9, row: 0, col: 0 });
    expect(S().selected).toEqual({ layer: 0, row: 1, col: 0 });
    w.send({ type: 'weightscope:get' });
    expect(w.replies.map((r) => r.message.type)).toEqual([
      'weightscope:error',
      'weightscope:error',
      'weightscope:state',
    ]);
    expect(w.replies[0].message).toMatchObject({
      request: 'config',
      message: expect.stringMatching(/learning rate/),
    });
    expect(w.replies[1].message).toMatchObject({ request: 'select' });
    const state = w.replies[2].message;
    expect(state).toMatchObject({ reason: 'get', step: 7, playing: false });
    expect(state.selected).toMatchObject({ layer: 0, row: 1, col: 0, value: expect.any(Number) });
    expect(typeof state.trainLoss).toBe('number');
    expect(w.replies.every((r) => r.origin === PARENT)).toBe(true);
  });

  it('announces a change after it happens, at most STATE_EVENTS_PER_SECOND a second however fast it changes', () => {
    const w = fakeWindow();
    stop = startEmbedApi([PARENT], w.win);
    w.posted.length = 0;
    // A change every 16 ms (a frame) for three seconds.
    for (let t = 0; t < 3000; t += 16) {
      S().stepBatch();
      w.advance(16);
    }
    w.advance(1000);
    const changes = w.posted.filter((p) => p.message.reason === 'change');
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.length).toBeLessThanOrEqual(3 * STATE_EVENTS_PER_SECOND + 1);
    // The last event says where it ended.
    expect(changes.at(-1)!.message.step).toBe(S().step);
  });

  it('loads a model through the Import dialog’s path, whole or not at all', () => {
    const w = fakeWindow();
    stop = startEmbedApi([PARENT], w.win);
    const out = S().mlp.layers.at(-1)!;
    const model = createMlp(
      {
        inputs: S().mlp.inputs,
        layers: [
          { units: 5, activation: 'tanh' },
          { units: out.units, activation: out.activation },
        ],
        init: { kind: 'xavier_uniform' },
      },
      createRng(3),
    );
    w.send({ type: 'weightscope:model', model: JSON.parse(serializeModel(model)) });
    expect(S().mlp.layers.map((l) => l.units)).toEqual([5, out.units]);
    expect(Array.from(S().mlp.layers[0].weights)).toEqual(Array.from(model.layers[0].weights));
    w.send({ type: 'weightscope:model', model: '{"format":"weightscope-model","layers":' });
    expect(S().mlp.layers.map((l) => l.units)).toEqual([5, out.units]);
    expect(w.replies.map((r) => r.message)).toEqual([
      expect.objectContaining({
        type: 'weightscope:error',
        request: 'model',
        message: expect.stringMatching(/unchanged/),
      }),
    ]);
  });

  it('stops listening when stopped', () => {
    const w = fakeWindow();
    stop = startEmbedApi([PARENT], w.win);
    stop();
    expect(w.listeners).toBe(0);
    w.send({ type: 'weightscope:step', count: 3 });
    expect(S().step).toBe(0);
  });
});
