import { fakeBrowser } from 'wxt/testing';
import type { Browser } from 'wxt/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isNoReceiver, targetTabId } from '../../../entrypoints/popup/ask-page';

describe('popup target tab', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('uses ?tabId= when given (tests and the demo open the popup as a page)', async () => {
    expect(await targetTabId('?tabId=864832796')).toBe(864832796);
  });

  it('falls back to the active tab of the current window', async () => {
    // The fake browser cannot mark a tab active, so stand in for tabs.query and check what is asked.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 42, index: 0, active: true } as Browser.tabs.Tab]);
    expect(await targetTabId('?tabId=not-a-number')).toBe(42);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('fails clearly when there is no active tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    await expect(targetTabId('')).rejects.toThrow('no active tab');
  });
});

describe('no content script in the tab', () => {
  it("recognises Chrome's and Firefox's wording", () => {
    expect(isNoReceiver(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(true);
    expect(isNoReceiver(new Error('Error: Could not establish connection. Receiving end does not exist.'))).toBe(true);
    expect(isNoReceiver(new Error('reply did not match the protocol'))).toBe(false);
  });
});
