import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { decodeLink, encodeLink } from '../../src/url';

describe('auto-stop in a link', () => {
  it('carries patience and the target loss, and reads them back exactly', () => {
    const config = { ...DEFAULT_CONFIG, patience: 5, targetLoss: 0.05 };
    const q = new URLSearchParams(encodeLink({ config }));
    expect([q.get('patience'), q.get('targetLoss')]).toEqual(['5', '0.05']);
    expect(decodeLink(q.toString()).config).toMatchObject({ patience: 5, targetLoss: 0.05 });
  });

  it('reads an empty value as off (0), like an emptied field', () => {
    const r = decodeLink('patience=&targetLoss=');
    expect(r.ignored).toEqual([]);
    expect(r.config).toMatchObject({ patience: 0, targetLoss: 0 });
  });

  it('refuses values outside the settings table with its message', () => {
    expect(decodeLink('patience=2.5&targetLoss=-1').ignored).toEqual([
      'patience=2.5: patience must be a whole number between 0 and 10000; got 2.5',
      'targetLoss=-1: target loss must be between 0 and 1000; got -1',
    ]);
  });
});
