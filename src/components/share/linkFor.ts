import type { Store } from '../../store';
import { encodeLink, MAX_URL_LENGTH } from '../../url';

/**
 * The link of the current setup: the page's own address (any host, any sub-path) with the setup as its query.
 * Weights go in when they were hand-edited and the whole link stays within MAX_URL_LENGTH.
 */
export function linkFor(
  s: Pick<Store, 'config' | 'linkWeights' | 'hidden' | 'initialLesson' | 'presentation'> &
    Partial<Pick<Store, 'embedOrigins'>>,
  base: string,
  opts: {
    hidden?: readonly string[];
    lesson?: string | null;
    presentation?: boolean;
    embedOrigins?: readonly string[];
  } = {},
): { href: string; weightsLeftOut: boolean; length: number } {
  const input = {
    config: s.config,
    hidden: (opts.hidden ?? s.hidden) as Store['hidden'],
    lesson: opts.lesson !== undefined ? opts.lesson : s.initialLesson,
    presentation: opts.presentation ?? s.presentation,
    embedOrigins: opts.embedOrigins ?? s.embedOrigins,
  };
  const page = base.split(/[?#]/)[0];
  if (s.linkWeights) {
    const href = `${page}?${encodeLink({ ...input, weights: s.linkWeights })}`;
    if (href.length <= MAX_URL_LENGTH) return { href, weightsLeftOut: false, length: href.length };
  }
  const href = `${page}?${encodeLink(input)}`;
  const withWeights = s.linkWeights ? href.length + s.linkWeights.length + 3 : href.length;
  return { href, weightsLeftOut: !!s.linkWeights, length: withWeights };
}
