import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ShareDialog } from '../../../src/components/share/ShareDialog';
import { resetStore, useStore } from '../../../src/store';

beforeEach(() => resetStore());

/** A copy of the current network, imported as if from a file of that name. */
function importCopy(name: string, hidden?: number[]) {
  if (hidden) useStore.getState().setConfig({ hidden, layerActivations: hidden.map(() => null) });
  const m = structuredClone(useStore.getState().mlp);
  m.layers[0].weights[0] = 0.123;
  expect(useStore.getState().importNetwork(m, name).ok).toBe(true);
}

describe('share dialog for an imported model', () => {
  it('says nothing about a file for a network built from the settings', () => {
    expect(useStore.getState().importedFrom).toBeNull();
    render(<ShareDialog onClose={() => {}} />);
    expect(screen.queryByText(/came from the file/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Download the model file' })).toBeNull();
  });

  it('a small imported network: the link carries its weights, and the model file is offered too', () => {
    importCopy('tiny.onnx');
    expect(useStore.getState().importedFrom).toBe('tiny.onnx');
    render(<ShareDialog onClose={() => {}} />);
    expect(screen.getByRole('note')).toHaveTextContent(
      /This network came from the file tiny\.onnx\. Its weights fit in this link/,
    );
    expect(screen.getByRole('button', { name: 'Download the model file' })).toBeInTheDocument();
    expect((screen.getByLabelText('Link') as HTMLInputElement).value).toMatch(/[?&]w=/);
  });

  it('a large imported network: the model is not in the link, which says so and offers the file instead', () => {
    importCopy('big.safetensors', [64, 64, 64, 64]);
    render(<ShareDialog onClose={() => {}} />);
    expect(screen.getByRole('note')).toHaveTextContent(
      /This network came from the file big\.safetensors\. Its weights are not in this link/,
    );
    expect(screen.getByRole('note')).not.toHaveTextContent(/hand-edited/);
    expect(screen.getByRole('button', { name: 'Download the model file' })).toBeInTheDocument();
    expect((screen.getByLabelText('Link') as HTMLInputElement).value).not.toMatch(/[?&]w=/);
  });

  it('a network rebuilt from the settings after an import is no longer from the file', () => {
    importCopy('tiny.onnx');
    useStore.getState().setConfig({ hidden: [3] });
    expect(useStore.getState().importedFrom).toBeNull();
  });
});
