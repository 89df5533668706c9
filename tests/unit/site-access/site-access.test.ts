import { describe, expect, it } from 'vitest';
import { contentScriptOrigins, siteOrigin } from '@/utils/site-access';

describe('site access helpers', () => {
  it('lists the content scripts’ match patterns once each', () => {
    const manifest = {
      content_scripts: [
        { matches: ['http://*/*', 'https://*/*'] },
        { matches: ['https://*/*', 'http://*/*'] },
        {},
      ],
    };
    expect(contentScriptOrigins(manifest)).toEqual(['http://*/*', 'https://*/*']);
    expect(contentScriptOrigins({})).toEqual([]);
  });

  it('gives the match pattern of a page’s site, without port, path or credentials', () => {
    expect(siteOrigin('https://user:pw@news.example:8443/a/b?c#d')).toBe('https://news.example/*');
    expect(siteOrigin('http://127.0.0.1:41234/seed-article.html')).toBe('http://127.0.0.1/*');
    for (const url of [
      'about:addons',
      'moz-extension://x/popup.html',
      'file:///tmp/a.html',
      'not a url',
      '',
      null,
    ])
      expect(siteOrigin(url)).toBeNull();
  });
});
