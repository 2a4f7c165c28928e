/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/components/App';
import { resetStore, useStore } from '../../../src/store';
import { parseOnnxModel } from '../../../src/io/onnx';

/** A fixture of tests/fixtures/models (made by make_fixtures.py with torch and onnx). */
const bytesOf = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/models/${name}`));
const file = (fixture: string, name = fixture) => new File([bytesOf(fixture)], name);
const params = () =>
  JSON.stringify(useStore.getState().mlp.layers.map((l) => [Array.from(l.weights), Array.from(l.biases)]));
const MODEL_INPUT = 'Model file (.json, .onnx, .safetensors)';

async function openIo() {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getByRole('button', { name: 'Import / Export' }));
  // The dialog is loaded on demand, so it appears a moment after the click.
  await screen.findByLabelText(MODEL_INPUT);
  return user;
}

describe('importing real models and exporting training scripts', () => {
  beforeEach(() => {
    resetStore();
    window.history.replaceState(null, '', '/');
  });

  it('an .onnx file exported by PyTorch becomes the network, weights exactly as stored', async () => {
    const user = await openIo();
    await user.upload(screen.getByLabelText(MODEL_INPUT), file('mlp_2_8_8_1.onnx'));
    await screen.findByText(/Imported mlp_2_8_8_1.onnx: a 2–8–8–1 network/);
    const want = parseOnnxModel(bytesOf('mlp_2_8_8_1.onnx'));
    if (!want.ok) throw new Error(want.error);
    const s = useStore.getState();
    expect(s.mlp.layers.map((l) => l.activation)).toEqual(['tanh', 'relu', 'tanh']);
    s.mlp.layers.forEach((l, i) =>
      expect(Array.from(l.weights)).toEqual(want.value.layers[i].weights.flat()),
    );
  });

  it('a Conv graph is refused by name and the network is unchanged', async () => {
    const user = await openIo();
    const before = params();
    const config = useStore.getState().config;
    await user.upload(screen.getByLabelText(MODEL_INPUT), file('conv.onnx'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/conv.onnx was not imported: the graph has a Conv node/);
    expect(alert).toHaveTextContent('The current network is unchanged.');
    expect(params()).toBe(before);
    expect(useStore.getState().config).toBe(config);
  });

  it('a .safetensors file waits for its activations, then is imported with the ones chosen', async () => {
    const user = await openIo();
    const before = params();
    await user.upload(
      screen.getByLabelText(MODEL_INPUT),
      file('seq_2_8_8_1_f32.safetensors', 'seq.safetensors'),
    );
    await screen.findByText(/seq.safetensors holds a 2–8–8–1 network of linear layers and no activations/);
    expect(params()).toBe(before);
    const choice = within(screen.getByRole('group', { name: 'Activations for seq.safetensors' }));
    await user.selectOptions(choice.getByLabelText('Hidden layers'), 'leaky_relu');
    expect(choice.getByLabelText('Output layer')).toHaveValue('tanh');
    await user.click(choice.getByRole('button', { name: 'Import seq.safetensors' }));
    await screen.findByText(/Imported seq.safetensors: a 2–8–8–1 network/);
    expect(useStore.getState().mlp.layers.map((l) => l.activation)).toEqual([
      'leaky_relu',
      'leaky_relu',
      'tanh',
    ]);
    expect(screen.queryByRole('button', { name: 'Import seq.safetensors' })).toBeNull();
  });

  it('the Export side offers PyTorch and TensorFlow.js scripts of the run', async () => {
    const user = await openIo();
    useStore.getState().stepBatch();
    const dialog = within(screen.getByRole('dialog', { name: 'Import and export' }));
    await user.click(dialog.getByRole('button', { name: 'PyTorch script (.py)' }));
    expect(await dialog.findByRole('status')).toHaveTextContent(
      'Saved weightscope_run_step1.py: run it with python3 weightscope_run_step1.py',
    );
    await user.click(dialog.getByRole('button', { name: 'TensorFlow.js script (.mjs)' }));
    expect(await dialog.findByText(/^Saved weightscope_run_step1.mjs/)).toHaveRole('status');
  });
});
