import { describe, expect, it } from 'vitest';
import { appendSvgLegend } from '../../src/viz/charts/legendSvg';
import { textWidth } from '../../src/viz/textWidth';

const svgOf = (w: number, h: number) => {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', String(w));
  svg.setAttribute('height', String(h));
  return svg;
};

describe('legend of an exported chart', () => {
  it('names each line with its colour and dash, below the chart, which grows to hold it', () => {
    const svg = svgOf(300, 150);
    const entries = Array.from({ length: 8 }, (_, i) => ({
      name: `w1[${i + 1},2]`,
      color: `#00000${i}`,
      dash: i % 2 ? '4 3' : undefined,
    }));
    const h = appendSvgLegend(svg, entries, 300, 150);
    const texts = [...svg.querySelectorAll('text')];
    expect(texts.map((t) => t.textContent)).toEqual(entries.map((e) => e.name));
    const lines = [...svg.querySelectorAll('line')];
    expect(lines.map((l) => l.getAttribute('stroke'))).toEqual(entries.map((e) => e.color));
    expect(lines[1].getAttribute('stroke-dasharray')).toBe('4 3');
    expect(h).toBeGreaterThan(150);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 300 ${h}`);
    // Wrapped into rows: no entry runs past the right edge, every one is below the chart and inside the picture.
    for (const [i, t] of texts.entries()) {
      const x = Number(t.getAttribute('x'));
      const y = Number(t.getAttribute('y'));
      expect(x + textWidth(entries[i].name, 10)).toBeLessThanOrEqual(300);
      expect(y).toBeGreaterThan(150);
      expect(y).toBeLessThanOrEqual(h);
    }
    expect(new Set(texts.map((t) => t.getAttribute('y'))).size).toBeGreaterThan(1);
  });

  it('adds nothing to a chart without a legend', () => {
    const svg = svgOf(300, 70);
    expect(appendSvgLegend(svg, [], 300, 70)).toBe(70);
    expect(svg.children.length).toBe(0);
  });
});
