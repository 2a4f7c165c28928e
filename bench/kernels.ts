/**
 * npx tsx bench/kernels.ts [--reps 7]: the engine's matrix products at the W3 and W4 shapes, timed side by side
 * in one process (round-robin medians), for the current strided gemm and for generated candidate kernels:
 * one stride layout each (forward X·Wᵀ "nt", gradient Δᵀ·A "tn", backward Δ·W "nn"), tile shape MR×NR and
 * k-unroll U. Every candidate is first checked to give the same bits as gemm. Prints GFLOP/s.
 */
import { gemm } from '../src/engine';
import { gemmBackward } from '../src/engine/kernelsBackward';
import { gemmForward } from '../src/engine/kernelsForward';
import { gemmGradient } from '../src/engine/kernelsGradient';
import { gemmGradientSkipZeros } from '../src/engine/kernelsSparseGradient';
import { calibrate, timeRoundRobin } from './stats';

type Layout = 'nt' | 'tn' | 'nn';
type Kernel = (
  m: number,
  n: number,
  k: number,
  A: Float64Array,
  B: Float64Array,
  C: Float64Array,
  scale: number,
  bias: Float64Array | null,
) => void;

/** Source of a kernel for one layout, tiled MR×NR with the p loop unrolled U times (edges tiled MR×1, 1×NR, 1×1). */
export function generate(layout: Layout, MR: number, NR: number, U: number, skip = false): string {
  const rowA = layout !== 'tn'; // A is m×k row-major (else k×m)
  const rowB = layout === 'nt'; // B is n×k row-major (else k×n)
  const tile = (mr: number, nr: number, u: number): string => {
    const L: string[] = [];
    for (let r = 0; r < mr; r++)
      L.push(`let ${Array.from({ length: nr }, (_, c) => `c${r}${c} = 0`).join(', ')};`);
    if (rowA) for (let r = 0; r < mr; r++) L.push(`const a${r} = (i + ${r}) * k;`);
    else L.push(`let pa = i;`);
    if (rowB) for (let c = 0; c < nr; c++) L.push(`const b${c} = (j + ${c}) * k;`);
    else L.push(`let pb = j;`);
    const step = (off: number): string[] => {
      const S: string[] = [];
      const xa = (r: number) => (rowA ? `A[a${r} + p${off ? ' + ' + off : ''}]` : `A[pa + ${r}]`);
      const yb = (c: number) => (rowB ? `B[b${c} + p${off ? ' + ' + off : ''}]` : `B[pb + ${c}]`);
      const adv = (rowA ? '' : 'pa += m;') + (rowB ? '' : 'pb += n;');
      if (skip) {
        // Exact when B is finite: 0·y adds +0 or −0 to a sum that is never −0.
        for (let r = 0; r < mr; r++) S.push(`const x${r} = ${xa(r)};`);
        S.push(
          `if (${Array.from({ length: mr }, (_, r) => `x${r} === 0`).join(' && ')}) { ${adv} continue; }`,
        );
        for (let c = 0; c < nr; c++) S.push(`const y${c} = ${yb(c)};`);
        for (let r = 0; r < mr; r++)
          S.push(Array.from({ length: nr }, (_, c) => `c${r}${c} += x${r} * y${c};`).join(' '));
      } else {
        for (let c = 0; c < nr; c++) S.push(`const y${c} = ${yb(c)};`);
        for (let r = 0; r < mr; r++) {
          S.push(`const x${r} = ${xa(r)};`);
          S.push(Array.from({ length: nr }, (_, c) => `c${r}${c} += x${r} * y${c};`).join(' '));
        }
      }
      if (adv) S.push(adv);
      return ['{', ...S, '}'];
    };
    L.push('let p = 0;');
    if (u > 1 && !skip) {
      L.push(`for (; p + ${u} <= k; p += ${u}) {`);
      for (let o = 0; o < u; o++) L.push(...step(rowA || rowB ? o : 0));
      L.push('}');
    }
    L.push('for (; p < k; p++) {', ...step(0), '}');
    for (let r = 0; r < mr; r++) {
      L.push(`{ const o = (i + ${r}) * n + j;`);
      for (let c = 0; c < nr; c++) L.push(`C[o + ${c}] = scale * c${r}${c} + (bias ? bias[j + ${c}] : 0);`);
      L.push('}');
    }
    return L.join('\n');
  };
  return `
let i = 0;
for (; i + ${MR} <= m; i += ${MR}) {
  let j = 0;
  for (; j + ${NR} <= n; j += ${NR}) { ${tile(MR, NR, U)} }
  for (; j < n; j++) { ${tile(MR, 1, U)} }
}
for (; i < m; i++) {
  let j = 0;
  for (; j + ${NR} <= n; j += ${NR}) { ${tile(1, NR, U)} }
  for (; j < n; j++) { ${tile(1, 1, U)} }
}`;
}

