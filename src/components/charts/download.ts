import { appendSvgLegend, type SvgLegendEntry } from '../../viz/charts/legendSvg';
import { downloadBlob as saveBlob } from '../io/downloads';
/** Saves text as a file (static site: no server, a blob link). */
export function downloadText(name: string, text: string, type = 'text/csv'): void {
  downloadBlob(name, new Blob([text], { type }));
}

/** Saves a blob under a name (the one download helper lives in io/downloads). */
export function downloadBlob(name: string, blob: Blob): void {
  saveBlob(blob, name);
}

/** A copy of a chart's <svg> to save: standalone, with its legend drawn in (the page shows it as HTML). */
function exportCopy(svg: SVGSVGElement, legend: SvgLegendEntry[]) {
  const w = svg.width.baseVal.value;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const h = appendSvgLegend(clone, legend, w, svg.height.baseVal.value);
  return { clone, w, h };
}

/** An <svg> as a standalone SVG file. */
export function downloadSvg(name: string, svg: SVGSVGElement, legend: SvgLegendEntry[] = []): void {
  const { clone } = exportCopy(svg, legend);
  downloadText(name, new XMLSerializer().serializeToString(clone), 'image/svg+xml');
}

/** A canvas as PNG; an <svg> is first drawn onto a white canvas at 2×. */
export function downloadPng(
  name: string,
  el: HTMLCanvasElement | SVGSVGElement,
  legend: SvgLegendEntry[] = [],
): void {
  if (el instanceof HTMLCanvasElement) {
    el.toBlob((b) => b && downloadBlob(name, b), 'image/png');
    return;
  }
  const { clone, w, h } = exportCopy(el, legend);
  const img = new Image();
  img.onload = () => {
    const c = document.createElement('canvas');
    c.width = w * 2;
    c.height = h * 2;
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, c.width, c.height);
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0);
    c.toBlob((b) => b && downloadBlob(name, b), 'image/png');
  };
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
}
