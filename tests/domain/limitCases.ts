import { NUMBER_SETTINGS, type NumberKey } from '../../src/domain/settings';
import { decodeLink } from '../../src/url';

/**
 * Texts every surface (link, field, command line) must refuse for a setting: just outside each bound, a
 * fraction for whole-number settings, and what Number() would wrongly accept. Spaces are left out: a typed
 * field ignores the spaces around what was pasted, a link does not.
 */
export function refusedTexts(key: NumberKey): string[] {
  const s: { min: number; max: number; integer?: boolean } = NUMBER_SETTINGS[key];
  const out = [String(s.max + 1), String(s.min - 1), '0x5', '1_000', 'Infinity', '1,5', ''];
  if (s.integer) out.push(String(s.min + 0.5));
  return out;
}

/** The bounds themselves: accepted everywhere. */
export const acceptedTexts = (key: NumberKey): string[] => [
  String(NUMBER_SETTINGS[key].min),
  String(NUMBER_SETTINGS[key].max),
];

/** Why a link refuses `key=text`, without the "key=text: " in front; null when the link accepts it. */
export function linkMessage(key: string, text: string): string | null {
  const ignored = decodeLink(`${key}=${encodeURIComponent(text)}`).ignored;
  if (ignored.length === 0) return null;
  const prefix = `${key}=${text}: `;
  if (ignored.length !== 1 || !ignored[0].startsWith(prefix)) throw new Error(ignored.join(' | '));
  return ignored[0].slice(prefix.length);
}