export function compile(layout: Layout, MR: number, NR: number, U: number, skip = false): Kernel {
  return new Function(
    'm',
    'n',
    'k',
    'A',
    'B',
    'C',
    'scale',
    'bias',
    generate(layout, MR, NR, U, skip),
  ) as Kernel;
}

/** The current kernel, with the strides of each layout. */
const viaGemm: Record<Layout, Kernel> = {
  nt: (m, n, k, A, B, C, s, b) => gemm(m, n, k, A, k, 1, B, 1, k, C, s, b),
  tn: (m, n, k, A, B, C, s, b) => gemm(m, n, k, A, 1, m, B, n, 1, C, s, b),
  nn: (m, n, k, A, B, C, s, b) => gemm(m, n, k, A, k, 1, B, n, 1, C, s, b),
};

interface Product {
  name: string;
  layout: Layout;
  m: number;
  n: number;
  k: number;
}
const W4: Product[] = [
  { name: 'W4 forward 64×784·(128×784)ᵀ', layout: 'nt', m: 64, n: 128, k: 784 },
  { name: 'W4 gradient (64×128)ᵀ·64×784', layout: 'tn', m: 128, n: 784, k: 64 },
];
const W1: Product[] = [
  { name: 'W1 forward 10×2·(8×2)ᵀ', layout: 'nt', m: 10, n: 8, k: 2 },
  { name: 'W1 forward 10×8·(8×8)ᵀ', layout: 'nt', m: 10, n: 8, k: 8 },
  { name: 'W1 forward 10×8·(1×8)ᵀ', layout: 'nt', m: 10, n: 1, k: 8 },
  { name: 'W1 gradient (10×8)ᵀ·10×8', layout: 'tn', m: 8, n: 8, k: 10 },
  { name: 'W1 gradient (10×8)ᵀ·10×2', layout: 'tn', m: 8, n: 2, k: 10 },
  { name: 'W1 gradient (10×1)ᵀ·10×8', layout: 'tn', m: 1, n: 8, k: 10 },
  { name: 'W1 backward 10×8·8×8', layout: 'nn', m: 10, n: 8, k: 8 },
  { name: 'W1 backward 10×1·1×8', layout: 'nn', m: 10, n: 8, k: 1 },
];
const W3: Product[] = [
  { name: 'W3 forward 1', layout: 'nt', m: 32, n: 32, k: 64 },
  { name: 'W3 forward 2', layout: 'nt', m: 32, n: 10, k: 32 },
  { name: 'W3 gradient 1', layout: 'tn', m: 32, n: 64, k: 32 },
  { name: 'W3 gradient 2', layout: 'tn', m: 10, n: 32, k: 32 },
  { name: 'W3 backward Δ·W', layout: 'nn', m: 32, n: 32, k: 10 },
];

const args = process.argv.slice(2);
const repsArg = args.indexOf('--reps');
const REPS = repsArg >= 0 ? Number(args[repsArg + 1]) : 7;
const onlyArg = args.indexOf('--only');
const ONLY = onlyArg >= 0 ? args[onlyArg + 1] : '';
const TILES: [number, number, number][] = ONLY
  ? []
  : [
      [4, 4, 1],
      [4, 2, 2],
      [3, 4, 1],
      [2, 4, 1],
    ];
const xs = new Float64Array(1024);
const offs = new Int32Array(1024);
const skipZeros: Kernel = (m, n, k, A, B, C, s, b) => gemmGradientSkipZeros(m, n, k, A, B, C, s, b, xs, offs);
/** Tiles for the gradient kernel that skips samples whose error terms are all zero in the tile (ReLU). */
const SKIP_TILES: [number, number][] = ONLY
  ? []
  : [
      [1, 4],
      [1, 8],
      [2, 4],
      [3, 4],
    ];

function rand(len: number, seed: number): Float64Array {
  const a = new Float64Array(len);
  let s = seed;
  for (let i = 0; i < len; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    // A third zeros, like ReLU outputs and error terms.
    a[i] = i % 3 === 0 ? 0 : s / 2147483648 - 0.5;
  }
  return a;
}

