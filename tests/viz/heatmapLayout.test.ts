import { describe, expect, it } from 'vitest';
import { cellAt, cellsOnSegment, fitCell, layoutFor, moveCursor } from '../../src/viz/heatmapLayout';

describe('heatmap geometry', () => {
  const L = layoutFor(3, 4, 10); // 3 units × 4 inputs, 10 px cells, bias strip after a gap

  it('puts the bias strip after a gap to the right of the matrix', () => {
    expect(L.biasX).toBe(44);
    expect(L.width).toBe(54);
    expect(L.height).toBe(30);
  });

  it('finds the cell under a point, the bias strip, and nothing in the gap', () => {
    expect(cellAt(L, 0, 0)).toEqual({ row: 0, col: 0 });
    expect(cellAt(L, 39.9, 29.9)).toEqual({ row: 2, col: 3 });
    expect(cellAt(L, 41, 5)).toBeNull();
    expect(cellAt(L, 45, 15)).toEqual({ row: 1, col: 'bias' });
    expect(cellAt(L, 5, 30)).toBeNull();
  });

  it('covers every cell a fast drag passes, once each', () => {
    expect(cellsOnSegment(L, 5, 5, 35, 5)).toEqual([0, 1, 2, 3].map((col) => ({ row: 0, col })));
  });

  it('fits the default 2-8-8-1 layers with glyph-sized cells and a 784 × 128 layer at 2 px', () => {
    expect(fitCell(8, 8, 600, 360)).toBeGreaterThanOrEqual(14);
    expect(fitCell(128, 784, 600, 360)).toBe(2);
    expect(fitCell(32, 64, 600, 360)).toBe(9);
  });

  it('moves the keyboard cursor within the matrix and onto the bias strip', () => {
    expect(moveCursor(3, 4, { row: 0, col: 3 }, 'ArrowRight', true)).toEqual({ row: 0, col: 'bias' });
    expect(moveCursor(3, 4, { row: 0, col: 3 }, 'ArrowRight', false)).toEqual({ row: 0, col: 3 });
    expect(moveCursor(3, 4, { row: 0, col: 'bias' }, 'ArrowLeft', true)).toEqual({ row: 0, col: 3 });
    expect(moveCursor(3, 4, { row: 0, col: 0 }, 'ArrowUp', true)).toEqual({ row: 0, col: 0 });
    expect(moveCursor(3, 4, { row: 0, col: 0 }, 'PageDown', true)).toEqual({ row: 2, col: 0 });
  });
});
