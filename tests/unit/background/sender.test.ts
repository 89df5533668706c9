import { describe, expect, it } from 'vitest';
import { requireSender, senderKind } from '@/entrypoints/background/sender';

const self = { id: 'verbatim-id', baseUrl: 'chrome-extension://verbatim-id/' };
const contentScript = { id: 'verbatim-id', url: 'https://news.example/a', frameId: 0, tab: { id: 7 } };
const popup = { id: 'verbatim-id', url: 'chrome-extension://verbatim-id/popup.html' };
const libraryTab = { id: 'verbatim-id', url: 'chrome-extension://verbatim-id/library.html', tab: { id: 9 } };

describe('senderKind', () => {
  it('tells our content scripts from our extension pages, even a page open in a tab', () => {
    expect(senderKind(contentScript, self)).toBe('content-script');
    expect(senderKind(popup, self)).toBe('extension-page');
    expect(senderKind(libraryTab, self)).toBe('extension-page');
  });

  it('refuses other extensions, senders without a tab that are not our pages, and look-alike URLs', () => {
    expect(senderKind({ ...contentScript, id: 'someone-else' }, self)).toBeNull();
    expect(senderKind({ ...popup, id: undefined }, self)).toBeNull();
    expect(senderKind({ id: 'verbatim-id', url: 'https://news.example/a' }, self)).toBeNull();
    expect(
      senderKind({ id: 'verbatim-id', url: 'https://evil.example/chrome-extension://verbatim-id/' }, self),
    ).toBeNull();
    expect(senderKind({ ...contentScript, tab: { id: -1 } }, self)).toBeNull();
  });
});

describe('requireSender', () => {
  it('passes an allowed sender and names the reason for a refused one', () => {
    expect(requireSender('getTabScan', popup, self, ['extension-page'])).toBe('extension-page');
    expect(() => requireSender('getTabScan', contentScript, self, ['extension-page'])).toThrow(
      /"getTabScan" rejected: only accepted from extension-page, not from content-script/,
    );
    expect(() =>
      requireSender('matchQuotes', { ...contentScript, id: 'x' }, self, ['content-script']),
    ).toThrow(/not this extension/);
  });
});
