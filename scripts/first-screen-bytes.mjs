// The first screen's bytes: the scripts and styles a built index.html loads at once (its module script,
// modulepreloads and stylesheets), each gzipped, summed. Chunks loaded on demand are not counted.
// Usage: node scripts/first-screen-bytes.mjs [dist]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="(?:\.\/)?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
let total = 0;
for (const f of files) {
  const bytes = gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  total += bytes;
  console.log(`${String(bytes).padStart(8)}  ${f}`);
}
console.log(`${String(total).padStart(8)}  first screen, gzip -9 (${files.length} files)`);
