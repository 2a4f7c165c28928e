/** Text safe inside a double-quoted HTML attribute. */
export const attr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The <iframe> a course page or slide deck pastes in. */
export function embedSnippet(src: string, width: number, height: number): string {
  return (
    `<iframe src="${attr(src)}" width="${Math.round(width)}" height="${Math.round(height)}" ` +
    `title="Weightscope: a neural network's signed weights" loading="lazy" style="border:0"></iframe>`
  );
}
