import { memo, useLayoutEffect, useRef } from 'react';
import { DOMAIN_2D, generate2d, type Toy2dId } from '../../datasets';
import { thumbnailPixels } from '../../viz/thumbnail';

const SIZE = 36;
const cache = new Map<string, Uint8ClampedArray>();

/** The picture of a 2D set, computed once per set for the whole session. */
function pixelsOf(id: Toy2dId): Uint8ClampedArray {
  let px = cache.get(id);
  if (!px) {
    const d = generate2d(id, { n: 240, noise: 0.05, trainRatio: 0.9, seed: 3 });
    px = thumbnailPixels(d.train.x, d.train.labels, d.domain ?? DOMAIN_2D, SIZE, d.kind === 'regression');
    cache.set(id, px);
  }
  return px;
}

/** A small canvas of one 2D data set, drawn once. */
export const DatasetThumbnail = memo(function DatasetThumbnail({ id }: { id: Toy2dId }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    ctx.putImageData(new ImageData(pixelsOf(id) as Uint8ClampedArray<ArrayBuffer>, SIZE, SIZE), 0, 0);
  }, [id]);
  return <canvas ref={ref} width={SIZE} height={SIZE} className="thumb" aria-hidden="true" />;
});