/**
 * --check: every layout kernel against gemm for every shape 1…9 in each dimension, bit for bit (the engine
 * tests compare gemm with a naive loop; this ties the layout kernels to gemm exactly).
 */
if (args.includes('--check')) {
  const engine: Record<Layout, Kernel> = { nt: gemmForward, tn: gemmGradient, nn: gemmBackward };
  let checked = 0;
  for (const layout of ['nt', 'tn', 'nn'] as const) {
    for (let m = 1; m <= 9; m++) {
      for (let n = 1; n <= 9; n++) {
        for (let k = 1; k <= 9; k++) {
          const A = rand(m * k, m + 7 * k);
          const B = rand(k * n, n + 11 * k);
          const bias = (m + n) % 2 ? rand(n, k) : null;
          const want = new Float64Array(m * n);
          const got = new Float64Array(m * n).fill(NaN);
          viaGemm[layout](m, n, k, A, B, want, 0.37, bias);
          engine[layout](m, n, k, A, B, got, 0.37, bias);
          const skipped = new Float64Array(m * n).fill(NaN);
          if (layout === 'tn') skipZeros(m, n, k, A, B, skipped, 0.37, bias);
          for (let i = 0; i < want.length; i++) {
            if (!Object.is(want[i], got[i])) throw new Error(`${layout} ${m}×${n}×${k} differs at ${i}`);
            if (layout === 'tn' && !Object.is(want[i], skipped[i]))
              throw new Error(`skip zeros ${m}×${n}×${k} differs`);
          }
          checked++;
        }
      }
    }
  }
  console.log(
    `${checked} shapes: the layout kernels (and the gradient kernel that skips zeros) give gemm's bits`,
  );
  process.exit(0);
}

for (const group of [W4, W3, W1]) {
  for (const pr of group) {
    if (ONLY && !pr.name.includes(ONLY)) continue;
    const { m, n, k, layout } = pr;
    const A = rand(m * k, 1);
    // Error terms behind a ReLU: about half are zero, at random.
    if (layout === 'tn')
      for (let i = 0; i < A.length; i++) if ((Math.sin(i * 12.9898) * 43758.5453) % 1 < 0) A[i] = 0;
    const B = rand(k * n, 2);
    const bias = layout === 'nt' ? rand(n, 3) : null;
    const scale = layout === 'tn' ? 1 / 64 : 1;
    const ref = new Float64Array(m * n);
    viaGemm[layout](m, n, k, A, B, ref, scale, bias);
    const cands: { name: string; f: Kernel }[] = [
      { name: 'gemm (strided 4×4)', f: viaGemm[layout] },
      { name: 'engine 3×4', f: { nt: gemmForward, tn: gemmGradient, nn: gemmBackward }[layout] },
    ];
    for (const [mr, nr, u] of TILES)
      cands.push({ name: `${layout} ${mr}×${nr} u${u}`, f: compile(layout, mr, nr, u) });
    if (layout === 'tn') {
      cands.push({ name: 'engine skip zeros 1×8', f: skipZeros });
      for (const [mr, nr] of SKIP_TILES)
        cands.push({ name: `tn skip ${mr}×${nr}`, f: compile(layout, mr, nr, 1, true) });
    }
    const C = new Float64Array(m * n);
    for (const c of cands) {
      C.fill(NaN);
      c.f(m, n, k, A, B, C, scale, bias);
      for (let i = 0; i < C.length; i++) {
        if (!Object.is(C[i], ref[i]))
          throw new Error(`${c.name} differs from gemm at ${i}: ${C[i]} vs ${ref[i]}`);
      }
    }
    const flops = 2 * m * n * k;
    const res = timeRoundRobin(
      cands.map((c) =>
        calibrate(
          {
            run: (cnt) => {
              for (let t = 0; t < cnt; t++) c.f(m, n, k, A, B, C, scale, bias);
              return cnt * flops;
            },
          },
          300,
          150,
        ),
      ),
      REPS,
    );
    const base = res[0].perSecond;
    console.log(`\n${pr.name} (m ${m}, n ${n}, k ${k}): GFLOP/s, median of ${REPS}`);
    res.forEach((r, i) =>
      console.log(
        `  ${cands[i].name.padEnd(22)} ${(r.perSecond / 1e9).toFixed(2)}  ${(r.perSecond / base).toFixed(2)}×`,
      ),
    );
  }
}
