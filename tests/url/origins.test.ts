import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { EMBED_LIMITS } from '../../src/domain/settings';
import { decodeLink, encodeLink, readOrigin } from '../../src/url';

describe('embedOrigin in a link', () => {
  it('names several pages, repeated or comma-separated, each once', () => {
    const link = decodeLink(
      '?embedOrigin=https://example.org&embedOrigin=http://127.0.0.1:4414,https://Blog.Example.com/&embedOrigin=https://example.org',
    );
    expect(link.embedOrigins).toEqual([
      'https://example.org',
      'http://127.0.0.1:4414',
      'https://blog.example.com',
    ]);
    expect(link.ignored).toEqual([]);
  });

  it('ignores, with a line each, what is not an origin alone: a path, a wildcard, null, another scheme', () => {
    const link = decodeLink(
      '?embedOrigin=https://example.org/page&embedOrigin=*&embedOrigin=null&embedOrigin=javascript:alert(1)&embedOrigin=ftp://x.org&embedOrigin=https://a.org?x=1&embedOrigin=https://u:p@a.org',
    );
    expect(link.embedOrigins).toEqual([]);
    expect(link.ignored).toHaveLength(7);
    for (const line of link.ignored) expect(line).toMatch(/^embedOrigin: '/);
  });

  it('takes at most the table’s number of origins', () => {
    const many = Array.from({ length: EMBED_LIMITS.maxOrigins + 2 }, (_, i) => `https://a${i}.org`);
    const link = decodeLink(`?embedOrigin=${many.join(',')}`);
    expect(link.embedOrigins).toEqual(many.slice(0, EMBED_LIMITS.maxOrigins));
    expect(link.ignored).toHaveLength(2);
  });

  it('survives encode → decode', () => {
    const embedOrigins = ['https://example.org', 'http://127.0.0.1:4414'];
    const back = decodeLink(encodeLink({ config: DEFAULT_CONFIG, embedOrigins }));
    expect(back.embedOrigins).toEqual(embedOrigins);
    expect(back.ignored).toEqual([]);
  });

  it('reads an origin with or without its closing slash', () => {
    expect(readOrigin('https://example.org/')).toEqual({ ok: true, value: 'https://example.org' });
    expect(readOrigin('http://localhost:8080')).toEqual({ ok: true, value: 'http://localhost:8080' });
    expect(readOrigin('example.org').ok).toBe(false);
  });
});
