import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { HyperParams } from '../../../src/components/controls/HyperParams';
import { DataPanel } from '../../../src/components/data/DataPanel';
import { NetworkPanel } from '../../../src/components/network/NetworkPanel';
import { NUMBER_SETTINGS, type NumberKey } from '../../../src/domain/settings';
import { createMlp, createRng } from '../../../src/engine';
import { readNumber, writeNumber } from '../../../src/format/number';
import { importPlan } from '../../../src/io/importPlan';
import { resetStore, useStore } from '../../../src/store';
import { acceptedTexts, linkMessage, refusedTexts } from '../../domain/limitCases';

beforeEach(() => resetStore());

const config = () => useStore.getState().config;
/** The line under a field after it refused what was typed. */
const refusalOf = (why: string, kept: number) => `Refused: ${why}. Kept ${writeNumber(kept)}.`;

/** The text fields of the training settings: typed, then confirmed with Enter. */
const TEXT_FIELDS: [NumberKey, RegExp][] = [
  ['lr', /^Exact rate$/],
  ['batchSize', /^Batch size$/],
  ['l1', /^L1 strength$/],
  ['l2', /^L2 strength$/],
  ['momentum', /^Momentum$/],
  ['dropout', /^Dropout \(hidden layers\)$/],
  ['clip', /^Clip gradients/],
];

// Typing each text takes a while on a busy machine; nothing here measures time.
describe(
  'a control refuses a setting exactly as a link does, and keeps showing the value in use',
  { timeout: 30_000 },
  () => {
    it.each(TEXT_FIELDS)('%s: every refused text gets the link’s message', async (key, label) => {
      const user = userEvent.setup();
      render(<HyperParams />);
      const field = screen.getByLabelText(label);
      const before = config();
      for (const text of refusedTexts(key)) {
        const why = linkMessage(key, text);
        expect(why, text).not.toBeNull();
        await user.clear(field);
        if (text) await user.type(field, text);
        await user.keyboard('{Enter}');
        expect(screen.getByRole('alert')).toHaveTextContent(refusalOf(why!, before[key]));
        expect(config()).toBe(before);
        await user.keyboard('{Escape}');
        expect(field).toHaveValue(writeNumber(before[key]));
      }
    });

    it.each(TEXT_FIELDS)('%s: the bounds are accepted and shown exactly', async (key, label) => {
      const user = userEvent.setup();
      render(<HyperParams />);
      const field = screen.getByLabelText(label);
      for (const text of acceptedTexts(key)) {
        await user.clear(field);
        await user.type(field, text);
        await user.keyboard('{Enter}');
        expect(screen.queryByRole('alert')).toBeNull();
        expect(config()[key]).toBe(Number(text));
        expect(field).toHaveValue(writeNumber(Number(text)));
      }
    });

    /** Spinners apply as they change; a number input can only hold numbers, so only those are tried. */
    const spin = (field: HTMLElement, key: NumberKey, kept: number) => {
      for (const text of refusedTexts(key).filter((t) => readNumber(t).ok)) {
        fireEvent.change(field, { target: { value: text } });
        expect(field).toHaveAccessibleDescription(refusalOf(linkMessage(key, text)!, kept));
        expect(field).toHaveAttribute('aria-invalid', 'true');
        expect(config()[key]).toBe(kept);
      }
      fireEvent.blur(field);
      expect(field).toHaveValue(kept);
    };

    it('seed and the initialiser’s parameter', async () => {
      const user = userEvent.setup();
      render(<NetworkPanel />);
      await user.selectOptions(screen.getByRole('combobox', { name: 'Initialiser' }), 'uniform');
      spin(screen.getByRole('spinbutton', { name: 'Seed' }), 'seed', config().seed);
      spin(screen.getByRole('spinbutton', { name: 'a' }), 'initValue', config().initValue);
    });

    it('units of a hidden layer, as a link and a model import say it', () => {
      render(<NetworkPanel />);
      const field = screen.getByRole('spinbutton', { name: 'Units in hidden layer 2' });
      const why = linkMessage('hidden', '8,65');
      expect(why).toBe('units in hidden layer 2 must be a whole number between 1 and 64 on 2D data; got 65');
      fireEvent.change(field, { target: { value: '65' } });
      expect(field).toHaveAccessibleDescription(refusalOf(why!, 8));
      expect(config().hidden).toEqual([8, 8]);

      const s = useStore.getState();
      const wide = createMlp(
        {
          inputs: 2,
          layers: [
            { units: 8, activation: 'tanh' },
            { units: 65, activation: 'tanh' },
            { units: 1, activation: 'tanh' },
          ],
          init: { kind: 'zeros' },
          useBias: true,
        },
        createRng(1),
      );
      expect(importPlan(wide, s.dataset, s.config)).toEqual({
        ok: false,
        error: `the model does not fit here: ${why}.`,
      });
    });

    it('sliders span exactly the table’s range', () => {
      render(<DataPanel />);
      for (const [key, name] of [
        ['noise', /^Noise/],
        ['trainRatio', /^Train share/],
      ] as const) {
        const slider = screen.getByRole('slider', { name });
        expect(slider).toHaveAttribute('min', String(NUMBER_SETTINGS[key].min));
        expect(slider).toHaveAttribute('max', String(NUMBER_SETTINGS[key].max));
      }
    });
  },
);

describe('a settings change from anywhere in the app is checked against the same table', () => {
  it.each(Object.keys(NUMBER_SETTINGS) as NumberKey[])(
    '%s: refused with the link’s message, nothing changes',
    (key) => {
      const before = config();
      for (const text of refusedTexts(key).filter((t) => readNumber(t).ok)) {
        act(() => useStore.getState().setConfig({ [key]: Number(text) }));
        expect(useStore.getState().notice).toEqual({
          kind: 'error',
          text: `Not applied: ${linkMessage(key, text)}.`,
        });
        expect(config()).toBe(before);
      }
    },
  );
});
