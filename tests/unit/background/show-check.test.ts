import { describe, expect, it, vi } from 'vitest';
import { isNoReceiver, type ShowServices, showCheck } from '@/entrypoints/background/show-check';
import type { CheckResponse } from '@/utils/messaging/protocol';

const response: CheckResponse = {
  ok: false,
  message: 'Select the words of a quotation (up to 2,000 characters).',
};
const target = { tabId: 4, frameId: 0 };

function services(
  overrides: Partial<ShowServices>,
): ShowServices & { [K in keyof ShowServices]: ReturnType<typeof vi.fn> } {
  return {
    showCard: vi.fn(async () => {}),
    injectContentScript: vi.fn(async () => {}),
    showOnToolbar: vi.fn(async () => {}),
    ...overrides,
  } as never;
}

describe('showCheck', () => {
  it('shows the card through the running content script', async () => {
    const s = services({});
    expect(await showCheck(s, target, response, 'https://a.example/')).toBe('card');
    expect(s.showCard).toHaveBeenCalledWith(target, response);
    expect(s.injectContentScript).not.toHaveBeenCalled();
    expect(s.showOnToolbar).not.toHaveBeenCalled();
  });

  it('injects the content script where none answers, then shows the card', async () => {
    let injected = false;
    const s = services({
      showCard: vi.fn(async () => {
        if (!injected) throw new Error('No response');
      }),
      injectContentScript: vi.fn(async () => {
        injected = true;
      }),
    });
    expect(await showCheck(s, target, response, 'https://a.example/')).toBe('injected-card');
    expect(s.injectContentScript).toHaveBeenCalledWith(target);
    expect(s.showOnToolbar).not.toHaveBeenCalled();
  });

  it('falls back to the toolbar where nothing can be injected', async () => {
    const s = services({
      showCard: vi.fn(async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }),
      injectContentScript: vi.fn(async () => {
        throw new Error('Cannot access a chrome:// URL');
      }),
    });
    expect(await showCheck(s, target, response, 'chrome://settings/')).toBe('toolbar');
    expect(s.showOnToolbar).toHaveBeenCalledWith(4, response, 'chrome://settings/');
  });

  it('does not inject a second copy when our content script answered with an error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const s = services({
      showCard: vi.fn(async () => {
        throw new Error('card exploded');
      }),
    });
    expect(await showCheck(s, target, response, 'https://a.example/')).toBe('toolbar');
    expect(s.injectContentScript).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('recognises "no receiver" in Chrome’s and Firefox’s words only', () => {
    expect(isNoReceiver(new Error('No response'))).toBe(true);
    expect(isNoReceiver(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(
      true,
    );
    expect(isNoReceiver(new Error('card exploded'))).toBe(false);
  });
});
