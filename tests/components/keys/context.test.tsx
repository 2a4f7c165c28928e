import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyContextAt, placeOf } from '../../../src/components/keys/context';
import { resetStore, useStore } from '../../../src/store';

/** Builds a fragment of page and returns the element with id `here`. */
function pageWith(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.getElementById('here')!;
}

describe('where a key was pressed', () => {
  beforeEach(() => resetStore());
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('names the region a data-keys attribute marks, and the value editor inside a heatmap', () => {
    expect(placeOf(pageWith('<div data-keys="heatmap" tabindex="0" id="here"></div>'))).toBe('heatmap');
    expect(
      placeOf(pageWith('<div data-keys="heatmap"><div data-keys="editor"><input id="here"></div></div>')),
    ).toBe('editor');
    expect(placeOf(pageWith('<canvas data-keys="diagram" id="here"></canvas>'))).toBe('diagram');
  });

  it('gives fields, sliders and lists their own keys, buttons their Space, the page the rest', () => {
    expect(placeOf(pageWith('<input id="here">'))).toBe('field');
    expect(placeOf(pageWith('<div role="slider" tabindex="0" id="here"></div>'))).toBe('field');
    expect(placeOf(pageWith('<button id="here">Step</button>'))).toBe('control');
    expect(placeOf(pageWith('<p id="here">text</p>'))).toBeNull();
    expect(placeOf(document.body)).toBeNull();
  });

  it('while a dialog is open, every key is the dialog’s, wherever focus is', () => {
    const target = pageWith(
      '<div data-keys="heatmap" id="here"></div><dialog open><button>Close</button></dialog>',
    );
    expect(placeOf(target)).toBe('dialog');
    expect(keyContextAt(target).scopes).toEqual(['dialog']);
  });

  it('stacks the heatmap over presentation mode over the page, and says whether an earlier step is shown', () => {
    const grid = pageWith('<div data-keys="heatmap" id="here"></div>');
    expect(keyContextAt(grid)).toEqual({ scopes: ['heatmap', 'global'], facts: { pastStep: false } });
    act(() => {
      useStore.getState().setPresentation(true);
    });
    expect(keyContextAt(grid).scopes).toEqual(['heatmap', 'presentation', 'global']);
    expect(keyContextAt(document.body).scopes).toEqual(['presentation', 'global']);
    // The timeline shows its first entry, not the live head.
    act(() => {
      useStore.getState().stepBatch();
      useStore.getState().timelineBack();
    });
    expect(keyContextAt(document.body).facts).toEqual({ pastStep: true });
  });
});
