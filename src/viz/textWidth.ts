/**
 * Width a line of sans-serif text may take at a font size, over-estimated on purpose: exported pictures are
 * laid out without a browser to measure them, and DejaVu Sans (a common default) averages ~0.6 em a
 * character. Taking 0.68 em leaves room, so a caption never runs into its neighbour.
 */
export const textWidth = (text: string, fontSize: number) => [...text].length * fontSize * 0.68;
