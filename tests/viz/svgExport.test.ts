// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { heatmapSvg, lossChartSvg, weightsCsv } from '../../src/viz/svgExport';
import { divergingColor, NEUTRAL } from '../../src/viz/colors';

const layer = {
  title: 'Layer 1 <test>',
  rows: 2,
  cols: 3,
  weights: [1, -2, 0, 0.5, -0.25, 2],
  biases: [0, -1],
};

describe('heatmap SVG from the numbers', () => {
  it('has one <rect> per weight and bias, coloured on the zero-centred scale', () => {
    const svg = heatmapSvg([layer], { cell: 10 });
    const cells = [...svg.matchAll(/<rect x="([\d.]+)" y="(\d+)" width="10" height="10" fill="([^"]+)">/g)];
    expect(cells).toHaveLength(2 * 3 + 2);
    // Largest |value| is 2: −2 is the darkest orange, +2 the darkest blue, 0 the neutral grey.
    expect(cells[1][3]).toBe(divergingColor(-1));
    expect(cells[6][3]).toBe(divergingColor(1));
    expect(cells[2][3]).toBe(NEUTRAL);
    expect(cells[3][3]).toBe(NEUTRAL); // bias of unit 1 (written after its row)
    expect(cells[3][1]).toBe('35');
  });

  it('states each value and its sign as text, and escapes titles', () => {
    const svg = heatmapSvg([layer]);
    expect(svg).toContain('<title>layer 1 unit 1 ← input 2 = −2</title>');
    expect(svg).toContain('<title>layer 1 unit 2 bias = −1</title>');
    expect(svg).toContain('<title>layer 1 unit 2 ← input 1 = +0.5</title>');
    expect(svg).toContain('Layer 1 &lt;test&gt;');
    expect(svg).not.toContain('<test>');
  });

  it('parses as SVG', () => {
    const doc = new DOMParser().parseFromString(
      heatmapSvg([layer, { ...layer, title: 'L2' }]),
      'image/svg+xml',
    );
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.getElementsByTagName('rect').length).toBe(1 + 2 * 8);
  });

  it('network scope shares one maximum across layers', () => {
    const small = { ...layer, weights: layer.weights.map((w) => w / 4), biases: [0, 0] };
    const perLayer = heatmapSvg([layer, small]);
    const shared = heatmapSvg([layer, small], { scope: 'network' });
    expect(perLayer).toContain(`fill="${divergingColor(-1)}"><title>layer 2 unit 1 ← input 2`);
    expect(shared).toContain(`fill="${divergingColor(-0.25)}"><title>layer 2 unit 1 ← input 2`);
  });
});

describe('loss chart and CSV', () => {
  it('draws train and test lines and skips non-finite points', () => {
    const svg = lossChartSvg({ steps: [0, 10, 20], train: [1, 0.5, NaN], test: [1.2, 0.7, 0.6] });
    const lines = [...svg.matchAll(/points="([^"]*)"/g)].map((m) => m[1].split(' ').length);
    expect(lines).toEqual([2, 3]);
  });

  it('writes every weight exactly, with biases named', () => {
    const csv = weightsCsv([{ ...layer, weights: [0.1 + 0.2, ...layer.weights.slice(1)] }]);
    const rows = csv.trim().split('\n');
    expect(rows[0]).toBe('layer,unit,input,value');
    expect(rows[1]).toBe('1,1,1,0.30000000000000004');
    expect(rows[4]).toBe('1,1,bias,0');
    expect(rows).toHaveLength(1 + 8);
  });
});
