import { EMBED_LIMITS } from '../domain/settings';
import { quoted } from '../format/number';
import type { Read } from './fields';

/** The link parameter naming the pages that may drive an embedded copy (repeated, or comma-separated). */
export const EMBED_ORIGIN_PARAM = 'embedOrigin';

/**
 * Reads one page origin ("https://example.org", "http://127.0.0.1:8080"): http(s), a host and perhaps a port,
 * nothing else. Messages are matched against origins exactly, so a path, a wildcard or 'null' (the origin of
 * sandboxed frames and files, shared by every such page) would let the wrong pages in.
 */
export function readOrigin(text: string): Read<string> {
  let origin = '';
  try {
    origin = new URL(text).origin;
  } catch {
    // Not a URL: refused below.
  }
  // Scheme and host are case-insensitive; the browser reports them in lower case.
  const lower = text.toLowerCase();
  return /^https?:/.test(origin) && (lower === origin || lower === `${origin}/`)
    ? { ok: true, value: origin }
    : { ok: false, why: `${quoted(text)} is not a page origin such as https://example.org` };
}

/** Reads every embedOrigin value of a link: valid origins once each, and a line for each refused one. */
export function readOrigins(values: readonly string[]): { origins: string[]; ignored: string[] } {
  const origins: string[] = [];
  const ignored: string[] = [];
  for (const part of values.join(',').split(',')) {
    if (!part) continue;
    const r = readOrigin(part.trim());
    if (!r.ok || origins.length >= EMBED_LIMITS.maxOrigins)
      ignored.push(`${EMBED_ORIGIN_PARAM}: ${r.ok ? `at most ${EMBED_LIMITS.maxOrigins} origins` : r.why}`);
    else if (!origins.includes(r.value)) origins.push(r.value);
  }
  return { origins, ignored };
}
