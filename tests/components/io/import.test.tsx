import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/components/App';
import { serializeModel } from '../../../src/engine';
import { resetStore, useStore } from '../../../src/store';
import { tfjsModel } from '../../io/tfjsFixture';

const params = () =>
  JSON.stringify(useStore.getState().mlp.layers.map((l) => [Array.from(l.weights), Array.from(l.biases)]));
const file = (text: BlobPart, name: string, type = 'application/json') => new File([text], name, { type });

async function openIo() {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getByRole('button', { name: 'Import / Export' }));
  // The dialog is loaded on demand, so it appears a moment after the click.
  await screen.findByLabelText('Model file (.json, .onnx, .safetensors)');
  return user;
}

describe('importing files', () => {
  beforeEach(() => {
    resetStore();
    window.history.replaceState(null, '', '/');
  });

  it.each([
    ['not JSON', '{oops', /the file is not valid JSON/],
    ['a wrong format', '{"format":"keras"}', /"format" must be "weightscope-model", found "keras"/],
    [
      'a model for another data set',
      JSON.stringify({
        format: 'weightscope-model',
        version: 1,
        inputs: 3,
        layers: [{ units: 1, activation: 'tanh', weights: [[1, 2, 3]], biases: [0] }],
      }),
      /the model takes 3 inputs, but the data set "Circle" has 2/,
    ],
  ])('a model file with %s gets its message and the network is unchanged', async (_, text, message) => {
    const user = await openIo();
    const before = params();
    const config = useStore.getState().config;
    await user.upload(
      screen.getByLabelText('Model file (.json, .onnx, .safetensors)'),
      file(text, 'bad.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('The current network is unchanged.');
    expect(params()).toBe(before);
    expect(useStore.getState().config).toBe(config);
  });

  it('a model of another architecture that fits the data is adopted whole, as step 0 of a new history that undo cannot cross', async () => {
    const user = await openIo();
    const other = structuredClone(useStore.getState().mlp);
    other.layers = other.layers.slice(1);
    other.layers[0] = { ...other.layers[0], inputs: 2, weights: new Float64Array(16).fill(0.25) };
    other.layers[1] = { ...other.layers[1], activation: 'sigmoid' };
    await user.upload(
      screen.getByLabelText('Model file (.json, .onnx, .safetensors)'),
      file(serializeModel(other), 'small.json'),
    );
    await screen.findByText(/Imported small.json: a 2–8–1 network/);
    const s = useStore.getState();
    expect(s.config.hidden).toEqual([8]);
    expect(s.config.outputActivation).toBe('sigmoid');
    expect(Array.from(s.mlp.layers[0].weights)).toEqual(Array(16).fill(0.25));
    expect(s.step).toBe(0);
    expect(s.undoStack).toHaveLength(0);
    s.undo();
    expect(Array.from(useStore.getState().mlp.layers[0].weights)).toEqual(Array(16).fill(0.25));
    // Step 0 of the timeline is the imported network: rewinding to it after training gives it back.
    s.stepBatch();
    useStore.getState().scrubTo(0);
    expect(Array.from(useStore.getState().mlp.layers[0].weights)).toEqual(Array(16).fill(0.25));
  });

  it('TensorFlow.js: a missing .bin and an elu layer are refused by name; a good pair is imported', async () => {
    const user = await openIo();
    const before = params();
    const input = screen.getByLabelText('TensorFlow.js model (model.json + .bin files)');
    const good = tfjsModel(2, [
      { units: 4, activation: 'relu' },
      { units: 1, activation: 'tanh' },
    ]);
    await user.upload(input, [file(JSON.stringify(good.json), 'model.json')]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /'group1-shard1of1.bin' named in model.json was not chosen/,
    );
    const elu = tfjsModel(2, [
      { units: 4, activation: 'elu' },
      { units: 1, activation: 'tanh' },
    ]);
    await user.upload(input, [
      file(JSON.stringify(elu.json), 'model.json'),
      file(elu.bin, 'group1-shard1of1.bin', 'application/octet-stream'),
    ]);
    // The alert of the refusal before stays until this one replaces it: wait for the new text.
    expect(await screen.findByText(/activation 'elu' is not one Weightscope computes/)).toBeInTheDocument();
    expect(params()).toBe(before);
    await user.upload(input, [
      file(JSON.stringify(good.json), 'model.json'),
      file(good.bin, 'group1-shard1of1.bin', 'application/octet-stream'),
    ]);
    await screen.findByText(/Imported model.json: a 2–4–1 network/);
    expect(useStore.getState().mlp.layers[0].weights[1]).toBe(good.kernels[0][1][0]);
  });

  it('a malformed CSV gets its message and the data set is kept; a good one becomes the data set', async () => {
    const user = await openIo();
    const input = screen.getByLabelText("Data set (.csv, last column 'label')");
    await user.upload(input, file('a,b,label\n1,x,0\n', 'bad.csv', 'text/csv'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /bad.csv was not imported: .*The current data set and network are unchanged/,
    );
    expect(useStore.getState().dataset.id).toBe('circle');
    const rows = Array.from({ length: 40 }, (_, i) => `${i % 7},${(i * 3) % 5},${i % 2}`).join('\n');
    await user.upload(input, file(`a,b,label\n${rows}\n`, 'good.csv', 'text/csv'));
    await screen.findByText(/Imported good.csv: 40 rows, 2 inputs, 2 classes/);
    expect(useStore.getState().dataset.id).toBe('csv');
  });
});
