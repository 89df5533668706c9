import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentScriptOrigins, hasSiteAccess, requestSiteAccess, siteOrigin } from '@/utils/site-access';

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

describe('hasSiteAccess / requestSiteAccess', () => {
  const manifest = { content_scripts: [{ matches: ['http://*/*', 'https://*/*'] }] };
  afterEach(() => vi.restoreAllMocks());

  it('asks the browser about the page’s site, or about every content-script site without a URL', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(manifest as never);
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
    expect(await hasSiteAccess('https://news.example/a')).toBe(false);
    expect(contains).toHaveBeenLastCalledWith({ origins: ['https://news.example/*'] });
    await hasSiteAccess(null);
    expect(contains).toHaveBeenLastCalledWith({ origins: ['http://*/*', 'https://*/*'] });
  });

  it('requests every content-script site by default, synchronously', () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(manifest as never);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    void requestSiteAccess();
    expect(request).toHaveBeenCalledWith({ origins: ['http://*/*', 'https://*/*'] });
    void requestSiteAccess(['https://news.example/*']);
    expect(request).toHaveBeenLastCalledWith({ origins: ['https://news.example/*'] });
  });
});
