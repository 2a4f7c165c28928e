import { textWidth } from '../textWidth';

export interface SvgLegendEntry {
  name: string;
  color: string;
  dash?: string;
}

const FONT = 10;
const ROW = 14;
const SWATCH = 18;

/**
 * Adds a legend under a chart <svg> (a copy for export: the page shows its legend as HTML), wrapping entries
 * into rows of the chart's width, and grows the picture to hold it. Returns the new height.
 */
export function appendSvgLegend(
  svg: SVGSVGElement,
  entries: SvgLegendEntry[],
  width: number,
  height: number,
): number {
  if (!entries.length) return height;
  const ns = 'http://www.w3.org/2000/svg';
  const g = document.createElementNS(ns, 'g');
  g.setAttribute('font-size', String(FONT));
  g.setAttribute('font-family', 'sans-serif');
  let x = 4;
  let y = height + ROW / 2;
  for (const e of entries) {
    const w = SWATCH + 4 + textWidth(e.name, FONT) + 10;
    if (x > 4 && x + w > width) {
      x = 4;
      y += ROW;
    }
    const line = document.createElementNS(ns, 'line');
    for (const [k, v] of [
      ['x1', x],
      ['x2', x + SWATCH],
      ['y1', y],
      ['y2', y],
      ['stroke', e.color],
      ['stroke-width', 2],
    ] as const)
      line.setAttribute(k, String(v));
    if (e.dash) line.setAttribute('stroke-dasharray', e.dash);
    const text = document.createElementNS(ns, 'text');
    text.setAttribute('x', String(x + SWATCH + 4));
    text.setAttribute('y', String(y + 3.5));
    text.textContent = e.name;
    g.append(line, text);
    x += w;
  }
  svg.append(g);
  const h = y + ROW / 2 + 2;
  svg.setAttribute('height', String(h));
  svg.setAttribute('viewBox', `0 0 ${width} ${h}`);
  return h;
}
